// scorecard.hpp — an explained score per report: every point says what it is for, how many of its
// points the report earned, and where in the report the evidence is.
//
// The rubric (docs/scorecard.md) follows what the public evaluators of government transparency
// look at — is every part the regulations ask for there, do the numbers agree, are numbers given
// where the template asks, was it published on time — and weighs them so a score can be argued
// with: each point is a rule with a maximum, the score is the share of the applicable maxima
// earned, scaled to 100. Points that cannot be judged (no publication date) are listed as not
// applicable and left out of the share; continuity across years is flagged, never scored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/message.hpp"
#include "core/report.hpp"

namespace gongkai {

// One piece of evidence: a place in a report a reader can open.
struct ScoreEvidence {
    std::string report_id;  // the report it is in (for continuity, possibly last year's)
    std::string location;   // JSON Pointer: /tables/applications/new/total, /figures/3,
                            // /meta/source/published, /sections/0; "" for words of the text only
    std::string quote;      // the words in Report::text (or the value at `location`)
    std::optional<std::int64_t> start, end;  // code points into Report::text, when known
    int finding = -1;       // index into the findings given to score_reports, or -1
};

struct ScorePoint {
    std::string rule;       // e.g. completeness.section.3, consistency.table_identities
    std::string dimension;  // completeness, consistency, specificity, timeliness, continuity
    double earned = 0;
    double max = 0;
    bool applicable = true;  // false: not judged (no date, no earlier report); max is 0
    bool flag = false;       // continuity: worth a look, never counted
    Message what;            // why the report earned what it earned, as a code with arguments
    std::vector<ScoreEvidence> evidence;
};

struct Scorecard {
    std::string report_id;
    std::string era;       // "template" (2019/2021 tables) or "narrative" (the 2008 regulations)
    double earned = 0;     // sum over applicable points
    double max = 0;        // sum of their maxima
    double score = 0;      // 100 × earned / max, one decimal; 0 when max is 0
    std::vector<ScorePoint> points;
};

// The score card of every report, in the reports' order. `findings` are audit(reports): their
// indices are what ScoreEvidence::finding points at.
std::vector<Scorecard> score_reports(const std::vector<Report>& reports, const std::vector<Finding>& findings);

// One report's card. `previous` is last year's report of the same body, when loaded.
Scorecard score_report(const Report& report, const std::vector<Finding>& findings, const Report* previous);

// The indices of `cards` from the highest score down (ties: by report id), for a ranking.
std::vector<std::size_t> score_ranking(const std::vector<Scorecard>& cards);

// The rule's name in `language` ("Section 三 is there" is the point's message; this is the
// rule's own name: "Section 3 present" / "第三部分齐全"), the rule id when the catalog lacks it.
std::string score_rule_name(const std::string& rule, Language language);
std::string score_dimension_name(const std::string& dimension, Language language);

// {"reports":[{"id","title","region","year","era","score","earned","max","points":[{"rule",
// "dimension","earned","max","applicable","flag","code","message","evidence":[{"report",
// "location","quote","start","end","finding"}]}]}]}: `gongkai score --format json`.
std::string scorecards_json(const std::vector<Report>& reports, const std::vector<Scorecard>& cards,
                            Language language = Language::English);
// One row per point: report,title,score,dimension,rule,earned,max,applicable,flag,message,evidence
// (UTF-8 with BOM, CRLF, as every CSV of the core).
std::string scorecards_csv(const std::vector<Report>& reports, const std::vector<Scorecard>& cards,
                           Language language = Language::English);
// A point's evidence in one line: "/tables/applications “60”; finding 3".
std::string score_evidence_text(const ScorePoint& point);

}  // namespace gongkai

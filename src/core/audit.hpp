// audit.hpp — checks a report's arithmetic: parts vs totals, percentages vs counts,
// the template tables' identities, continuity across years, duplicated figures.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/message.hpp"
#include "core/report.hpp"

namespace gongkai {

struct Finding {
    Severity severity = Severity::Warning;
    std::string rule;        // parts-sum, share-mismatch, shares-sum, table-identity,
                             // prose-vs-table, year-continuity, duplicate-figure,
                             // family-coverage, family-sum
    std::string report_id;
    std::vector<std::string> figure_ids;  // the figures involved (may be empty for tables)
    std::string location;    // e.g. /tables/applications/total/natural_person
    Message what;            // what is wrong: a code such as audit.parts_sum.over and its arguments
    std::string message;     // `what` in English (render(what)), for logs, tests and the CLI
    double stated = 0;       // what the report says
    double expected = 0;     // what the arithmetic gives
    std::vector<std::string> quotes;  // the quotes involved, in figure order
    // Other reports the finding is about, beside report_id: a parent body's finding names the
    // children's reports it was checked against (rules family-coverage, family-sum).
    std::vector<std::string> related_reports;
};

// True when `finding` is about `report_id`: its own report, or one of its related reports.
bool finding_involves(const Finding& finding, const std::string& report_id);

// The rule's name in words ("Parts do not add up to the total" / "分项之和与总数不符") and its
// one-line explanation; the rule id itself when the catalog has no entry for it.
std::string rule_name(const std::string& rule, Language language);
std::string rule_about(const std::string& rule, Language language);

// The finding's message in `language`; its `message` as it is when it has no code (a finding
// made by hand, or read from an older export).
std::string finding_message(const Finding& finding, Language language);

// Audits every report, and pairs of consecutive years of the same issuer.
std::vector<Finding> audit(const std::vector<Report>& reports);

}  // namespace gongkai

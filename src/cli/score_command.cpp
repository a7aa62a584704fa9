// score_command.cpp — `gongkai score FILE...`: each report's explained score card
// (docs/scorecard.md) and, for several reports, their ranking.
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/options.hpp"
#include "cli/text_table.hpp"
#include "core/audit.hpp"
#include "core/number_text.hpp"
#include "core/scorecard.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai score [--format table|csv|json] [--lang zh|en] [FILE...]\n"
    "\n"
    "Scores each report against the rubric of docs/scorecard.md: completeness (the sections\n"
    "and tables the regulations ask for), consistency (the audit's findings by severity),\n"
    "specificity (numbers where the template asks for them), timeliness (published by the\n"
    "legal deadline, when the date is known); continuity across years is flagged, not scored.\n"
    "Every point names its evidence: a JSON Pointer, the report's words, or an audit finding.\n"
    "All files are scored together, so last year's report of the same body is found.\n"
    "  --format   table (default), csv (UTF-8 with BOM) or json\n"
    "  --lang     language of the words: zh or en (default: from LC_ALL/LANG, else en)\n"
    "Reads standard input when no FILE is given. Exit status: 0 ok, 1 invalid input, 2 usage.\n";

std::string points_text(const ScorePoint& p) {
    if (!p.applicable) return "—";
    if (p.flag) return "!";
    return detail::format_number(p.earned) + "/" + detail::format_number(p.max);
}
}  // namespace

int run_score_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {{"--format", "", true}, kLangOption});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const Language language = output_language(parsed, error);
    const std::string format = parsed.get("--format", "table");
    if (error.empty() && format != "table" && format != "csv" && format != "json")
        error = "--format must be table, csv or json, not \"" + format + "\"";
    if (!error.empty()) {
        err << "gongkai score: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;
    const Inputs inputs = load_inputs(parsed.files, err, language);
    const std::vector<Finding> findings = audit(inputs.reports);
    const std::vector<Scorecard> cards = score_reports(inputs.reports, findings);

    if (format == "json") {
        out << scorecards_json(inputs.reports, cards, language);
    } else if (format == "csv") {
        out << scorecards_csv(inputs.reports, cards, language);
    } else {
        const bool zh = language == Language::Chinese;
        for (std::size_t n = 0; n < cards.size(); ++n) {
            const Scorecard& card = cards[n];
            const Report& r = inputs.reports[n];
            if (n) out << "\n";
            out << r.meta.title << " (" << r.id << "): "
                << render(Message("score.summary.total")
                              .number("score", card.score)
                              .number("earned", card.earned)
                              .number("max", card.max),
                          language)
                << "\n";
            std::vector<std::vector<std::string>> rows;
            for (const ScorePoint& p : card.points)
                rows.push_back({score_dimension_name(p.dimension, language), score_rule_name(p.rule, language),
                                points_text(p), render(p.what, language), score_evidence_text(p)});
            out << render_table({zh ? "维度" : "Dimension", catalog_text("score.summary.rule", language),
                                 catalog_text("score.summary.points", language), catalog_text("score.summary.why", language),
                                 catalog_text("score.summary.evidence", language)},
                                rows, {false, false, true, false, false});
        }
        if (cards.size() > 1) {
            out << "\n";
            std::vector<std::vector<std::string>> rows;
            std::size_t rank = 0;
            for (std::size_t i : score_ranking(cards))
                rows.push_back({std::to_string(++rank), inputs.reports[i].id, inputs.reports[i].meta.title,
                                detail::format_number(cards[i].score)});
            out << render_table({zh ? "名次" : "rank", zh ? "报告" : "report", zh ? "标题" : "title", zh ? "得分" : "score"},
                                rows, {true, false, false, true});
        }
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli

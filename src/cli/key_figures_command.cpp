// key_figures_command.cpp — `gongkai key-figures FILE...`: each report's headline numbers
// (docs/key-figures.md) with their status and source.
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/text_table.hpp"
#include "core/export.hpp"
#include "core/key_figures.hpp"
#include "core/number_text.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai key-figures [--format table|csv|json] [FILE...]\n"
    "\n"
    "Prints each report's key figures (关键指标): proactive total, applications received,\n"
    "carried over, outcomes, carried forward, reviews, lawsuits and fees. Each has a status\n"
    "(stated, stated_in_words, derived, cumulative, absent) and a source (table cell or prose\n"
    "quote); see docs/key-figures.md.\n"
    "  --format   table (default), csv (UTF-8 with BOM) or json\n"
    "Reads standard input when no FILE is given. Exit status: 0 ok, 1 invalid input, 2 usage.\n";

// Where a key figure comes from, in one short text: the cell, the figure, or the words.
std::string source_text(const KeyFigure& k) {
    if (k.status == KeyFigureStatus::Derived && !k.how.empty()) return k.how;
    if (k.source == KeyFigureSourceKind::Table)
        return k.quote.empty() ? k.location : k.location + " “" + k.quote + "”";
    if (!k.quote.empty()) return "“" + k.quote + "”";
    return k.location;
}

std::string value_text(const KeyFigure& k) {
    if (!k.value) return "—";
    std::string v = detail::format_number(*k.value);
    if (!k.unit.empty()) v += " " + k.unit;
    if (k.prose_value) v += " (prose: " + detail::format_number(*k.prose_value) + ")";
    return v;
}
}  // namespace

int run_key_figures_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ParsedArgs parsed = parse_args(args, {{"--format", "", true}});
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const std::string format = parsed.get("--format", "table");
    if (error.empty() && format != "table" && format != "csv" && format != "json")
        error = "--format must be table, csv or json, not \"" + format + "\"";
    if (!error.empty()) {
        err << "gongkai key-figures: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;
    const Inputs inputs = load_inputs(parsed.files, err);

    if (format == "json") {
        out << key_figures_json(inputs.reports);
    } else if (format == "csv") {
        out << key_figures_csv(inputs.reports);
    } else {
        for (std::size_t n = 0; n < inputs.reports.size(); ++n) {
            const Report& r = inputs.reports[n];
            if (n) out << "\n";
            out << r.meta.title << " (" << r.id << ")\n";
            std::vector<std::vector<std::string>> rows;
            const KeyFigures all = key_figures(r);
            for (const KeyFigure& k : all.figures)
                rows.push_back({key_figure_label_zh(k.name), value_text(k), key_figure_status_name(k.status),
                                source_text(k)});
            out << render_table({"关键指标", "数值", "状态", "来源"}, rows, {false, true, false, false});
        }
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli

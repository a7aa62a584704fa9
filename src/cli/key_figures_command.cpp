// key_figures_command.cpp — `gongkai key-figures FILE...`: each report's headline numbers
// (docs/key-figures.md) with their status and source.
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/options.hpp"
#include "cli/text_table.hpp"
#include "core/export.hpp"
#include "core/export_summary.hpp"
#include "core/key_figures.hpp"
#include "core/message.hpp"
#include "core/number_text.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai key-figures [--format table|csv|json] [--lang zh|en] [FILE...]\n"
    "\n"
    "Prints each report's key figures (关键指标): proactive total, applications received,\n"
    "carried over, outcomes, carried forward, reviews, lawsuits and fees. Each has a status\n"
    "(stated, stated_in_words, derived, cumulative, absent) and a source (table cell or prose\n"
    "quote); see docs/key-figures.md.\n"
    "  --format   table (default), csv (UTF-8 with BOM) or json\n"
    "  --lang     the table's labels and statuses, and the messages, in Chinese (zh) or\n"
    "             English (en); default from LC_ALL/LANG. csv and json keep the machine names.\n"
    "Reads standard input when no FILE is given. Exit status: 0 ok, 1 invalid input, 2 usage.\n";

// Where a key figure comes from, in one short text: the cell, the figure, or the words.
std::string source_text(const KeyFigure& k) {
    if (k.status == KeyFigureStatus::Derived && !k.how.empty()) return k.how;
    if (k.source == KeyFigureSourceKind::Table)
        return k.quote.empty() ? k.location : k.location + " “" + k.quote + "”";
    if (!k.quote.empty()) return "“" + k.quote + "”";
    return k.location;
}

std::string value_text(const KeyFigure& k, Language language) {
    if (!k.value) return "—";
    std::string v = detail::format_number(*k.value);
    if (!k.unit.empty()) v += " " + k.unit;
    if (k.prose_value) {
        const std::string prose = render(Message("cli.key_figures.prose").number("value", *k.prose_value), language);
        v += (language == Language::Chinese ? "" : " ") + prose;
    }
    return v;
}
}  // namespace

int run_key_figures_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
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
        err << "gongkai key-figures: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;
    const Inputs inputs = load_inputs(parsed.files, err, language);

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
                rows.push_back({detail::key_figure_label(k.name, language), value_text(k, language),
                                detail::key_figure_status_word(k.status, language), source_text(k)});
            const auto header = [&](const char* code) { return catalog_text(code, language); };
            out << render_table({header("cli.key_figures.header.name"), header("cli.key_figures.header.value"),
                                 header("cli.key_figures.header.status"), header("cli.key_figures.header.source")},
                                rows, {false, true, false, false});
        }
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli

// export_command.cpp — `gongkai export --format csv|json|md|html|svg [-o OUT] FILE...`.
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/inputs.hpp"
#include "core/audit.hpp"
#include "core/export.hpp"
#include "core/export_dispatch.hpp"
#include "core/save.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai export --format csv|json|md|html|svg [-o OUT] [--view cells|key-figures] [--by FIELD[,FIELD...]]\n"
    "                      [--measure M] [--unit U] [--filter TEXT] [--where FIELD=VALUE]... [FILE...]\n"
    "\n"
    "  --format csv   every figure, one row each (UTF-8 with BOM, CRLF, formula injection\n"
    "                 neutralised); with --by, the counts by those fields instead\n"
    "  --format json  normalised report JSON (a collection when there are several reports)\n"
    "  --format md    a Markdown summary per report: key figures, counts by area, template\n"
    "                 table cells, audit findings\n"
    "  --format html  the same summary as a standalone HTML page (one report)\n"
    "  --format svg   the report's published figures in bars (by area, or the first --by\n"
    "                 field), as the explorer draws them (one report)\n"
    "  --view cells        (csv, json) the template tables' cells in long format, one per row:\n"
    "                      report, table, row, column, value, location and quote\n"
    "  --view key-figures  (csv, json) each report's key figures with status and source\n"
    "  -o OUT         write to OUT (default: standard output); when OUT is a directory, the file\n"
    "                 is named after the report, e.g. OUT/阜新市-2017-figures.csv\n"
    "  --measure/--unit/--filter/--where  filter the figures (csv only)\n"
    "Reads standard input when no FILE is given.\n"
    "Exit status: 0 ok, 1 invalid input (the valid reports are still exported), 2 usage.\n";
}

int run_export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<OptionSpec> specs = filter_option_specs();
    specs.push_back({"--format", "", true});
    specs.push_back({"--output", "-o", true});
    specs.push_back({"--by", "", true});
    specs.push_back({"--view", "", true});
    ParsedArgs parsed = parse_args(args, specs);
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    std::string error = parsed.error;
    const std::string format = parsed.get("--format");
    Filter filter;
    std::vector<Field> by;
    const bool one_report = format == "html" || format == "svg";
    if (error.empty() && format.empty()) error = "--format is required (csv, json, md, html or svg)";
    if (error.empty() && format != "csv" && format != "json" && format != "md" && !one_report)
        error = "--format must be csv, json, md, html or svg, not \"" + format + "\"";
    const std::string table_view = parsed.get("--view");
    if (error.empty() && parsed.has("--view") && table_view != "cells" && table_view != "key-figures")
        error = "--view must be cells or key-figures, not \"" + table_view + "\"";
    if (error.empty() && parsed.has("--view") && format != "csv" && format != "json")
        error = "--view applies to --format csv or json";
    if (error.empty() && parsed.has("--view") && parsed.has("--by")) error = "--view and --by cannot be combined";
    if (error.empty()) filter_from_args(parsed, filter, error);
    if (error.empty() && parsed.has("--by")) {
        if (format != "csv" && format != "svg") error = "--by applies to --format csv or svg only";
        else fields_from_text(parsed.get("--by"), by, error);
    }
    const bool filtered = parsed.has("--measure") || parsed.has("--unit") || parsed.has("--filter") || parsed.has("--where");
    if (error.empty() && filtered && format != "csv") error = "filters apply to --format csv only";
    if (error.empty() && filtered && !table_view.empty()) error = "filters apply to the figures, not to --view " + table_view;
    if (!error.empty()) {
        err << "gongkai export: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;

    const Inputs inputs = load_inputs(parsed.files, err);
    const auto& reports = inputs.reports;
    if (one_report && reports.size() != 1) {
        err << "gongkai export: --format " << format << " exports one report; "
            << (reports.empty() ? "none was read" : std::to_string(reports.size()) + " were read") << "\n";
        return reports.empty() ? kExitFindings : kExitUsage;
    }
    std::string bytes, view, extension = format;
    std::optional<ExportFile> file;
    if (!table_view.empty()) {
        const bool cells = table_view == "cells";
        bytes = format == "csv" ? (cells ? cells_csv(reports) : key_figures_csv(reports))
                                : (cells ? cells_json(reports) : key_figures_json(reports));
        view = table_view;
    } else if (format == "csv" && !by.empty()) {
        bytes = groups_csv(aggregate(reports, by, filter), by);
        view = "by";
        for (Field f : by) view += std::string("-") + field_name(f);
    } else if (format == "svg") {
        const Field field = by.empty() ? Field::Area : by.front();
        file = export_chart("svg", default_bar_chart(reports[0], field), &reports[0],
                            std::string("chart-bars-") + field_name(field));
        if (!file) {
            err << "gongkai export: the report has no published figures to chart by " << field_name(field) << "\n";
            return kExitFindings;
        }
    } else {
        ReportExportOptions options;
        options.filter = filter;
        file = export_reports(format, reports, format == "md" || format == "html" ? audit(reports) : std::vector<Finding>{},
                              options);
    }
    if (file) {
        bytes = std::move(file->bytes);
        view.clear();
    }

    std::string target = parsed.get("--output", "-");
    std::error_code ec;
    if (target != "-" && std::filesystem::is_directory(target, ec))
        target = (std::filesystem::path(target) /
                  (file ? file->file_name : export_file_name(reports.size() == 1 ? &reports[0] : nullptr, view, extension)))
                     .string();
    if (!write_output(target, bytes, out, err)) return kExitFindings;
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli

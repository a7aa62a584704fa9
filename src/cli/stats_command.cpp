// stats_command.cpp — `gongkai stats --by FIELD[,FIELD] ...`: counts by area, department, ...
//
// Counting follows docs/report-format.md ("Totals and their parts"): each part once, a total
// only for what its parts leave out, percentages never, and one row per unit.
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/inputs.hpp"
#include "cli/json_number.hpp"
#include "cli/text_table.hpp"
#include "core/aggregate.hpp"
#include "core/export.hpp"
#include "core/number_text.hpp"
#include "core/table_cells.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kHelp =
    "usage: gongkai stats [--by FIELD[,FIELD...]] [--measure M] [--unit U] [--filter TEXT]\n"
    "                     [--where FIELD=VALUE]... [--format table|csv|json] [FILE...]\n"
    "\n"
    "Counts the figures of the reports by one or more fields (default: area), one row per\n"
    "unit; a stated total and its parts are never both counted, percentages never summed.\n"
    "FIELD: area, topic, department, category, unit, measure, region, year, report.\n"
    "  --measure M     only figures of this measure, e.g. published (what charts count)\n"
    "  --unit U        only figures in this unit, e.g. 条\n"
    "  --filter TEXT   only figures whose area/topic/department/category/quote contains TEXT\n"
    "  --where F=V     only figures whose field F is exactly V (repeatable)\n"
    "  --format        table (default), csv (UTF-8 with BOM) or json\n"
    "\n"
    "gongkai stats --cells [--by FIELD[,FIELD...]] [--format table|csv|json] [FILE...]\n"
    "  sums the template tables' cells instead (one row per unit); FIELD: table, row, column,\n"
    "  report, region, year (default: table,row,column)\n"
    "Reads standard input when no FILE is given. Exit status: 0 ok, 1 invalid input, 2 usage.\n";

// `stats --cells`: the template tables' cells summed by table, row, column, report, region, year.
int cells_stats(const ParsedArgs& parsed, const std::string& format, std::ostream& out, std::ostream& err) {
    const std::vector<std::string> by = split_commas(parsed.get("--by", "table,row,column"));
    std::vector<CellGroup> groups;
    std::string error;
    for (const std::string& f : by)
        if (f.empty()) error = "--by has an empty field";
    const bool filtered = parsed.has("--measure") || parsed.has("--unit") || parsed.has("--filter") || parsed.has("--where");
    if (error.empty() && filtered) error = "--measure, --unit, --filter and --where apply to figures, not to --cells";
    if (error.empty()) {
        std::vector<Report> none;
        cell_groups(none, by, groups, error);
    }
    if (!error.empty()) {
        err << "gongkai stats: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    std::vector<std::string> files = parsed.files;
    if (!resolve_input_names(files, err)) return kExitUsage;
    const Inputs inputs = load_inputs(files, err);
    cell_groups(inputs.reports, by, groups, error);

    if (format == "csv") {
        std::string csv = "\xEF\xBB\xBF";
        for (const std::string& f : by) csv += f + ",";
        csv += "unit,total,cells\r\n";
        for (const CellGroup& g : groups) {
            for (const std::string& k : g.keys) csv += csv_cell(k) + ",";
            csv += g.unit + "," + detail::format_number(g.total) + "," + std::to_string(g.cells) + "\r\n";
        }
        out << csv;
    } else if (format == "json") {
        nlohmann::json j;
        j["by"] = by;
        j["reports"] = inputs.reports.size();
        j["groups"] = nlohmann::json::array();
        for (const CellGroup& g : groups) {
            nlohmann::json row;
            for (std::size_t k = 0; k < by.size(); ++k) row[by[k]] = g.keys[k];
            row["unit"] = g.unit;
            row["total"] = json_number(g.total);
            row["cells"] = g.cells;
            j["groups"].push_back(std::move(row));
        }
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        std::vector<std::string> header = by;
        header.insert(header.end(), {"unit", "total", "cells"});
        std::vector<bool> right(by.size() + 1, false);
        right.insert(right.end(), {true, true});
        std::vector<std::vector<std::string>> rows;
        for (const CellGroup& g : groups) {
            std::vector<std::string> row;
            for (const auto& k : g.keys) row.push_back(k.empty() ? "(none)" : k);
            row.push_back(g.unit);
            row.push_back(detail::format_number(g.total));
            row.push_back(std::to_string(g.cells));
            rows.push_back(std::move(row));
        }
        out << render_table(header, rows, right);
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}
}

int run_stats_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<OptionSpec> specs = filter_option_specs();
    specs.push_back({"--by", "", true});
    specs.push_back({"--format", "", true});
    specs.push_back({"--cells", "", false});
    ParsedArgs parsed = parse_args(args, specs);
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
    }
    if (parsed.has("--cells") && parsed.error.empty()) {
        const std::string cells_format = parsed.get("--format", "table");
        if (cells_format != "table" && cells_format != "csv" && cells_format != "json") {
            err << "gongkai stats: --format must be table, csv or json, not \"" << cells_format << "\"\n" << kHelp;
            return kExitUsage;
        }
        return cells_stats(parsed, cells_format, out, err);
    }
    std::vector<Field> by;
    Filter filter;
    std::string error = parsed.error;
    const std::string format = parsed.get("--format", "table");
    if (error.empty()) fields_from_text(parsed.get("--by", "area"), by, error);
    if (error.empty()) filter_from_args(parsed, filter, error);
    if (error.empty() && format != "table" && format != "csv" && format != "json")
        error = "--format must be table, csv or json, not \"" + format + "\"";
    if (!error.empty()) {
        err << "gongkai stats: " << error << "\n" << kHelp;
        return kExitUsage;
    }
    if (!resolve_input_names(parsed.files, err)) return kExitUsage;

    const Inputs inputs = load_inputs(parsed.files, err);
    const std::vector<Group> groups = aggregate(inputs.reports, by, filter);

    if (format == "csv") {
        out << groups_csv(groups, by);
    } else if (format == "json") {
        nlohmann::json j;
        j["by"] = nlohmann::json::array();
        for (Field f : by) j["by"].push_back(field_name(f));
        j["reports"] = inputs.reports.size();
        j["groups"] = nlohmann::json::array();
        for (const Group& g : groups) {
            nlohmann::json row;
            for (std::size_t k = 0; k < by.size(); ++k) row[field_name(by[k])] = g.keys[k];
            row["unit"] = g.unit;
            row["total"] = json_number(g.total);
            row["figures"] = g.figures;
            j["groups"].push_back(std::move(row));
        }
        // Report text may hold invalid UTF-8 only if the loader let it through; never throw on it.
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        std::vector<std::string> header;
        for (Field f : by) header.emplace_back(field_name(f));
        header.insert(header.end(), {"unit", "total", "figures"});
        std::vector<bool> right(by.size() + 1, false);
        right.insert(right.end(), {true, true});
        std::vector<std::vector<std::string>> rows;
        for (const Group& g : groups) {
            std::vector<std::string> row;
            for (const auto& k : g.keys) row.push_back(k.empty() ? "(none)" : k);
            row.push_back(g.unit);
            row.push_back(detail::format_number(g.total));
            row.push_back(std::to_string(g.figures));
            rows.push_back(std::move(row));
        }
        out << render_table(header, rows, right);
    }
    return inputs.ok() ? kExitOk : kExitFindings;
}

}  // namespace gongkai::cli

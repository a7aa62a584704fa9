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
    "Reads standard input when no FILE is given. Exit status: 0 ok, 1 invalid input, 2 usage.\n";
}

int run_stats_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<OptionSpec> specs = filter_option_specs();
    specs.push_back({"--by", "", true});
    specs.push_back({"--format", "", true});
    ParsedArgs parsed = parse_args(args, specs);
    if (parsed.help) {
        out << kHelp;
        return kExitOk;
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

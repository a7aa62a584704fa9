// filter_options.cpp — see filter_options.hpp.
#include "cli/filter_options.hpp"

namespace gongkai::cli {

namespace {
constexpr const char* kFieldList = "area, topic, department, category, unit, measure, region, year, report";
}

std::vector<OptionSpec> filter_option_specs() {
    return {{"--measure", "", true}, {"--unit", "", true}, {"--filter", "", true}, {"--where", "", true}};
}

bool fields_from_text(const std::string& text, std::vector<Field>& fields, std::string& error) {
    fields.clear();
    for (const std::string& name : split_commas(text)) {
        const auto field = parse_field(name);
        if (!field) {
            error = "unknown field \"" + name + "\" (expected one of: " + kFieldList + ")";
            return false;
        }
        fields.push_back(*field);
    }
    return true;
}

bool filter_from_args(const ParsedArgs& args, Filter& filter, std::string& error) {
    filter = Filter{};
    filter.measure = args.get("--measure");
    filter.unit = args.get("--unit");
    filter.text = args.get("--filter");
    if (const auto it = args.values.find("--where"); it != args.values.end()) {
        for (const std::string& clause : it->second) {
            const auto eq = clause.find('=');
            const auto field = eq == std::string::npos ? std::nullopt : parse_field(clause.substr(0, eq));
            if (!field) {
                error = "--where expects FIELD=VALUE with FIELD one of: " + std::string(kFieldList) + "; got \"" +
                        clause + "\"";
                return false;
            }
            filter.equals.emplace_back(*field, clause.substr(eq + 1));
        }
    }
    return true;
}

}  // namespace gongkai::cli

// options.hpp — a small, strict command-line option parser shared by the subcommands.
//
// Accepts "--name value", "--name=value", "-o value", flags, "--" to end options, and "-"
// as a file meaning standard input. Unknown options are errors, never silently ignored.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::cli {

struct OptionSpec {
    std::string name;        // "--format"
    std::string short_name;  // "-o" or ""
    bool takes_value = true;
};

struct ParsedArgs {
    std::map<std::string, std::vector<std::string>> values;  // by long name, in order given
    std::vector<std::string> files;
    bool help = false;
    std::string error;  // non-empty: a usage error, already phrased for the user

    bool has(const std::string& name) const { return values.count(name) != 0; }
    // The last value given for the option, or `fallback`.
    std::string get(const std::string& name, const std::string& fallback = "") const;
};

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

// "area,department" -> {"area", "department"}; empty pieces are kept so that callers can reject them.
std::vector<std::string> split_commas(const std::string& text);

}  // namespace gongkai::cli

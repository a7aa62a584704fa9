// options.cpp — see options.hpp.
#include "cli/options.hpp"

namespace gongkai::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
    const auto it = values.find(name);
    return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedArgs parsed;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.files.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name || (!s.short_name.empty() && s.short_name == name)) spec = &s;
        if (!spec) {
            parsed.error = "unknown option " + name;
            return parsed;
        }
        if (!spec->takes_value) {
            if (inline_value) {
                parsed.error = "option " + spec->name + " takes no value";
                return parsed;
            }
            parsed.values[spec->name].push_back("");
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= args.size()) {
                parsed.error = "option " + spec->name + " needs a value";
                return parsed;
            }
            inline_value = args[++i];
        }
        parsed.values[spec->name].push_back(*inline_value);
    }
    return parsed;
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        parts.push_back(text.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return parts;
}

}  // namespace gongkai::cli

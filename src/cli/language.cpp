// language.cpp — see language.hpp.
#include "cli/language.hpp"

#include <cstdlib>

namespace gongkai::cli {

Language output_language(const ParsedArgs& parsed, std::string& error) {
    if (parsed.has("--lang")) {
        Language l = Language::English;
        const std::string code = parsed.get("--lang");
        if (!parse_language_code(code, l)) error = "--lang must be zh or en, not \"" + code + "\"";
        return l;
    }
    // POSIX: LC_ALL overrides LANG.
    const char* all = std::getenv("LC_ALL");
    const char* lang = std::getenv("LANG");
    const char* locale = all && *all ? all : lang;
    return language_from_locale(locale ? locale : "");
}

}  // namespace gongkai::cli

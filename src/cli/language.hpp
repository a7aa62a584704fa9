// language.hpp — the language of a command's human output: --lang zh|en, else the locale.
#pragma once

#include <string>

#include "cli/options.hpp"
#include "core/message.hpp"

namespace gongkai::cli {

// The option every command that prints messages takes.
inline const OptionSpec kLangOption{"--lang", "", true};

// --lang when given ("zh" or "en"; anything else is a usage error in `error`), else Chinese
// when LC_ALL (or, when LC_ALL is unset or empty, LANG) starts with "zh", else English.
Language output_language(const ParsedArgs& parsed, std::string& error);

}  // namespace gongkai::cli

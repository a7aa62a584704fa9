// i18n.hpp — every UI string is a key with a Chinese and an English text.
//
// Chinese is the default. The table lives in i18n.cpp; the core's messages (findings,
// diagnostics) are worded by core/message_catalog.cpp, which the CLI shares. The font subset
// (scripts/make-font-subset) reads src/ui/ and that catalog, so every character used gets in.
#pragma once

#include <string>
#include <string_view>

#include "core/audit.hpp"
#include "core/diagnostic.hpp"
#include "core/message.hpp"

namespace gongkai::ui {

// One language type for the core's messages and the UI's strings.
using Language = gongkai::Language;

Language language();
void set_language(Language language);
const char* language_code(Language language);        // "zh", "en"
bool parse_language(std::string_view code, Language& out);

// The text of `key` in the current language. An unknown key returns the key itself,
// so a missing entry shows up on screen instead of crashing.
const char* tr(const char* key);

// A core message (audit finding, load diagnostic, importer warning) in the current language;
// the wording lives in the core's catalog (core/message_catalog.cpp), which the CLI shares.
std::string say(const Message& message);
// A diagnostic's message in the current language (its `message` as it is when it has no code).
std::string say(const Diagnostic& diagnostic);
// A finding's message in the current language.
std::string say(const Finding& finding);
// An audit rule's name in words, and its one-line explanation.
std::string rule_title(const std::string& rule);
std::string rule_explanation(const std::string& rule);

// ImGui needs labels whose ID stays the same when the language changes: "text###key".
const char* tr_id(const char* key);

}  // namespace gongkai::ui

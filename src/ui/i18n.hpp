// i18n.hpp — every UI string is a key with a Chinese and an English text.
//
// Chinese is the default. The table lives in i18n.cpp; scripts/make-font-subset reads
// the source files of src/ui/ so every character used here gets into the font subset.
#pragma once

#include <string_view>

namespace gongkai::ui {

enum class Language { Chinese, English };

Language language();
void set_language(Language language);
const char* language_code(Language language);        // "zh", "en"
bool parse_language(std::string_view code, Language& out);

// The text of `key` in the current language. An unknown key returns the key itself,
// so a missing entry shows up on screen instead of crashing.
const char* tr(const char* key);

// ImGui needs labels whose ID stays the same when the language changes: "text###key".
const char* tr_id(const char* key);

}  // namespace gongkai::ui

// message.hpp — what the core tells a user, as a stable code with arguments, worded per language.
//
// Audit findings, load diagnostics, importer warnings and storage problems all carry a Message:
// a code such as "audit.parts_sum.over" and its named arguments. The wording lives in one
// catalog (message_catalog.cpp) with an English and a Chinese template per code, so the CLI and
// the UI say the same thing in either language and the code stays for machines (JSON, exports).
//
// An argument is one of:
//   text    data shown as is: labels, quotes, keys, JSON pointers, what the parser saw;
//   number  a number with an optional unit ("条", "%"), qualifier (over, under, about,
//           at_least) and a fixed number of decimals (-1: the shortest exact form);
//   phrase  a nested Message (e.g. "a string ("abc")" inside "expected a number, found …"),
//           worded in the same language as the message around it.
//
// Templates name their arguments: "{label}: stated total {stated}". A part in [brackets] is
// left out when an argument in it is missing or empty: "{label}[ (by {breakdown})]"; "[[" and
// "]]" are literal brackets.
//
// Numbers: English and Chinese both print the shortest exact form without thousands
// separators ("12345", "30.77"), as the reports themselves write them; English puts a space
// before a unit word ("47 条"), Chinese none ("47条"); "%" is never spaced. The unit comes
// from the data, so a count reads 条 or 件 as its report says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gongkai {

enum class Language { Chinese, English };

struct Message;

struct MessageArg {
    enum class Kind { Text, Number, Phrase };
    std::string name;
    Kind kind = Kind::Text;
    std::string text;        // Text
    double value = 0;        // Number
    std::string unit;        // Number: "条", "件", "%" or ""
    std::string qualifier;   // Number: "", "over", "under", "about", "at_least"
    int decimals = -1;       // Number: fixed decimals, or -1 for the shortest exact form
    std::vector<Message> phrase;  // Phrase: exactly one nested message
};

struct Message {
    std::string code;
    std::vector<MessageArg> args;

    Message() = default;
    explicit Message(std::string code_) : code(std::move(code_)) {}

    // Builders, so a rule reads as one expression:
    //   Message("audit.parts_sum.over").text("label", name).number("stated", 47, "条")
    Message& text(std::string name, std::string value);
    Message& number(std::string name, double value, std::string unit = "", std::string qualifier = "",
                    int decimals = -1);
    Message& phrase(std::string name, Message value);

    const MessageArg* arg(std::string_view name) const;  // nullptr when absent
    bool empty() const { return code.empty(); }
};

bool operator==(const Message& a, const Message& b);
inline bool operator!=(const Message& a, const Message& b) { return !(a == b); }
bool operator==(const MessageArg& a, const MessageArg& b);

// The message in `language`. An unknown code renders as the code followed by its arguments,
// so a missing catalog entry shows instead of vanishing (a test keeps the catalog complete).
std::string render(const Message& message, Language language = Language::English);

// The template of `code` in `language`, or nullptr when the catalog has no such code.
const char* message_template(std::string_view code, Language language);

// Every code of the catalog, in catalog order (for tests and documentation).
std::vector<std::string_view> message_codes();

// A short phrase of the catalog with no arguments (a rule's name, a column header): the
// text of `code` in `language`, or `fallback` when the catalog lacks it.
std::string catalog_text(std::string_view code, Language language, std::string_view fallback = {});

// A figure's note as the importer wrote it (English, parts joined by "; "), worded in
// `language` part by part when the catalog knows the part (import.unsure.*); other notes,
// written by people, are returned as they are.
std::string render_figure_note(const std::string& note, Language language);

// {"code": "...", "args": {"name": "text" | number | {"value":…, "unit":…} | {"code":…}}}
nlohmann::json message_to_json(const Message& message);
// false (and `out` untouched) when `j` is not shaped as message_to_json writes it.
bool message_from_json(const nlohmann::json& j, Message& out);

// "zh…" (zh_CN.UTF-8, zh-Hans) is Chinese; anything else, or nothing, English.
Language language_from_locale(std::string_view locale);
// "zh" or "en" exactly; false for anything else.
bool parse_language_code(std::string_view code, Language& out);
const char* language_code_of(Language language);  // "zh", "en"

}  // namespace gongkai

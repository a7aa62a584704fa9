// load_checker.hpp — the vocabulary of semantic checks: JSON Pointers built lazily, typed
// reads that report what was expected, unknown-key warnings with "did you mean".
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "core/message.hpp"
#include "core/text.hpp"

namespace gongkai::load_detail {

using json = nlohmann::json;

// A JSON Pointer as a chain of stack-allocated links, turned into text only when a
// message needs it (valid files never pay for it). A Path must not outlive its parent.
class Path {
  public:
    Path() = default;  // the document root, ""
    Path key(std::string_view k) const { return Path(this, k, 0, Kind::Key); }
    Path index(std::size_t i) const { return Path(this, {}, i, Kind::Index); }
    std::string str() const;

  private:
    enum class Kind { Root, Key, Index };
    Path(const Path* parent, std::string_view k, std::size_t i, Kind kind)
        : parent_(parent), key_(k), index_(i), kind_(kind) {}
    const Path* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    Kind kind_ = Kind::Root;
};

// Collects diagnostics for one file; stops storing (but keeps counting) past a limit so a
// hostile file cannot make the message list itself exhaust memory.
struct DiagnosticSink {
    std::string file;
    std::vector<Diagnostic>* out = nullptr;
    std::size_t limit = 1000;
    std::size_t dropped = 0;
    void add(Diagnostic d);
    // A sink with this one's file name and limit that keeps its diagnostics in `held`: for
    // diagnostics that must wait before they join this sink's.
    DiagnosticSink holding(std::vector<Diagnostic>& held) const {
        DiagnosticSink s;
        s.file = file;
        s.out = &held;
        s.limit = limit;
        return s;
    }
};

// How a number read from JSON must look.
enum class NumberRule {
    Count,        // a whole number from 0 to 2^53
    NonNegative,  // any number from 0 to 2^53 (percentages, money)
    Signed,       // a whole number from -2^53 to 2^53 (a year-on-year change)
};

inline constexpr double kMaxCount = 9007199254740992.0;  // 2^53

class Checker {
  public:
    explicit Checker(DiagnosticSink& sink) : sink_(sink) {}

    // `what` is the problem as a message code with arguments (message.hpp); the diagnostic's
    // `message` is its English rendering.
    void error(const Path& at, Message what);
    void warning(const Path& at, Message what);
    std::size_t errors() const { return errors_; }

    // "an object", "a string (\"abc\")", "the number 3", ...: what was found.
    static Message describe(const json& v);

    // Reports an error unless `v` is an object; `what` names it ("a figure").
    bool expect_object(const json& v, const Path& at, std::string_view what);
    bool expect_array(const json& v, const Path& at, std::string_view what);

    // The member `key` of object `obj`, or nullptr; when `required`, its absence is an error.
    const json* member(const json& obj, const Path& at, std::string_view key, bool required,
                       std::string_view what);

    // Typed reads of obj[key]. Absent optional members leave `out` alone and return false.
    bool read_string(const json& obj, const Path& at, std::string_view key, std::string& out,
                     bool required, std::string_view what);
    bool read_string(const json& obj, const Path& at, std::string_view key, Text& out, bool required,
                     std::string_view what);
    bool read_bool(const json& obj, const Path& at, std::string_view key, bool& out);
    // Reads a number under `rule`. `fraction_hint` is added when a whole number was expected.
    bool read_number(const json& v, const Path& at, NumberRule rule, double& out,
                     const Message& fraction_hint = {});

    // One of `allowed` (an enumeration); errors name the allowed values.
    bool check_enum(const std::string& value, const Path& at, std::string_view what,
                    std::span<const std::string_view> allowed);
    bool check_enum(const std::string& value, const Path& at, std::string_view what,
                    std::initializer_list<std::string_view> allowed) {
        return check_enum(value, at, what, std::span<const std::string_view>(allowed.begin(), allowed.size()));
    }

    // Warns about every key of `obj` not in `known` (typos in hand-written files).
    void warn_unknown_keys(const json& obj, const Path& at, std::string_view what,
                           std::span<const std::string_view> known);
    void warn_unknown_keys(const json& obj, const Path& at, std::string_view what,
                           std::initializer_list<std::string_view> known) {
        warn_unknown_keys(obj, at, what, std::span<const std::string_view>(known.begin(), known.size()));
    }

  private:
    // obj[key] when it is a string; else nullptr, with an error if it is present or required.
    const std::string* string_member(const json& obj, const Path& at, std::string_view key, bool required,
                                     std::string_view what);

    DiagnosticSink& sink_;
    std::size_t errors_ = 0;
};

// "did you mean "x"?" for a near miss among `candidates` (load.did_you_mean), or an empty message.
Message did_you_mean(std::string_view word, std::span<const std::string_view> candidates);
inline Message did_you_mean(std::string_view word, std::initializer_list<std::string_view> candidates) {
    return did_you_mean(word, std::span<const std::string_view>(candidates.begin(), candidates.size()));
}

// Adds the guess as the argument "guess" when there is one (templates write "[ ({guess})]").
Message& with_guess(Message& m, Message guess);
Message&& with_guess(Message&& m, Message guess);

// The name of a part of a document ("a figure", "the metadata") as a message argument:
// worded by the catalog (noun.figure) when it knows the name, as given otherwise.
Message noun(std::string_view what);

// A list of allowed values for a message: "a, b, c".
std::string join_values(std::span<const std::string_view> values);

// Quotes a string for a message, shortening long ones.
std::string in_quotes(std::string_view s);

// ISO 8601 calendar date YYYY-MM-DD that exists (leap years included).
bool is_iso_date(std::string_view s);

// Identifiers: ASCII letters, digits, '-', '_' and '.', at least one character.
bool is_valid_id(std::string_view s);

}  // namespace gongkai::load_detail

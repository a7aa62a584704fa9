// load_checker.cpp — typed reads with located, explanatory messages.
#include "core/load_checker.hpp"

#include <algorithm>
#include <cmath>

namespace gongkai::load_detail {

std::string Path::str() const {
    if (kind_ == Kind::Root) return "";
    std::string head = parent_ ? parent_->str() : std::string();
    head += '/';
    if (kind_ == Kind::Index) return head + std::to_string(index_);
    for (char c : key_) {
        if (c == '~') head += "~0";
        else if (c == '/') head += "~1";
        else head += c;
    }
    return head;
}

void DiagnosticSink::add(Diagnostic d) {
    if (out->size() >= limit) {
        ++dropped;
        return;
    }
    d.file = file;
    out->push_back(std::move(d));
}

void Checker::error(const Path& at, Message what) {
    ++errors_;
    Diagnostic d;
    d.severity = Severity::Error;
    d.pointer = at.str();
    d.set(std::move(what));
    sink_.add(std::move(d));
}

void Checker::warning(const Path& at, Message what) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.pointer = at.str();
    d.set(std::move(what));
    sink_.add(std::move(d));
}

Message& with_guess(Message& m, Message guess) {
    if (!guess.empty()) m.phrase("guess", std::move(guess));
    return m;
}

Message&& with_guess(Message&& m, Message guess) { return std::move(with_guess(m, std::move(guess))); }

Message noun(std::string_view what) {
    std::string_view name = what;
    for (std::string_view article : {"a ", "an ", "the "})
        if (name.substr(0, article.size()) == article) name.remove_prefix(article.size());
    std::string code = "noun.";
    for (char ch : name) code += ch == ' ' ? '_' : ch;
    if (message_template(code, Language::English)) return Message(code);
    return Message("noun.as_given").text("text", std::string(what));
}

std::string join_values(std::span<const std::string_view> values) {
    std::string out;
    for (auto v : values) {
        if (!out.empty()) out += ", ";
        out += v;
    }
    return out;
}

std::string in_quotes(std::string_view s) {
    // Cut at 40 code points so that a 50 MB string does not end up in a message.
    std::size_t points = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points > 40) break;
    }
    std::string out = "\"";
    out += s.substr(0, i);
    if (i < s.size()) out += "…";
    out += '"';
    return out;
}

Message Checker::describe(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return Message("json.null");
        case json::value_t::boolean: return Message(v.get<bool>() ? "json.true" : "json.false");
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return std::move(Message("json.number").text("number", v.dump()));
        case json::value_t::string:
            return std::move(Message("json.string").text("text", in_quotes(v.get_ref<const std::string&>())));
        case json::value_t::array: return Message("json.array");
        case json::value_t::object: return Message("json.object");
        default: return Message("json.other");
    }
}

bool Checker::expect_object(const json& v, const Path& at, std::string_view what) {
    if (v.is_object()) return true;
    error(at, Message("load.expected_object").phrase("what", noun(what)).phrase("found", describe(v)));
    return false;
}

bool Checker::expect_array(const json& v, const Path& at, std::string_view what) {
    if (v.is_array()) return true;
    error(at, Message("load.expected_array").phrase("what", noun(what)).phrase("found", describe(v)));
    return false;
}

const json* Checker::member(const json& obj, const Path& at, std::string_view key, bool required,
                            std::string_view what) {
    const auto& o = obj.get_ref<const json::object_t&>();
    // nlohmann's object map compares with std::less<>: look up the view, no string is built.
    auto it = o.find(key);
    if (it != o.end()) return &it->second;
    if (required) error(at, Message("load.missing_key").phrase("what", noun(what)).text("key", std::string(key)));
    return nullptr;
}

const std::string* Checker::string_member(const json& obj, const Path& at, std::string_view key, bool required,
                                          std::string_view what) {
    const json* v = member(obj, at, key, required, what);
    if (!v) return nullptr;
    if (!v->is_string()) {
        error(at.key(key), Message("load.expected_string").phrase("found", describe(*v)));
        return nullptr;
    }
    return &v->get_ref<const std::string&>();
}

bool Checker::read_string(const json& obj, const Path& at, std::string_view key, std::string& out,
                          bool required, std::string_view what) {
    const std::string* s = string_member(obj, at, key, required, what);
    if (s) out = *s;
    return s != nullptr;
}

bool Checker::read_string(const json& obj, const Path& at, std::string_view key, Text& out, bool required,
                          std::string_view what) {
    const std::string* s = string_member(obj, at, key, required, what);
    if (s) out = *s;
    return s != nullptr;
}

bool Checker::read_bool(const json& obj, const Path& at, std::string_view key, bool& out) {
    const json* v = member(obj, at, key, false, "");
    if (!v) return false;
    if (!v->is_boolean()) {
        error(at.key(key), Message("load.expected_bool").phrase("found", describe(*v)));
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool Checker::read_number(const json& v, const Path& at, NumberRule rule, double& out,
                          const Message& fraction_hint) {
    if (!v.is_number()) {
        error(at, Message(v.is_string() ? "load.expected_number.quoted" : "load.expected_number")
                      .phrase("found", describe(v)));
        return false;
    }
    const bool whole_required = rule != NumberRule::NonNegative;
    // Integers are checked as integers: 2^53 + 1 is not representable as a double.
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxCount)) {
            error(at, Message("load.number_too_large").text("number", v.dump()));
            return false;
        }
        out = static_cast<double>(v.get<std::uint64_t>());
        return true;
    }
    if (v.is_number_integer()) {
        const auto i = v.get<std::int64_t>();
        if (i < 0 && rule != NumberRule::Signed) {
            error(at, Message("load.negative").text("number", v.dump()));
            return false;
        }
        if (i < -static_cast<std::int64_t>(kMaxCount)) {
            error(at, Message("load.number_too_small").text("number", v.dump()));
            return false;
        }
        out = static_cast<double>(i);
        return true;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d)) {  // the parser refuses these, but a tree may come from elsewhere
        error(at, Message("load.not_finite").text("number", v.dump()));
        return false;
    }
    bool ok = true;
    if (d < 0 && rule != NumberRule::Signed) {
        error(at, Message("load.negative").text("number", v.dump()));
        ok = false;
    }
    if (whole_required && std::floor(d) != d) {
        Message message("load.not_whole");
        message.text("number", v.dump());
        if (!fraction_hint.empty()) message.phrase("hint", fraction_hint);
        error(at, std::move(message));
        ok = false;
    }
    if (std::fabs(d) > kMaxCount) {
        error(at, Message("load.number_too_large").text("number", v.dump()));
        ok = false;
    }
    if (!ok) return false;
    out = d == 0 ? 0.0 : d;  // -0 is read as 0
    return true;
}

bool Checker::check_enum(const std::string& value, const Path& at, std::string_view what,
                         std::span<const std::string_view> allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return true;
    error(at, with_guess(Message("load.unknown_value")
                             .phrase("what", noun(what))
                             .text("value", in_quotes(value))
                             .text("allowed", join_values(allowed)),
                         did_you_mean(value, allowed)));
    return false;
}

void Checker::warn_unknown_keys(const json& obj, const Path& at, std::string_view what,
                                std::span<const std::string_view> known) {
    for (const auto& [k, v] : obj.get_ref<const json::object_t&>()) {
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        warning(at.key(k), with_guess(Message("load.unknown_key").text("key", in_quotes(k)).phrase("what", noun(what)),
                                      did_you_mean(k, known)));
    }
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}
}  // namespace

Message did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    if (word.size() > 64) return {};
    std::string_view best;
    std::size_t best_distance = 3;  // more than two edits is not a typo
    for (auto c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance && d < std::max<std::size_t>(c.size(), 2)) {
            best = c;
            best_distance = d;
        }
    }
    if (best.empty()) return {};
    return std::move(Message("load.did_you_mean").text("word", std::string(best)));
}

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= days;
}

bool is_valid_id(std::string_view s) {
    if (s.empty()) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.';
    });
}

}  // namespace gongkai::load_detail

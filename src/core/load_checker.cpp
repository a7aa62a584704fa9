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

void Checker::error(const Path& at, std::string message) {
    ++errors_;
    Diagnostic d;
    d.severity = Severity::Error;
    d.pointer = at.str();
    d.message = std::move(message);
    sink_.add(std::move(d));
}

void Checker::warning(const Path& at, std::string message) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.pointer = at.str();
    d.message = std::move(message);
    sink_.add(std::move(d));
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

std::string Checker::describe(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "the number " + v.dump();
        case json::value_t::string: return "a string (" + in_quotes(v.get_ref<const std::string&>()) + ")";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        default: return "a value of unexpected type";
    }
}

bool Checker::expect_object(const json& v, const Path& at, std::string_view what) {
    if (v.is_object()) return true;
    error(at, "expected " + std::string(what) + " (a JSON object), found " + describe(v));
    return false;
}

bool Checker::expect_array(const json& v, const Path& at, std::string_view what) {
    if (v.is_array()) return true;
    error(at, "expected " + std::string(what) + " (a JSON array), found " + describe(v));
    return false;
}

const json* Checker::member(const json& obj, const Path& at, std::string_view key, bool required,
                            std::string_view what) {
    const auto& o = obj.get_ref<const json::object_t&>();
    // nlohmann's object map compares with std::less<>: look up the view, no string is built.
    auto it = o.find(key);
    if (it != o.end()) return &it->second;
    if (required) error(at, std::string(what) + " is missing the required key \"" + std::string(key) + "\"");
    return nullptr;
}

const std::string* Checker::string_member(const json& obj, const Path& at, std::string_view key, bool required,
                                          std::string_view what) {
    const json* v = member(obj, at, key, required, what);
    if (!v) return nullptr;
    if (!v->is_string()) {
        error(at.key(key), "expected a string, found " + describe(*v));
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
        error(at.key(key), "expected true or false, found " + describe(*v));
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool Checker::read_number(const json& v, const Path& at, NumberRule rule, double& out,
                          std::string_view fraction_hint) {
    if (!v.is_number()) {
        std::string message = "expected a number, found " + describe(v);
        if (v.is_string()) message += "; write numbers without quotes";
        error(at, std::move(message));
        return false;
    }
    const bool whole_required = rule != NumberRule::NonNegative;
    // Integers are checked as integers: 2^53 + 1 is not representable as a double.
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxCount)) {
            error(at, "number " + v.dump() + " is beyond 2^53 (9007199254740992), the largest value allowed");
            return false;
        }
        out = static_cast<double>(v.get<std::uint64_t>());
        return true;
    }
    if (v.is_number_integer()) {
        const auto i = v.get<std::int64_t>();
        if (i < 0 && rule != NumberRule::Signed) {
            error(at, "expected a number of 0 or more, found " + v.dump() + " (negative)");
            return false;
        }
        if (i < -static_cast<std::int64_t>(kMaxCount)) {
            error(at, "number " + v.dump() + " is beyond -2^53, the smallest value allowed");
            return false;
        }
        out = static_cast<double>(i);
        return true;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d)) {  // the parser refuses these, but a tree may come from elsewhere
        error(at, "expected a finite number, found " + v.dump());
        return false;
    }
    bool ok = true;
    if (d < 0 && rule != NumberRule::Signed) {
        error(at, "expected a number of 0 or more, found " + v.dump() + " (negative)");
        ok = false;
    }
    if (whole_required && std::floor(d) != d) {
        std::string message = "expected a whole number, found " + v.dump();
        if (!fraction_hint.empty()) message += "; " + std::string(fraction_hint);
        error(at, std::move(message));
        ok = false;
    }
    if (std::fabs(d) > kMaxCount) {
        error(at, "number " + v.dump() + " is beyond 2^53 (9007199254740992), the largest value allowed");
        ok = false;
    }
    if (!ok) return false;
    out = d == 0 ? 0.0 : d;  // -0 is read as 0
    return true;
}

bool Checker::check_enum(const std::string& value, const Path& at, std::string_view what,
                         std::span<const std::string_view> allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return true;
    std::string message = "unknown " + std::string(what) + " " + in_quotes(value) + "; expected one of ";
    bool first = true;
    for (auto a : allowed) {
        if (!first) message += ", ";
        message += a;
        first = false;
    }
    const std::string guess = did_you_mean(value, allowed);
    if (!guess.empty()) message += " (" + guess + ")";
    error(at, std::move(message));
    return false;
}

void Checker::warn_unknown_keys(const json& obj, const Path& at, std::string_view what,
                                std::span<const std::string_view> known) {
    for (const auto& [k, v] : obj.get_ref<const json::object_t&>()) {
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        std::string message = "unknown key " + in_quotes(k) + " in " + std::string(what) + "; it is ignored";
        const std::string guess = did_you_mean(k, known);
        if (!guess.empty()) message += " (" + guess + ")";
        warning(at.key(k), std::move(message));
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

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    if (word.size() > 64) return "";
    std::string_view best;
    std::size_t best_distance = 3;  // more than two edits is not a typo
    for (auto c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance && d < std::max<std::size_t>(c.size(), 2)) {
            best = c;
            best_distance = d;
        }
    }
    return best.empty() ? "" : "did you mean \"" + std::string(best) + "\"?";
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

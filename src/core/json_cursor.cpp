// json_cursor.cpp — the strict tokenizer of the fast loader. See json_cursor.hpp.
#include "core/json_cursor.hpp"

#include <array>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "core/utf8.hpp"

namespace gongkai::load_detail {
namespace {

// What a byte means inside a string: plain ASCII, the closing quote, an escape, a control
// character (never allowed unescaped), or the lead of a multi-byte UTF-8 sequence.
enum : unsigned char { kPlain, kQuote, kEscape, kControl, kMultiByte };

constexpr std::array<unsigned char, 256> make_string_classes() {
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 256; ++c)
        classes[static_cast<std::size_t>(c)] = c < 0x20 ? kControl : c == '"' ? kQuote : c == '\\' ? kEscape
                                                                   : c >= 0x80 ? kMultiByte : kPlain;
    return classes;
}
constexpr std::array<unsigned char, 256> kStringClass = make_string_classes();

// Length of the well-formed UTF-8 sequence at `p` (whose first byte is >= 0x80), or 0. The
// same rules as the general loader's check (RFC 3629: no overlongs, surrogates or > U+10FFFF).
std::size_t utf8_sequence_length(const char* p, const char* end) {
    const auto c = static_cast<unsigned char>(p[0]);
    if (c < 0xC2 || c > 0xF4) return 0;
    const std::size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (static_cast<std::size_t>(end - p) < need) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    const auto second = static_cast<unsigned char>(p[1]);
    if (second < lo || second > hi) return 0;
    for (std::size_t k = 2; k < need; ++k)
        if ((static_cast<unsigned char>(p[k]) & 0xC0) != 0x80) return 0;
    return need;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool JsonCursor::string(std::string_view& out, std::string& scratch) {
    if (peek() != '"') return false;
    const char* start = ++p_;
    const char* run = start;  // the bytes not yet copied to scratch
    bool escaped = false;
    for (;;) {
        while (p_ != end_ && kStringClass[static_cast<unsigned char>(*p_)] == kPlain) ++p_;
        if (p_ == end_) return false;
        switch (kStringClass[static_cast<unsigned char>(*p_)]) {
            case kQuote:
                if (escaped) {
                    scratch.append(run, p_);
                    out = scratch;
                } else {
                    out = std::string_view(start, static_cast<std::size_t>(p_ - start));
                }
                ++p_;
                return true;
            case kMultiByte: {
                const std::size_t n = utf8_sequence_length(p_, end_);
                if (n == 0) return false;
                p_ += n;
                break;
            }
            case kEscape: {
                if (!escaped) scratch.clear();
                escaped = true;
                scratch.append(run, p_);
                if (end_ - p_ < 2) return false;
                const char e = p_[1];
                p_ += 2;
                switch (e) {
                    case '"': scratch += '"'; break;
                    case '\\': scratch += '\\'; break;
                    case '/': scratch += '/'; break;
                    case 'b': scratch += '\b'; break;
                    case 'f': scratch += '\f'; break;
                    case 'n': scratch += '\n'; break;
                    case 'r': scratch += '\r'; break;
                    case 't': scratch += '\t'; break;
                    case 'u': {
                        auto read4 = [&](unsigned& v) {
                            if (end_ - p_ < 4) return false;
                            v = 0;
                            for (int k = 0; k < 4; ++k) {
                                const int h = hex_value(p_[k]);
                                if (h < 0) return false;
                                v = v * 16 + static_cast<unsigned>(h);
                            }
                            p_ += 4;
                            return true;
                        };
                        unsigned cp = 0;
                        if (!read4(cp)) return false;
                        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
                        if (cp >= 0xD800 && cp <= 0xDBFF) {
                            unsigned low = 0;
                            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                            p_ += 2;
                            if (!read4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        }
                        append_utf8(scratch, static_cast<char32_t>(cp));
                        break;
                    }
                    default: return false;
                }
                run = p_;
                break;
            }
            default: return false;  // a raw control character
        }
    }
}

bool JsonCursor::key(std::string_view& out) {
    if (peek() != '"') return false;
    const char* start = ++p_;
    for (;;) {
        while (p_ != end_ && kStringClass[static_cast<unsigned char>(*p_)] == kPlain) ++p_;
        if (p_ == end_) return false;
        const unsigned char kind = kStringClass[static_cast<unsigned char>(*p_)];
        if (kind == kQuote) {
            out = std::string_view(start, static_cast<std::size_t>(p_ - start));
            ++p_;
            return true;
        }
        if (kind != kMultiByte) return false;  // escapes and control characters
        const std::size_t n = utf8_sequence_length(p_, end_);
        if (n == 0) return false;
        p_ += n;
    }
}

bool JsonCursor::number(double& out) {
    peek();
    const char* s = p_;
    const char* p = p_;
    const bool negative = p != end_ && *p == '-';
    if (negative) ++p;
    if (p == end_) return false;
    const char* digits = p;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p != end_ && is_digit(*p)) ++p;
    } else {
        return false;
    }
    const std::size_t integer_digits = static_cast<std::size_t>(p - digits);
    bool whole_literal = true;
    if (p != end_ && *p == '.') {
        ++p;
        if (p == end_ || !is_digit(*p)) return false;
        while (p != end_ && is_digit(*p)) ++p;
        whole_literal = false;
    }
    if (p != end_ && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != end_ && (*p == '+' || *p == '-')) ++p;
        if (p == end_ || !is_digit(*p)) return false;
        while (p != end_ && is_digit(*p)) ++p;
        whole_literal = false;
    }
    if (whole_literal) {
        if (integer_digits >= 16) return false;
        std::uint64_t v = 0;
        for (const char* d = digits; d != p; ++d) v = v * 10 + static_cast<std::uint64_t>(*d - '0');
        // "-0" is the integer 0 for the general loader too.
        out = v == 0 ? 0.0 : negative ? -static_cast<double>(v) : static_cast<double>(v);
    } else {
        char buffer[64];
        const auto length = static_cast<std::size_t>(p - s);
        if (length >= sizeof buffer) return false;
        std::memcpy(buffer, s, length);
        buffer[length] = '\0';
        errno = 0;
        out = std::strtod(buffer, nullptr);
        if (errno == ERANGE || !std::isfinite(out)) return false;
    }
    p_ = p;
    return true;
}

bool JsonCursor::literal(std::string_view word) {
    peek();
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0)
        return false;
    p_ += word.size();
    return true;
}

bool JsonCursor::skip_value(int depth_left) {
    std::string_view ignored;
    std::string scratch;
    double number_value = 0;
    switch (peek()) {
        case '{': return depth_left > 0 && skip_object(depth_left - 1);
        case '[': return depth_left > 0 && skip_array(depth_left - 1);
        case '"': return string(ignored, scratch);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number(number_value);
    }
}

bool JsonCursor::skip_object(int depth_left) {
    ++p_;  // '{'
    if (eat('}')) return true;
    // Repeated keys are refused (the general loader warns about them). A linear search is
    // cheapest for the usual handful of keys; a set keeps huge objects linear.
    std::vector<std::string_view> keys;
    std::unordered_set<std::string_view> many;
    do {
        std::string_view k;
        if (!key(k)) return false;
        if (keys.size() < 16) {
            for (auto seen : keys)
                if (seen == k) return false;
            keys.push_back(k);
            if (keys.size() == 16) many.insert(keys.begin(), keys.end());
        } else if (!many.insert(k).second) {
            return false;
        }
        if (!eat(':') || !skip_value(depth_left)) return false;
    } while (eat(','));
    return eat('}');
}

bool JsonCursor::skip_array(int depth_left) {
    ++p_;  // '['
    if (eat(']')) return true;
    do {
        if (!skip_value(depth_left)) return false;
    } while (eat(','));
    return eat(']');
}

}  // namespace gongkai::load_detail

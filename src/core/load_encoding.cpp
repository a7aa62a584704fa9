// load_encoding.cpp — byte-level checks that come before JSON parsing.
#include "core/load_encoding.hpp"

#include <algorithm>
#include <cstdio>

namespace gongkai::load_detail {
namespace {

unsigned char byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string hex_byte(unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
    return buf;
}

// Length of the valid UTF-8 sequence at `i`, or 0 with `why` filled in.
std::size_t valid_sequence_length(std::string_view s, std::size_t i, Message& why) {
    const unsigned char c = byte_at(s, i);
    if (c < 0x80) return 1;
    if (is_continuation(c)) {
        why = std::move(Message("load.utf8.stray_continuation").text("byte", hex_byte(c)));
        return 0;
    }
    if (c == 0xC0 || c == 0xC1) {
        why = std::move(Message("load.utf8.overlong_lead").text("byte", hex_byte(c)));
        return 0;
    }
    if (c >= 0xF5) {
        why = std::move(Message("load.utf8.invalid_byte").text("byte", hex_byte(c)));
        return 0;
    }
    const std::size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // The second byte's range is narrower for E0 (overlong), ED (surrogates),
    // F0 (overlong) and F4 (beyond U+10FFFF).
    unsigned char lo = 0x80, hi = 0xBF;
    const char* narrow = nullptr;  // the catalog's code for what the two bytes would encode
    if (c == 0xE0) { lo = 0xA0; narrow = "load.utf8.what.overlong"; }
    if (c == 0xED) { hi = 0x9F; narrow = "load.utf8.what.surrogate"; }
    if (c == 0xF0) { lo = 0x90; narrow = "load.utf8.what.overlong"; }
    if (c == 0xF4) { hi = 0x8F; narrow = "load.utf8.what.beyond"; }
    for (std::size_t k = 1; k < need; ++k) {
        if (i + k >= s.size()) {
            why = std::move(Message("load.utf8.truncated").number("length", static_cast<double>(need)));
            return 0;
        }
        const unsigned char n = byte_at(s, i + k);
        if (!is_continuation(n)) {
            why = std::move(Message("load.utf8.cut_short")
                                .text("lead", hex_byte(c))
                                .text("next", hex_byte(n))
                                .number("length", static_cast<double>(need)));
            return 0;
        }
        if (k == 1 && (n < lo || n > hi)) {
            why = std::move(Message("load.utf8.encodes")
                                .text("lead", hex_byte(c))
                                .text("next", hex_byte(n))
                                .phrase("what", Message(narrow)));
            return 0;
        }
    }
    return need;
}

}  // namespace

std::string wide_encoding_of(std::string_view b) {
    auto at = [&](std::size_t i) { return i < b.size() ? byte_at(b, i) : 0x100u; };
    // UTF-32 first: its little-endian mark begins with the UTF-16 one.
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32";
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0x00 && at(3) == 0x00) return "UTF-32";
    if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE)) return "UTF-16";
    // No mark: JSON starts with an ASCII character, which UTF-16/32 pad with NUL bytes.
    if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0) return "UTF-32";
    if (b.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0) return "UTF-32";
    if (b.size() >= 2 && ((at(0) == 0 && at(1) != 0) || (at(0) != 0 && at(1) == 0))) return "UTF-16";
    return "";
}

bool has_utf8_bom(std::string_view b) {
    return b.size() >= 3 && byte_at(b, 0) == 0xEF && byte_at(b, 1) == 0xBB && byte_at(b, 2) == 0xBF;
}

std::vector<Utf8Problem> find_invalid_utf8(std::string_view text, std::size_t max_problems,
                                           std::size_t& total) {
    std::vector<Utf8Problem> problems;
    total = 0;
    std::size_t i = 0;
    Message why;
    while (i < text.size()) {
        if (byte_at(text, i) < 0x80) {  // the common case: ASCII
            ++i;
            continue;
        }
        const std::size_t n = valid_sequence_length(text, i, why);
        if (n > 0) {
            i += n;
            continue;
        }
        ++total;
        if (problems.size() < max_problems) problems.push_back({i, why});
        ++i;  // resynchronise on the next byte
    }
    return problems;
}

LineColumn line_column_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    LineColumn lc;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    }
    std::int64_t column = 1;
    for (std::size_t i = line_start; i < offset; ++i)
        if (!is_continuation(byte_at(text, i))) ++column;
    lc.column = column;
    return lc;
}

}  // namespace gongkai::load_detail

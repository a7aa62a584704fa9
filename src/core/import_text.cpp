// import_text.cpp — UTF-8 <-> UTF-32 and small text helpers for the importer.
#include "core/import_text.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace gongkai::import_detail {

std::u32string utf8_to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1F; min = 0x80; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) { len = 3; cp = b0 & 0x0F; min = 0x800; }
        else if (b0 >= 0xF0 && b0 <= 0xF4) { len = 4; cp = b0 & 0x07; min = 0x10000; }
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) ok = false;
            else cp = (cp << 6) | (b & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

std::string u32_to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) append_utf8(out, c);
    return out;
}

std::u32string_view trim(std::u32string_view text) {
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && (is_blank(text[b]) || text[b] == U'\n' || text[b] == U'\r')) ++b;
    while (e > b && (is_blank(text[e - 1]) || text[e - 1] == U'\n' || text[e - 1] == U'\r')) --e;
    return text.substr(b, e - b);
}

int chinese_numeral_value(std::u32string_view t) {
    auto digit = [](char32_t c) -> int {
        switch (c) {
            case U'零': case U'〇': return 0;
            case U'一': return 1;
            case U'二': case U'两': return 2;
            case U'三': return 3;
            case U'四': return 4;
            case U'五': return 5;
            case U'六': return 6;
            case U'七': return 7;
            case U'八': return 8;
            case U'九': return 9;
            default: return -1;
        }
    };
    if (t.empty() || t.size() > 3) return 0;
    const std::size_t ten = t.find(U'十');
    if (ten == std::u32string_view::npos) return t.size() == 1 ? std::max(digit(t[0]), 0) : 0;
    int tens = 1;
    if (ten == 1) tens = digit(t[0]);
    else if (ten != 0) return 0;
    int ones = 0;
    if (ten + 1 < t.size()) ones = digit(t[ten + 1]);
    if (tens < 1 || ones < 0 || ten + 2 < t.size()) return 0;
    return tens * 10 + ones;
}

}  // namespace gongkai::import_detail

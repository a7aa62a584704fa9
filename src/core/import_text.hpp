// import_text.hpp — code-point helpers shared by the importer's stages.
//
// The importer works on UTF-32 (std::u32string): quote offsets are code points, so an
// index into a u32string is an offset into Report::text with no conversion.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::import_detail {

// Lenient UTF-8 decoding: an invalid sequence becomes U+FFFD (one per bad byte).
std::u32string utf8_to_u32(std::string_view utf8);
std::string u32_to_utf8(std::u32string_view text);

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
// Horizontal blank: space, tab, no-break space, ideographic space.
inline bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000; }
inline bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}
// Chinese numerals used in heading markers (一、 (二) 十一、).
inline bool is_chinese_numeral(char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十百零〇两").find(c) != std::u32string_view::npos;
}

// True when `text` starts with `prefix` at `pos`.
inline bool starts_at(std::u32string_view text, std::size_t pos, std::u32string_view prefix) {
    return pos <= text.size() && text.size() - pos >= prefix.size() && text.compare(pos, prefix.size(), prefix) == 0;
}
inline bool ends_with(std::u32string_view text, std::u32string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
inline bool contains(std::u32string_view text, std::u32string_view part) {
    return text.find(part) != std::u32string_view::npos;
}

// Blank-trimmed view.
std::u32string_view trim(std::u32string_view text);

// Value of a Chinese numeral up to 99 (一 -> 1, 十一 -> 11, 二十 -> 20); 0 when not one.
int chinese_numeral_value(std::u32string_view text);

}  // namespace gongkai::import_detail

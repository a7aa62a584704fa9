// load_encoding.hpp — what the loader checks about the bytes before any JSON parsing:
// byte order marks, UTF-16/UTF-32 files, invalid UTF-8, and turning a byte offset into
// the line and column an editor shows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/message.hpp"

namespace gongkai::load_detail {

// "UTF-16" or "UTF-32" when the bytes look like a wide encoding (a byte order mark, or
// the NUL bytes that ASCII characters get in UTF-16/32); "" otherwise.
std::string wide_encoding_of(std::string_view bytes);

// True when the bytes start with the UTF-8 byte order mark EF BB BF.
bool has_utf8_bom(std::string_view bytes);

struct Utf8Problem {
    std::size_t offset = 0;  // byte offset of the first bad byte
    Message what;            // e.g. "byte 0xC0 starts an overlong encoding" (load.utf8.*)
};

// Every invalid UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing
// beyond U+10FFFF), up to `max_problems`; `total` receives how many there are in all.
std::vector<Utf8Problem> find_invalid_utf8(std::string_view text, std::size_t max_problems,
                                           std::size_t& total);

struct LineColumn {
    std::int64_t line = 1;    // 1-based
    std::int64_t column = 1;  // 1-based, counted in code points
};

// The line and column of the byte at `offset` (offset == size means "just after the end").
LineColumn line_column_at(std::string_view text, std::size_t offset);

}  // namespace gongkai::load_detail

// import_traditional.hpp — traditional characters onto simplified ones, one to one.
//
// The importer reads categories and departments from a simplified copy of the text
// (same length, so every offset is shared) and quotes the text as it was written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::import_detail {

char32_t to_simplified(char32_t c);
std::u32string simplified_copy(std::u32string_view text);
// How many characters of `text` have a simplified form different from themselves.
std::size_t count_traditional(std::u32string_view text);

}  // namespace gongkai::import_detail

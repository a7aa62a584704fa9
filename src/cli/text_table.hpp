// text_table.hpp — plain-text tables for the terminal, aligned for Chinese (wide) characters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::cli {

// Columns a terminal gives the text: 2 for CJK and full-width characters, 1 for the rest.
std::size_t display_width(std::string_view utf8);

// Columns separated by two spaces; `right` marks columns to right-align (numbers).
std::string render_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const std::vector<bool>& right);

}  // namespace gongkai::cli

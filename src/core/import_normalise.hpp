// import_normalise.hpp — one spelling for what web pages write many ways.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::import_detail {

// CRLF and CR -> LF; full-width ASCII (１２，；：（）％) -> half-width; ideographic and
// no-break spaces -> ' '; zero-width characters, BOMs and control characters dropped;
// spaces (not tabs: they separate table cells) trimmed at both ends of each line.
// Digits separated by stray spaces are left as they are: the number reader accepts them,
// so that a quote still shows exactly what the page said.
std::u32string normalise_text(std::u32string_view text);

}  // namespace gongkai::import_detail

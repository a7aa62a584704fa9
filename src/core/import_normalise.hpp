// import_normalise.hpp — one spelling for what web pages write many ways.
//
// The spelling is for matching only: the report keeps the text as it was given, and every
// offset the importer finds in the normalised copy is carried back to that text (`origin`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::import_detail {

// CRLF and CR -> LF; full-width ASCII (１２，；：（）％) -> half-width; ideographic and
// no-break spaces -> ' '; zero-width characters, BOMs and control characters dropped;
// spaces (not tabs: they separate table cells) trimmed at both ends of each line.
// Digits separated by stray spaces are left as they are: the number reader accepts them,
// so that a quote still shows exactly what the page said.
// When `origin` is given it receives, for each code point of the result, the index in `text`
// of the code point it came from, and one more entry: text.size().
std::u32string normalise_text(std::u32string_view text, std::vector<std::size_t>* origin = nullptr);

// The same widths folded without changing the length (full-width ASCII -> half-width,
// ideographic and no-break spaces -> ' ', CR -> ' '): for matching words in a text whose
// offsets must stay those of the text.
std::u32string fold_width(std::u32string_view text);

// Carries a span [start, end) of a normalised text back to the text it came from (`origin`
// as normalise_text wrote it): the span from its first code point's origin to just after its
// last one's. False when the span lies outside the normalised text.
bool span_in_original(const std::vector<std::size_t>& origin, std::int64_t& start, std::int64_t& end);

}  // namespace gongkai::import_detail

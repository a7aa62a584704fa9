// import_html.hpp — HTML pages to plain text, keeping table cells and paragraphs apart.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::import_detail {

// True when the start of the text looks like an HTML document or fragment.
bool looks_like_html(std::u32string_view text);

// Drops tags, comments, <script>/<style>; block elements and rows become line breaks,
// cells become tabs, entities are decoded, source whitespace collapses as a browser would.
std::u32string strip_html(std::u32string_view html);

}  // namespace gongkai::import_detail

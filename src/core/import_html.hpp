// import_html.hpp — HTML pages to plain text, keeping table cells and paragraphs apart.
//
// Pages come out of content-management systems: the report sits in a content container
// among navigation, breadcrumbs and share buttons; table cells wrap their numbers in
// <p>/<span>/<font> with &nbsp; padding; headers use rowspan/colspan; layout tables hold the
// real tables. Tables are laid out on a grid here, so that a number can be shown to stand
// under one column heading; a row whose cells do not line up with the headings is kept aside
// (its numbers are not written into the text the template reader sees) and reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::import_detail {

// A table row whose cells could not be shown to belong to the table's columns.
struct SetAsideRow {
    std::size_t line = 0;   // 1-based line of the text where the row's labels stand
    std::size_t table = 0;  // 1-based, in document order
    std::size_t row = 0;    // 1-based within its table
    std::string label;      // the row's label cells, joined
    std::string cells;      // every cell as the page has it, " | " between them
    std::string reason;     // "span" (a number's span is not its heading's), "heading" (no heading
                            // over a number), "order" (columns not the template's), "label_after_number"
};

struct HtmlText {
    std::u32string text;
    std::vector<SetAsideRow> set_aside;
    bool content_container = false;  // the body was found inside a content container
    std::size_t chrome_lines = 0;    // page chrome lines left out (打印/关闭, 来源, 分享 …)
};

// True when the start of the text looks like an HTML document or fragment.
bool looks_like_html(std::u32string_view text);

// Drops tags, comments, <script>/<style>, navigation; block elements and rows become line
// breaks, cells become tabs, entities are decoded, source whitespace collapses as a browser would.
HtmlText html_to_text(std::u32string_view html);

// html_to_text(html).text.
std::u32string strip_html(std::u32string_view html);

// The charset a page declares (<meta charset=…> or http-equiv content=…charset=…), lower case;
// "" when none. Looks at the first 4 KB of raw bytes only.
std::string declared_charset(std::string_view bytes);

}  // namespace gongkai::import_detail

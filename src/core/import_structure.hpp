// import_structure.hpp — lines, headings (一、 (一) 1、 (1)) and where each paragraph sits
// in the report's hierarchy (area -> topic).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::import_detail {

struct Line {
    std::size_t start = 0;       // offset of the first character
    std::size_t end = 0;         // offset of the '\n' (or text end)
    int level = 0;               // 0: prose; 1..4: heading rank after normalising the marker kinds used
    int marker = 0;              // 1: 一、  2: (一)  3: 1、  4: (1) / ①
    std::size_t title_start = 0; // heading title (after the marker)
    std::size_t title_end = 0;
    std::size_t body_start = 0;  // prose on the heading's own line ("(二)...情况。2017年..."), == end if none
    std::u32string name;         // short name of a heading: 预期引导信息公开情况 -> 预期引导
    bool in_table = false;       // part of a template table: neither heading nor prose
};

std::vector<Line> split_lines(std::u32string_view text);

// Recognises heading markers on `simple` (the simplified analysis text) and fills level,
// title and name. Lines already marked in_table are left alone.
void classify_headings(std::vector<Line>& lines, std::u32string_view simple);

// The hierarchy place of every line: area and topic names ("" when none).
struct Place {
    std::u32string area;
    std::u32string topic;
};
std::vector<Place> assign_places(const std::vector<Line>& lines);

// Short name of a heading title (exposed for tests).
std::u32string short_heading_name(std::u32string_view title);

}  // namespace gongkai::import_detail

// highlighted_text.hpp — a report's text with ranges of it highlighted: the source panel of
// the explorer (source_view.cpp) and the text of the import review (import_review_view.cpp).
//
// ImGui's wrapped text cannot highlight a range, so the text is laid out here: wrapped at
// any character (Chinese has no spaces to wrap at), one cached layout per text, width and
// font size, drawn line by line through a clipper so a long report stays cheap.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ui/app.hpp"

namespace gongkai::ui {

struct Highlight {
    std::int64_t begin = 0, end = 0;  // code points of the text, [begin, end)
    bool focused = false;             // drawn stronger; where it starts is remembered for tests
};

struct HighlightedText {
    const char* child_id = "";       // the ImGui child window it is drawn in, e.g. "##source-text"
    const char* area_key = "";       // App::remember_rect name of that window
    const char* highlight_key = "";  // App::remember_rect name of the first focused highlight's first line
    const std::string* text = nullptr;
    // Which text this is: the cached layout is redone when either changes (or the width or font).
    std::uint64_t generation = 0;
    int index = 0;
    std::vector<Highlight> highlights;
    std::int64_t scroll_to = -1;     // a code point to scroll into view this frame; -1: none
};

// Draws the text in a child window filling the space left.
void draw_highlighted_text(App& app, const HighlightedText& what);

}  // namespace gongkai::ui

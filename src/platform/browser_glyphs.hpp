// browser_glyphs.hpp — glyphs drawn by the browser with the system's fonts (part of the
// platform interface, kept in its own header).
//
// Why: a Chinese UI font is the heaviest thing a page can download (a GB2312 subset of
// WenQuanYi Micro Hei is 666 KB gzip, more than the rest of the app). Every desktop and
// phone that can show Chinese already has such a font, and the browser's Canvas 2D text
// uses it. So the app asks the browser for each glyph (an alpha bitmap and its metrics) and
// fetches the font file only when the browser has no Chinese font at all.
#pragma once

#include <cstdint>
#include <vector>

namespace gongkai::platform {

// True when the browser draws Chinese with a real font (not boxes): checked once, by
// comparing two different CJK characters, which a missing font draws as the same box.
bool browser_has_cjk_font();

// Vertical metrics of the UI font at `size_px` (device pixels): ascent above the baseline,
// descent below it, both positive.
struct FontVMetrics {
    float ascent = 0, descent = 0;
};
FontVMetrics browser_font_metrics(float size_px);

// One glyph's box at `size_px` device pixels, without its pixels: the advance, and where its
// bitmap goes: top-left corner (x, y) from the pen position on the baseline (y < 0 is above
// it), width and height. An invisible glyph (a space) has width = height = 0. Cheap: the
// browser measures, it does not draw.
struct GlyphBox {
    float advance = 0;
    int x = 0, y = 0, width = 0, height = 0;
};
GlyphBox browser_glyph_box(std::uint32_t codepoint, float size_px);

// Draws many glyphs at once, each in the box browser_glyph_box() gave it: one canvas and one
// read-back for all of them (a read-back per glyph cost more than the drawing). Each glyph's
// coverage, box.width * box.height bytes row by row, is written to `out` after the previous
// glyph's; `out` holds the sum of those sizes.
struct GlyphToDraw {
    std::uint32_t codepoint = 0;
    float size_px = 0;
    GlyphBox box;
};
void browser_glyph_pixels(const std::vector<GlyphToDraw>& glyphs, std::uint8_t* out);

// Starts fetching the UI font file (assets/fonts/gongkai-ui.ttf): only needed when the
// browser cannot draw Chinese. take_font_bytes() (platform.hpp) hands it over once arrived.
void request_font_file();

}  // namespace gongkai::platform

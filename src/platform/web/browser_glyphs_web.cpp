// browser_glyphs_web.cpp — browser_glyphs.hpp on Canvas 2D (web/gongkai-font.js).
#include <emscripten.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "platform/browser_glyphs.hpp"

// ---- web/gongkai-font.js ---------------------------------------------------------
extern "C" {
int gongkai_js_browser_has_cjk_font();
void gongkai_js_font_vmetrics(float size_px, float* out);          // ascent, descent
void gongkai_js_glyph_box(int codepoint, float size_px, float* out);  // advance, x, y, width, height
// glyphs: count records of {codepoint, size_px (float bits), x, y, width, height} as int32.
void gongkai_js_glyph_pixels(int count, const std::int32_t* glyphs, std::uint8_t* out);
void gongkai_js_font_request();
}

namespace gongkai::platform {

bool browser_has_cjk_font() {
    static const bool has = gongkai_js_browser_has_cjk_font() != 0;  // fonts do not change
    return has;
}

FontVMetrics browser_font_metrics(float size_px) {
    float m[2] = {0, 0};
    gongkai_js_font_vmetrics(size_px, m);
    return {m[0], m[1]};
}

GlyphBox browser_glyph_box(std::uint32_t codepoint, float size_px) {
    float m[5] = {0, 0, 0, 0, 0};
    gongkai_js_glyph_box(static_cast<int>(codepoint), size_px, m);
    GlyphBox b;
    b.advance = m[0];
    b.x = static_cast<int>(m[1]);
    b.y = static_cast<int>(m[2]);
    b.width = static_cast<int>(m[3]);
    b.height = static_cast<int>(m[4]);
    return b;
}

void browser_glyph_pixels(const std::vector<GlyphToDraw>& glyphs, std::uint8_t* out) {
    if (glyphs.empty()) return;
    constexpr std::size_t kFields = 6;
    std::vector<std::int32_t> records(glyphs.size() * kFields);
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const GlyphToDraw& g = glyphs[i];
        std::int32_t* r = &records[i * kFields];
        r[0] = static_cast<std::int32_t>(g.codepoint);
        std::memcpy(&r[1], &g.size_px, sizeof(float));
        r[2] = g.box.x;
        r[3] = g.box.y;
        r[4] = g.box.width;
        r[5] = g.box.height;
    }
    gongkai_js_glyph_pixels(static_cast<int>(glyphs.size()), records.data(), out);
}

void request_font_file() { gongkai_js_font_request(); }

}  // namespace gongkai::platform

// browser_glyphs_web.cpp — browser_glyphs.hpp on Canvas 2D (web/gongkai-font.js).
#include <emscripten.h>

#include "platform/browser_glyphs.hpp"

// ---- web/gongkai-font.js ---------------------------------------------------------
extern "C" {
int gongkai_js_browser_has_cjk_font();
void gongkai_js_font_vmetrics(float size_px, float* out);          // ascent, descent
int gongkai_js_glyph(int codepoint, float size_px, int with_bitmap, float* out);  // -> bytes
void gongkai_js_glyph_copy(void* destination);
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

GlyphImage browser_glyph(std::uint32_t codepoint, float size_px, bool with_bitmap) {
    float m[5] = {0, 0, 0, 0, 0};  // advance, x, y, width, height
    const int bytes = gongkai_js_glyph(static_cast<int>(codepoint), size_px, with_bitmap ? 1 : 0, m);
    GlyphImage g;
    g.advance = m[0];
    if (!with_bitmap || bytes <= 0) return g;
    g.x = static_cast<int>(m[1]);
    g.y = static_cast<int>(m[2]);
    g.width = static_cast<int>(m[3]);
    g.height = static_cast<int>(m[4]);
    g.alpha.resize(static_cast<std::size_t>(bytes));
    gongkai_js_glyph_copy(g.alpha.data());
    return g;
}

void request_font_file() { gongkai_js_font_request(); }

}  // namespace gongkai::platform

// browser_font.cpp — an ImFontLoader (Dear ImGui 1.92) fed by the browser's text rendering.
//
// Modelled on ImGui's own stb_truetype loader (imgui_draw.cpp, "backend for stb_truetype"):
// the same steps (metrics, pack a rectangle, copy an alpha bitmap, place the glyph), with
// the rasteriser replaced by platform::browser_glyph(). Sizes: ImGui asks for a glyph at
// baked->Size CSS pixels times the rasteriser density (devicePixelRatio); the browser draws
// it at that many device pixels and the glyph's box is scaled back to CSS pixels.
#include "app/browser_font.hpp"

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"  // ImFontLoader, ImFontAtlasPackAddRect, ImFontAtlasBakedSetFontGlyphBitmap
#include "platform/browser_glyphs.hpp"

namespace gongkai {
namespace {

float raster_density(const ImFontConfig* src, const ImFontBaked* baked) {
    return src->RasterizerDensity * baked->RasterizerDensity;
}

bool contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar codepoint) {
    // The browser falls back through its fonts itself; control characters draw nothing.
    return codepoint >= 0x20 && codepoint != 0x7F;
}

bool baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
    if (src->MergeMode) return true;
    const platform::FontVMetrics m = platform::browser_font_metrics(baked->Size);
    baked->Ascent = std::ceil(m.ascent);
    baked->Descent = -std::ceil(m.descent);  // ImGui's descent is negative (below the baseline)
    return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
    if (!contains_glyph(atlas, src, codepoint)) return false;
    const float density = raster_density(src, baked);
    const bool layout_only = out_advance_x != nullptr;
    const platform::GlyphImage g = platform::browser_glyph(codepoint, baked->Size * density, !layout_only);
    const float advance = g.advance / density;
    if (layout_only) {
        *out_advance_x = advance;
        return true;
    }
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = advance;
    if (g.width <= 0 || g.height <= 0) return true;  // a space: advance only

    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, g.width, g.height);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;  // atlas full (never at our sizes)
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    const float top = IM_ROUND(baked->Ascent);  // ImGui places glyphs from the line's top
    out_glyph->X0 = static_cast<float>(g.x) / density;
    out_glyph->Y0 = static_cast<float>(g.y) / density + top;
    out_glyph->X1 = static_cast<float>(g.x + r->w) / density;
    out_glyph->Y1 = static_cast<float>(g.y + r->h) / density + top;
    out_glyph->Visible = true;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, g.alpha.data(), ImTextureFormat_Alpha8,
                                       g.width);
    return true;
}

const ImFontLoader* browser_loader() {
    static ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "browser (Canvas 2D)";
        l.FontSrcContainsGlyph = contains_glyph;
        l.FontBakedInit = baked_init;
        l.FontBakedLoadGlyph = load_glyph;
        return l;
    }();
    return &loader;
}

}  // namespace

ImFont* add_browser_font(ImFontAtlas* atlas, float size_px) {
    if (!platform::browser_has_cjk_font()) return nullptr;
    ImFontConfig cfg;
    cfg.FontLoader = browser_loader();
    cfg.SizePixels = size_px;
    cfg.FontDataOwnedByAtlas = true;  // there is no font data to copy
    std::snprintf(cfg.Name, sizeof cfg.Name, "system font (drawn by the browser)");
    return atlas->AddFont(&cfg);
}

}  // namespace gongkai

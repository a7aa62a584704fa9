// browser_font.cpp — an ImFontLoader (Dear ImGui 1.92) fed by the browser's text rendering.
//
// Modelled on ImGui's own stb_truetype loader (imgui_draw.cpp, "backend for stb_truetype"):
// the same steps (metrics, pack a rectangle, copy an alpha bitmap, place the glyph), with
// the rasteriser replaced by the browser (platform/browser_glyphs.hpp). Sizes: ImGui asks
// for a glyph at baked->Size CSS pixels times the rasteriser density (devicePixelRatio); the
// browser draws it at that many device pixels and the glyph's box is scaled back to CSS pixels.
//
// Pixels come later than the glyph: ImGui needs a glyph's box and advance at once (to lay out
// and to place vertices) but its pixels only when the texture is uploaded. So a glyph gets its
// box and its place in the atlas when asked for, and draw_pending_glyphs() draws every glyph
// of the frame in one go before the upload. The first frame asks for hundreds of glyphs;
// drawing and reading them back one by one was most of its cost.
#include "backends/browser_font.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // ImFontLoader, ImFontAtlasPackAddRect, ImFontAtlasTextureBlockConvert
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

// A glyph with its place in the atlas, waiting for its pixels.
struct PendingGlyph {
    ImFontAtlasRectId pack_id;
    platform::GlyphToDraw draw;
};
std::vector<PendingGlyph> g_pending;

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
    if (!contains_glyph(atlas, src, codepoint)) return false;
    const float density = raster_density(src, baked);
    const float size_px = baked->Size * density;
    const platform::GlyphBox box = platform::browser_glyph_box(codepoint, size_px);
    const float advance = box.advance / density;
    if (out_advance_x != nullptr) {  // layout only
        *out_advance_x = advance;
        return true;
    }
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = advance;
    if (box.width <= 0 || box.height <= 0) return true;  // a space: advance only

    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, box.width, box.height);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;  // atlas full (never at our sizes)
    const float top = IM_ROUND(baked->Ascent);  // ImGui places glyphs from the line's top
    out_glyph->X0 = static_cast<float>(box.x) / density;
    out_glyph->Y0 = static_cast<float>(box.y) / density + top;
    out_glyph->X1 = static_cast<float>(box.x + box.width) / density;
    out_glyph->Y1 = static_cast<float>(box.y + box.height) / density + top;
    out_glyph->Visible = true;
    out_glyph->PackId = pack_id;
    g_pending.push_back({pack_id, {static_cast<std::uint32_t>(codepoint), size_px, box}});
    return true;
}

// One upload per texture: the union of its updated rectangles. The texture's CPU copy holds
// every pixel, so the parts between them are sent as they already are.
void merge_uploads(ImFontAtlas* atlas) {
    for (ImTextureData* tex : atlas->TexList) {
        if (tex->Status != ImTextureStatus_WantUpdates || tex->Updates.Size < 2) continue;
        int x0 = tex->Width, y0 = tex->Height, x1 = 0, y1 = 0;
        for (const ImTextureRect& r : tex->Updates) {
            x0 = ImMin(x0, static_cast<int>(r.x));
            y0 = ImMin(y0, static_cast<int>(r.y));
            x1 = ImMax(x1, r.x + r.w);
            y1 = ImMax(y1, r.y + r.h);
        }
        tex->Updates.resize(0);
        tex->Updates.push_back(ImTextureRect{static_cast<unsigned short>(x0), static_cast<unsigned short>(y0),
                                             static_cast<unsigned short>(x1 - x0), static_cast<unsigned short>(y1 - y0)});
    }
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

void draw_pending_glyphs(ImFontAtlas* atlas) {
    if (!g_pending.empty()) {
        std::vector<platform::GlyphToDraw> draws;
        draws.reserve(g_pending.size());
        std::size_t bytes = 0;
        for (const PendingGlyph& p : g_pending) {
            draws.push_back(p.draw);
            bytes += static_cast<std::size_t>(p.draw.box.width) * static_cast<std::size_t>(p.draw.box.height);
        }
        std::vector<std::uint8_t> alpha(bytes);
        platform::browser_glyph_pixels(draws, alpha.data());
        ImTextureData* tex = atlas->TexData;
        const std::uint8_t* at = alpha.data();
        for (const PendingGlyph& p : g_pending) {
            const platform::GlyphBox& box = p.draw.box;
            // A glyph's rectangle may have moved (the atlas grew) or gone (its size was dropped).
            if (ImTextureRect* r = ImFontAtlasPackGetRectSafe(atlas, p.pack_id)) {
                ImFontAtlasTextureBlockConvert(at, ImTextureFormat_Alpha8, box.width,
                                               static_cast<unsigned char*>(tex->GetPixelsAt(r->x, r->y)),
                                               tex->Format, tex->GetPitch(), ImMin<int>(r->w, box.width),
                                               ImMin<int>(r->h, box.height));
                ImFontAtlasTextureBlockQueueUpload(atlas, tex, r->x, r->y, r->w, r->h);
            }
            at += static_cast<std::size_t>(box.width) * static_cast<std::size_t>(box.height);
        }
        g_pending.clear();
    }
    merge_uploads(atlas);
}

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

// browser_font.hpp — an ImGui 1.92 font whose glyphs the browser draws (Canvas 2D with the
// system's Chinese fonts, see src/platform/browser_glyphs.hpp), so no font file is downloaded.
//
// Features:
//   [X] Any character the browser's fonts have, rasterised on first use at the size and pixel
//       density it is drawn at (ImGui 1.92's dynamic atlas: ImFontLoader).
//   [X] Every glyph placed in a frame is drawn in one call, one texture update per frame.
// Limits:
//   [ ] No kerning: each glyph's advance is the browser's measure of that character alone.
//   [ ] Needs a browser with a Chinese system font; without one add_browser_font says so
//       (nullptr) and the app falls back to the bundled font file.
#pragma once

struct ImFont;
struct ImFontAtlas;

namespace gongkai {

// Adds the font to `atlas` (ImGui's dynamic atlas asks for each glyph on first use, at the
// size and pixel density it is drawn at). Returns nullptr when the browser has no Chinese
// font: the caller then uses the font file.
ImFont* add_browser_font(ImFontAtlas* atlas, float size_px);

// Fills in the pixels of the glyphs placed since the last call, all drawn at once, and makes
// the atlas' texture uploads one rectangle per texture. Call once per frame after
// ImGui::Render() and before the renderer uploads textures: until then, the glyphs ImGui
// asked for have their place and metrics (layout needs no more) but blank pixels.
void draw_pending_glyphs(ImFontAtlas* atlas);

}  // namespace gongkai

// browser_font.hpp — an ImGui 1.92 font whose glyphs the browser draws (Canvas 2D with the
// system's Chinese fonts, see src/platform/browser_glyphs.hpp), so no font file is downloaded.
#pragma once

struct ImFont;
struct ImFontAtlas;

namespace gongkai {

// Adds the font to `atlas` (ImGui's dynamic atlas asks for each glyph on first use, at the
// size and pixel density it is drawn at). Returns nullptr when the browser has no Chinese
// font: the caller then uses the font file.
ImFont* add_browser_font(ImFontAtlas* atlas, float size_px);

}  // namespace gongkai

// gongkai-font.js — glyphs drawn by the browser for the ImGui font atlas (linked with
// --js-library; used by src/platform/web/browser_glyphs_web.cpp).
//
// Canvas 2D fillText draws each character with the system's fonts (the browser's own font
// fallback included); the alpha channel of the pixels is the glyph's coverage. The font file
// is fetched only when the browser has no Chinese font (Module.gongkaiRequestFont, in
// web/gongkai-api.js).
mergeInto(LibraryManager.library, {
  $GongkaiGlyphs: {
    // Common Chinese UI fonts of Linux, Android, macOS/iOS and Windows, then the default.
    families: '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", ' +
              '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif',
    ctx: null,
    pixels: null,   // the last glyph's coverage, until copied into the wasm
    context: function () {
      if (!GongkaiGlyphs.ctx) {
        var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64)
                                                            : document.createElement('canvas');
        // CPU-backed: every glyph is read back with getImageData.
        GongkaiGlyphs.ctx = canvas.getContext('2d', { willReadFrequently: true });
      }
      return GongkaiGlyphs.ctx;
    },
    // ImGui sizes a font by its line height (ascent + descent, like stb_truetype's
    // ScaleForPixelHeight), CSS by its em: draw at the em size whose line is `px` tall, so
    // the layout matches the font-file path.
    emScale: 0,
    setFont: function (ctx, px) {
      if (!GongkaiGlyphs.emScale) {
        ctx.font = '100px ' + GongkaiGlyphs.families;
        var m = ctx.measureText('\u4e2dAg');
        var line = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
        GongkaiGlyphs.emScale = line > 0 ? 100 / line : 1;
      }
      ctx.font = (px * GongkaiGlyphs.emScale) + 'px ' + GongkaiGlyphs.families;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillStyle = '#fff';
    },
    // Coverage of `text` drawn at `px`: {advance, x, y, w, h, alpha}; w = h = 0 when nothing shows.
    draw: function (text, px, withBitmap) {
      var ctx = GongkaiGlyphs.context();
      GongkaiGlyphs.setFont(ctx, px);
      var m = ctx.measureText(text);
      var out = { advance: m.width, x: 0, y: 0, w: 0, h: 0, alpha: null };
      if (!withBitmap) return out;
      var left = m.actualBoundingBoxLeft, right = m.actualBoundingBoxRight;
      var up = m.actualBoundingBoxAscent, down = m.actualBoundingBoxDescent;
      if (!(right + left > 0 && up + down > 0)) return out;
      // One pixel of margin for antialiasing.
      var x0 = Math.floor(-left) - 1, x1 = Math.ceil(right) + 1;
      var y0 = Math.floor(-up) - 1, y1 = Math.ceil(down) + 1;
      var w = x1 - x0, h = y1 - y0;
      var canvas = ctx.canvas;
      if (canvas.width < w || canvas.height < h) {
        canvas.width = Math.max(canvas.width, w);
        canvas.height = Math.max(canvas.height, h);
        GongkaiGlyphs.setFont(ctx, px);  // resizing resets the context's state
      }
      ctx.clearRect(0, 0, w, h);
      ctx.fillText(text, -x0, -y0);
      var rgba = ctx.getImageData(0, 0, w, h).data;
      var alpha = new Uint8Array(w * h);
      var any = 0;
      for (var i = 0; i < alpha.length; i++) { alpha[i] = rgba[i * 4 + 3]; any |= alpha[i]; }
      if (!any) return out;
      out.x = x0; out.y = y0; out.w = w; out.h = h; out.alpha = alpha;
      return out;
    },
    // A missing font draws every CJK character as the same box (or nothing): compare two.
    hasCjk: function () {
      try {
        var a = GongkaiGlyphs.draw('\u4e2d', 32, true), b = GongkaiGlyphs.draw('\u6587', 32, true);
        if (!a.alpha || !b.alpha) return false;
        if (a.w !== b.w || a.h !== b.h) return true;
        for (var i = 0; i < a.alpha.length; i++) if (a.alpha[i] !== b.alpha[i]) return true;
        return false;
      } catch (e) {
        console.warn('gongkai: the browser cannot draw text into a canvas (' + e.message + ')');
        return false;
      }
    },
  },

  gongkai_js_browser_has_cjk_font__deps: ['$GongkaiGlyphs'],
  gongkai_js_browser_has_cjk_font: function () {
    // ?font=file forces the font file, as in a browser without Chinese fonts (tests, benchmarks).
    if (new URLSearchParams(location.search).get('font') === 'file') return 0;
    return GongkaiGlyphs.hasCjk() ? 1 : 0;
  },

  gongkai_js_font_vmetrics__deps: ['$GongkaiGlyphs'],
  gongkai_js_font_vmetrics: function (px, out) {
    var ctx = GongkaiGlyphs.context();
    GongkaiGlyphs.setFont(ctx, px);
    var m = ctx.measureText('\u4e2dAg');
    var ascent = m.fontBoundingBoxAscent, descent = m.fontBoundingBoxDescent;
    if (!(ascent > 0)) { ascent = px * 0.88; descent = px * 0.24; }  // browsers without font metrics
    HEAPF32[out >> 2] = ascent;
    HEAPF32[(out >> 2) + 1] = descent;
  },

  gongkai_js_glyph__deps: ['$GongkaiGlyphs'],
  gongkai_js_glyph: function (codepoint, px, withBitmap, out) {
    var g = GongkaiGlyphs.draw(String.fromCodePoint(codepoint), px, !!withBitmap);
    var o = out >> 2;
    HEAPF32[o] = g.advance;
    HEAPF32[o + 1] = g.x;
    HEAPF32[o + 2] = g.y;
    HEAPF32[o + 3] = g.w;
    HEAPF32[o + 4] = g.h;
    GongkaiGlyphs.pixels = g.alpha;
    return g.alpha ? g.alpha.length : 0;
  },

  gongkai_js_glyph_copy__deps: ['$GongkaiGlyphs'],
  gongkai_js_glyph_copy: function (destination) {
    HEAPU8.set(GongkaiGlyphs.pixels, destination);
    GongkaiGlyphs.pixels = null;
  },

  gongkai_js_font_request: function () {
    if (Module.gongkaiRequestFont) Module.gongkaiRequestFont();
  },
});

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
    fontPx: 0,   // the size the context is set to (setting ctx.font parses the whole font list)
    setFont: function (ctx, px) {
      if (px === GongkaiGlyphs.fontPx) return;
      if (!GongkaiGlyphs.emScale) {
        ctx.font = '100px ' + GongkaiGlyphs.families;
        var m = ctx.measureText('\u4e2dAg');
        var line = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
        GongkaiGlyphs.emScale = line > 0 ? 100 / line : 1;
      }
      GongkaiGlyphs.fontPx = px;
      ctx.font = (px * GongkaiGlyphs.emScale) + 'px ' + GongkaiGlyphs.families;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillStyle = '#fff';
    },
    // Where `text` drawn at `px` goes: {advance, x, y, w, h} from the pen position on the
    // baseline, one pixel of margin for antialiasing; w = h = 0 when nothing shows.
    box: function (text, px) {
      var ctx = GongkaiGlyphs.context();
      GongkaiGlyphs.setFont(ctx, px);
      var m = ctx.measureText(text);
      var out = { advance: m.width, x: 0, y: 0, w: 0, h: 0 };
      var left = m.actualBoundingBoxLeft, right = m.actualBoundingBoxRight;
      var up = m.actualBoundingBoxAscent, down = m.actualBoundingBoxDescent;
      if (!(right + left > 0 && up + down > 0)) return out;
      out.x = Math.floor(-left) - 1;
      out.y = Math.floor(-up) - 1;
      out.w = Math.ceil(right) + 1 - out.x;
      out.h = Math.ceil(down) + 1 - out.y;
      return out;
    },
    // Draws glyphs ({text, px, x, y, w, h}, boxes from box()) side by side in rows on one
    // canvas, reads it back once, and hands each glyph's coverage (w * h bytes, row by row) to
    // `take(index, alpha, offset, stride)`: the alpha byte of pixel (i, j) is
    // alpha[offset + (j * stride + i) * 4].
    drawMany: function (glyphs, take) {
      var ctx = GongkaiGlyphs.context();
      var MAX_WIDTH = 2048, GAP = 1;
      var start = 0;
      while (start < glyphs.length) {
        // Lay out as many as fit in a 2048 x 2048 canvas.
        var x = 0, y = 0, rowH = 0, width = 0, end = start, at = [];
        for (; end < glyphs.length; end++) {
          var g = glyphs[end];
          if (x > 0 && x + g.w > MAX_WIDTH) { x = 0; y += rowH + GAP; rowH = 0; }
          if (y + g.h > MAX_WIDTH && end > start) break;
          at.push(x, y);
          x += g.w + GAP;
          rowH = Math.max(rowH, g.h);
          width = Math.max(width, x);
        }
        var height = y + rowH;
        var canvas = ctx.canvas;
        if (canvas.width < width || canvas.height < height) {
          canvas.width = Math.max(canvas.width, width);
          canvas.height = Math.max(canvas.height, height);
          GongkaiGlyphs.fontPx = 0;   // resizing resets the context's state
        }
        ctx.clearRect(0, 0, width, height);
        for (var i = start; i < end; i++) {
          var d = glyphs[i];
          GongkaiGlyphs.setFont(ctx, d.px);
          ctx.fillText(d.text, at[2 * (i - start)] - d.x, at[2 * (i - start) + 1] - d.y);
        }
        var rgba = width > 0 && height > 0 ? ctx.getImageData(0, 0, width, height).data : null;
        for (var k = start; k < end; k++) {
          take(k, rgba, (at[2 * (k - start) + 1] * width + at[2 * (k - start)]) * 4 + 3, width);
        }
        start = end;
      }
    },
    // A missing font draws every CJK character as the same box (or nothing): compare two.
    hasCjk: function () {
      try {
        var glyphs = ['\u4e2d', '\u6587'].map(function (t) {
          var b = GongkaiGlyphs.box(t, 32);
          b.text = t; b.px = 32;
          return b;
        });
        var seen = [];
        GongkaiGlyphs.drawMany(glyphs, function (k, rgba, offset, stride) {
          var g = glyphs[k], a = [];
          for (var j = 0; j < g.h; j++) for (var i = 0; i < g.w; i++) a.push(rgba[offset + (j * stride + i) * 4]);
          seen.push(a);
        });
        var a = seen[0], b = seen[1];
        if (!a.some(Boolean) || !b.some(Boolean)) return false;
        if (a.length !== b.length) return true;
        for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
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

  gongkai_js_glyph_box__deps: ['$GongkaiGlyphs'],
  gongkai_js_glyph_box: function (codepoint, px, out) {
    var b = GongkaiGlyphs.box(String.fromCodePoint(codepoint), px);
    var o = out >> 2;
    HEAPF32[o] = b.advance;
    HEAPF32[o + 1] = b.x;
    HEAPF32[o + 2] = b.y;
    HEAPF32[o + 3] = b.w;
    HEAPF32[o + 4] = b.h;
  },

  // records: count x {codepoint, size (float bits), x, y, w, h} as int32 (browser_glyphs_web.cpp).
  gongkai_js_glyph_pixels__deps: ['$GongkaiGlyphs'],
  gongkai_js_glyph_pixels: function (count, records, out) {
    var glyphs = [], r = records >> 2;
    for (var i = 0; i < count; i++, r += 6) {
      glyphs.push({ text: String.fromCodePoint(HEAP32[r]), px: HEAPF32[r + 1],
                    x: HEAP32[r + 2], y: HEAP32[r + 3], w: HEAP32[r + 4], h: HEAP32[r + 5] });
    }
    var offsets = [], at = out;
    for (var k = 0; k < count; k++) { offsets.push(at); at += glyphs[k].w * glyphs[k].h; }
    GongkaiGlyphs.drawMany(glyphs, function (k, rgba, offset, stride) {
      var g = glyphs[k], o = offsets[k];
      for (var j = 0; j < g.h; j++) {
        var row = offset + j * stride * 4;
        for (var i = 0; i < g.w; i++) HEAPU8[o++] = rgba[row + i * 4];
      }
    });
  },

  gongkai_js_font_request: function () {
    if (Module.gongkaiRequestFont) Module.gongkaiRequestFont();
  },
});

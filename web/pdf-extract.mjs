// pdf-extract.mjs — a PDF's text, rebuilt into lines and table rows, for the report importer.
//
// One extraction for the page and the command line (docs/import-pdf.md): the page loads this
// module (with pdf.js) when the first PDF arrives; `gongkai import report.pdf` runs it under Node
// through scripts/pdf-text.mjs. Both hand the same JSON to the core (src/core/import_pdf.cpp):
//   {"gongkai_pdf": 1, "pages": N, "text": "...", "page_images": [...], "page_items": [...]}
// or, when the file cannot be read, {"gongkai_pdf": 1, "error": "<code>", "args": {...}} where
// <code> names a message of src/core/message_catalog.cpp (import.pdf.<code>).
//
// The text: one line per visual line, cells of a table row separated by three spaces (what the
// importer reads from text copied out of a page), pages separated by a form feed, so that a
// quote's page and line follow from its offset alone.
//
// No imports: the caller hands pdf.js in (the page has no module URLs to give in its single-file
// form). Sets globalThis.gongkaiPdfExtract as well as exporting it.

// Past these the file is refused with a clear message rather than a tab that stops answering.
export const PDF_LIMITS = Object.freeze({
  maxBytes: 64 * 1024 * 1024,   // a report is a few MB at most, scanned ones included
  maxPages: 500,                // the longest yearly reports run to a few dozen pages
  maxItems: 400000,             // text pieces over the whole file
  maxInflated: 256 * 1024 * 1024,   // all Flate streams decompressed: past this it is a "PDF bomb"
});

const CELL_GAP = '   ';

/** Turns pdf.js' error into one of our codes. */
function errorCode(e) {
  const name = e && e.name;
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException') return 'invalid';
  return 'unreadable';
}

const isDigitCell = (s) => /^[-+]?[0-9０-９][0-9０-９,，.]*%?$/.test(s.trim());

/** Groups a page's text pieces into lines (top to bottom) of cells (left to right). */
function rebuildLines(items) {
  const pieces = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const [a, b, , d, e, f] = it.transform;
    if (Math.abs(b) > Math.abs(a) * 0.2) continue;   // rotated text (stamps, watermarks): not a line
    const h = Math.max(1, Math.abs(it.height || d || 1));
    pieces.push({ x: e, y: f, w: Math.max(0, it.width || 0), h, s: it.str });
  }
  // Top to bottom (PDF y grows upwards), then left to right.
  pieces.sort((p, q) => (q.y - p.y) || (p.x - q.x));
  const lines = [];
  for (const p of pieces) {
    const line = lines.length ? lines[lines.length - 1] : null;
    // Same line when the baselines are within half a glyph height of each other.
    if (line && Math.abs(line.y - p.y) <= 0.5 * Math.min(line.h, p.h)) {
      line.pieces.push(p);
      line.h = Math.max(line.h, p.h);
    } else {
      lines.push({ y: p.y, h: p.h, pieces: [p] });
    }
  }
  for (const line of lines) {
    line.pieces.sort((p, q) => p.x - q.x);
    const cells = [];
    let cell = null;
    let end = -Infinity;
    for (const p of line.pieces) {
      const gap = p.x - end;
      if (cell && gap < 0.9 * line.h) {
        // Latin words keep their space; Chinese text has none between characters.
        const space = gap > 0.2 * line.h && /[A-Za-z0-9]$/.test(cell.s) && /^[A-Za-z0-9]/.test(p.s) ? ' ' : '';
        cell.s += space + p.s;
      } else {
        cell = { x: p.x, xEnd: p.x + p.w, s: p.s };
        cells.push(cell);
      }
      end = Math.max(end, p.x + p.w);
      cell.xEnd = Math.max(cell.xEnd, end);
    }
    for (const c of cells) c.s = c.s.replace(/\s+/g, ' ').trim();
    line.cells = cells.filter((c) => c.s !== '');
    line.x = line.cells.length ? line.cells[0].x : 0;
  }
  return tableRows(lines.filter((l) => l.cells.length));
}

/**
 * Table rows whose labels wrap. A cell's text wraps onto lines of its own, above and below the
 * line its row's numbers sit on (cells are centred vertically, or the numbers wrap too). The lines
 * of one cell are chained into a block (their horizontal extents overlap, one line height apart),
 * and a block in the label columns joins the row with numbers whose baseline it spans, so that
 * the row label the importer anchors on is whole: "（二）部分公开（区分处理的，只计这一情形，不计
 * 其他情形）   6   1   0 ...". Headers and prose span no row and stay lines of their own.
 */
function tableRows(lines) {
  const cells = [];
  lines.forEach((line, li) => {
    let k = line.cells.length;
    while (k > 0 && isDigitCell(line.cells[k - 1].s)) k--;
    line.numeric = k < line.cells.length && line.cells.length >= 2;
    line.numberX = line.numeric ? line.cells[k].x : Infinity;
    line.cells.forEach((c, ci) => {
      c.line = li; c.y = line.y; c.h = line.h; c.isNumber = line.numeric && ci >= k;
      cells.push(c);
    });
  });
  // Blocks: chains of non-number cells, top to bottom, overlapping horizontally.
  const blocks = [];
  const open = [];
  for (const line of lines) {
    for (const c of line.cells) {
      if (c.isNumber) continue;
      let into = null;
      for (const b of open) {
        const last = b.cells[b.cells.length - 1];
        if (last.y - c.y > 0 && last.y - c.y <= 1.45 * c.h && Math.abs(last.h - c.h) <= 0.15 * c.h &&
            c.x < last.xEnd && last.x < c.xEnd) { into = b; break; }
      }
      if (!into) { into = { cells: [] }; blocks.push(into); open.push(into); }
      into.cells.push(c);
    }
    // Blocks whose last line is far above this line can take no more.
    for (let i = open.length - 1; i >= 0; i--) {
      const last = open[i].cells[open[i].cells.length - 1];
      if (last.y - line.y > 1.45 * last.h) open.splice(i, 1);
    }
  }
  const rows = lines.filter((l) => l.numeric);
  const used = new Set();
  const labelsOf = new Map();
  for (const b of blocks) {
    if (b.cells.length < 2) continue;   // a one-line cell is on its row's line already
    const top = b.cells[0].y;
    const bottom = b.cells[b.cells.length - 1].y;
    const xEnd = Math.max(...b.cells.map((c) => c.xEnd));
    let best = null;
    for (const r of rows) {
      if (xEnd > r.numberX + 1 || r.y > top + 0.6 * r.h || r.y < bottom - 0.6 * r.h) continue;
      if (!best || Math.abs(r.y - (top + bottom) / 2) < Math.abs(best.y - (top + bottom) / 2)) best = r;
    }
    if (!best) continue;
    for (const c of b.cells) used.add(c);
    if (!labelsOf.has(best)) labelsOf.set(best, []);
    labelsOf.get(best).push({ x: b.cells[0].x, s: b.cells.map((c) => c.s).join('') });
  }
  // Header rows: the cells of one row (wrapped or not) overlap vertically; such a band of two or
  // more cells becomes one line ("信息内容   本年制发件数   本年废止件数   现行有效件数"), the column
  // labels the importer recognises a table by.
  const tableish = (b) => b.cells.length >= 2 || lines[b.cells[0].line].cells.length >= 2;
  const free = blocks.filter((b) => !b.cells.some((c) => used.has(c)) && tableish(b))
    .map((b) => ({ b, top: b.cells[0].y, bottom: b.cells[b.cells.length - 1].y, h: b.cells[0].h }))
    .sort((p, q) => q.top - p.top);
  const bandAt = new Map();   // first line of a band -> its cells
  for (let i = 0; i < free.length;) {
    const band = [free[i]];
    let bottom = free[i].bottom;
    let j = i + 1;
    while (j < free.length && free[j].top >= bottom - 0.3 * free[j].h) {
      band.push(free[j]);
      bottom = Math.min(bottom, free[j].bottom);
      j++;
    }
    i = j;
    if (band.length < 2 || !band.some((x) => x.b.cells.length >= 2)) continue;
    const first = Math.min(...band.flatMap((x) => x.b.cells.map((c) => c.line)));
    // A line of the band that also holds cells outside it (numbers, prose) keeps it as it is.
    const inBand = new Set(band.flatMap((x) => x.b.cells));
    const bandLines = new Set([...inBand].map((c) => c.line));
    if ([...bandLines].some((li) => lines[li].cells.some((c) => !inBand.has(c)))) continue;
    for (const c of inBand) used.add(c);
    bandAt.set(first, band.sort((p, q) => p.b.cells[0].x - q.b.cells[0].x).map((x) => x.b.cells.map((c) => c.s).join('')));
  }
  const out = [];
  for (const [li, line] of lines.entries()) {
    if (bandAt.has(li)) out.push({ cells: bandAt.get(li).map((s) => ({ s })), labels: bandAt.get(li).length });
    let texts;
    if (labelsOf.has(line)) {
      const own = line.cells.filter((c) => !used.has(c) && !c.isNumber).map((c) => ({ x: c.x, s: c.s }));
      const labels = [...own, ...labelsOf.get(line)].sort((p, q) => p.x - q.x).map((c) => c.s);
      texts = [...labels, ...line.cells.filter((c) => c.isNumber).map((c) => c.s)];
    } else {
      texts = line.cells.filter((c) => !used.has(c)).map((c) => c.s);
    }
    if (texts.length) {
      const numbers = line.cells.filter((c) => c.isNumber).length;
      const xEnd = line.cells[line.cells.length - 1].xEnd;
      out.push({ cells: texts.map((s) => ({ s })), labels: line.numeric ? texts.length - numbers : texts.length, xEnd, h: line.h });
    }
  }
  return joinParagraphs(out);
}

/**
 * A paragraph's lines: a line of prose that runs to the right edge of the text continues on the
 * next line ("全年共收到政府信息公" / "开申请58件"). Joined, so that the importer reads the sentence
 * whole; the position of its figures is then the paragraph's first line.
 */
function joinParagraphs(lines) {
  const right = Math.max(...lines.map((l) => (l.cells.length === 1 ? l.xEnd : -Infinity)));
  const out = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : null;
    if (prev && prev.cells.length === 1 && line.cells.length === 1 && prev.labels === 1 && line.labels === 1 &&
        prev.xEnd >= right - 1.5 * prev.h && Math.abs(prev.h - line.h) <= 0.15 * prev.h &&
        !/[。：:；;！!？?]$/.test(prev.cells[0].s)) {
      prev.cells[0].s += line.cells[0].s;
      prev.xEnd = line.xEnd;
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * A row label broken by the page end: the previous page ends with a row of numbers and this page
 * starts with a short piece of text alone on its line ("开" of "（一）予以公开"). The piece ends that
 * row's last label cell; the page break stays where it was.
 */
function joinRowAcrossPages(previous, lines) {
  if (!previous || !previous.length || !lines.length) return;
  const last = previous[previous.length - 1];
  const first = lines[0];
  if (last.labels === undefined || last.labels === 0 || last.labels === last.cells.length) return;
  if (first.cells.length !== 1 || first.labels !== 1) return;
  const piece = first.cells[0].s;
  if ([...piece].length > 6 || /[。：:；;，,0-9０-９]/.test(piece) || /^[（(一二三四五六七八九十]/.test(piece)) return;
  last.cells[last.labels - 1].s += piece;
  lines.shift();
}

/**
 * How many bytes the file's Flate streams decompress to, counted in chunks and given up past `cap`
 * (then returns a number above it): pdf.js inflates a stream whole, in one go, so a small file
 * that inflates to gigabytes must be turned away before pdf.js sees it.
 */
async function inflatedSize(bytes, cap) {
  if (typeof DecompressionStream === 'undefined') return 0;
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  const streamWord = /stream\r?\n/g;
  for (let m; (m = streamWord.exec(text));) {
    if (m.index > 0 && text[m.index - 1] === 'd') continue;   // "endstream"
    const dictStart = text.lastIndexOf('<<', m.index);
    if (dictStart < 0 || !text.slice(dictStart, m.index).includes('/FlateDecode')) continue;
    const start = m.index + m[0].length;
    const endWord = text.indexOf('endstream', start);
    if (endWord < 0) break;
    streamWord.lastIndex = endWord + 9;
    // The end of line before "endstream" is not part of the data (a browser's inflate refuses it).
    let end = endWord;
    while (end > start && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
    const reader = new Blob([bytes.subarray(start, end)]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > cap) {
          reader.cancel().catch(() => {});
          return total;
        }
      }
    } catch {
      // A damaged stream: pdf.js decides what to make of it.
    }
  }
  return total;
}

/**
 * Reads `bytes` (a Uint8Array holding a PDF) with `pdfjsLib`. `loadCMap(fileName)` resolves to the
 * bytes of a packed CMap (e.g. "UniGB-UCS2-H.bcmap"). Resolves to the JSON object described above.
 */
export async function extractPdf(pdfjsLib, bytes, { loadCMap, limits = PDF_LIMITS, onPage } = {}) {
  if (bytes.length > limits.maxBytes) {
    return { gongkai_pdf: 1, error: 'too_large', args: { size_mb: Math.ceil(bytes.length / 1048576), limit_mb: limits.maxBytes / 1048576 } };
  }
  if (await inflatedSize(bytes, limits.maxInflated) > limits.maxInflated) {
    return { gongkai_pdf: 1, error: 'bomb', args: { limit_mb: limits.maxInflated / 1048576 } };
  }
  class EmbeddedBinaryData {
    async fetch({ kind, filename }) {
      if (kind !== 'cMapUrl' || !loadCMap) throw new Error(`no ${kind} data here`);
      return loadCMap(filename);
    }
  }
  let doc = null;
  const task = pdfjsLib.getDocument({
    data: bytes,
    isEvalSupported: false,        // the page's CSP has no 'unsafe-eval'
    useWorkerFetch: false,
    BinaryDataFactory: EmbeddedBinaryData,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    disableFontFace: true,         // text only: no fonts installed, nothing drawn
    useSystemFonts: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    doc = await task.promise;
    if (doc.numPages > limits.maxPages) {
      return { gongkai_pdf: 1, error: 'too_many_pages', args: { pages: doc.numPages, limit: limits.maxPages } };
    }
    const pageLines = [];
    const pageImages = [];
    const pageItems = [];
    let total = 0;
    const imageOps = new Set([pdfjsLib.OPS.paintImageXObject, pdfjsLib.OPS.paintInlineImageXObject,
      pdfjsLib.OPS.paintImageMaskXObject, pdfjsLib.OPS.paintImageXObjectRepeat].filter((x) => x !== undefined));
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      total += content.items.length;
      if (total > limits.maxItems) {
        return { gongkai_pdf: 1, error: 'too_much_text', args: { page: n, limit: limits.maxItems } };
      }
      const lines = rebuildLines(content.items);
      joinRowAcrossPages(pageLines.length ? pageLines[pageLines.length - 1] : null, lines);
      pageLines.push(lines);
      pageItems.push(lines.length);
      // Pictures on the page: a table printed as an image shows up here and nowhere in the text.
      const ops = await page.getOperatorList();
      let images = 0;
      for (const fn of ops.fnArray) if (imageOps.has(fn)) images++;
      pageImages.push(images);
      page.cleanup();
      if (onPage) onPage(n, doc.numPages);
    }
    const texts = pageLines.map((lines) => lines.map((l) => l.cells.map((c) => c.s).join(CELL_GAP)).join('\n'));
    return { gongkai_pdf: 1, pages: doc.numPages, text: texts.join('\n\f\n'), page_images: pageImages, page_lines: pageItems };
  } catch (e) {
    return { gongkai_pdf: 1, error: errorCode(e), args: { what: String((e && e.message) || e).slice(0, 200) } };
  } finally {
    await task.destroy().catch(() => {});
  }
}

globalThis.gongkaiPdfExtract = extractPdf;

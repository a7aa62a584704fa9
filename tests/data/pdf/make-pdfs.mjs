#!/usr/bin/env node
// make-pdfs.mjs — writes the fictional PDF reports of this folder (README.md). Every body, name
// and number is made up (青禾县 is fictional). Run from the repository root:
//   node tests/data/pdf/make-pdfs.mjs
// 1. qinghe-2020.pdf, qinghe-2021.pdf: the template-era texts of tests/data/template-era/ as an
//    HTML page (tables where the text has tabs), printed by headless Chromium (page.pdf()).
// 2. qinghe-2022-image-tables.pdf: a 2021-template page whose three tables are pictures (a
//    screenshot of the tables put in as <img>), printed the same way.
// 3. qinghe-2022-cmap.pdf: written by hand below; its Chinese font is STSong-Light with the
//    UniGB-UCS2-H CMap and no ToUnicode, as 公文 typesetting often leaves it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const eraDir = path.join(here, '../template-era');
const CHROMIUM = process.env.GONGKAI_CHROMIUM ?? '/usr/bin/chromium';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const STYLE = `<style>
  body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; margin: 0 }
  h1 { font-size: 15pt; text-align: center }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0 }
  td { border: 0.5pt solid #333; padding: 2pt 3pt; font-size: 9pt }
  td.n { text-align: center; width: 8% }
</style>`;

/** The report text as a page: tab-separated lines become table rows, the rest paragraphs. */
function toHtml(text, { tablesAs } = {}) {
  const lines = text.replace(/\r/g, '').split('\n');
  const body = [];
  let table = [];
  const flush = () => {
    if (!table.length) return;
    const rows = table.map((l) => `<tr>${l.split('\t').map((c) => `<td${/^[0-9.,]+$/.test(c) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`);
    body.push(tablesAs ? tablesAs(rows) : `<table>${rows.join('')}</table>`);
    table = [];
  };
  lines.forEach((l, i) => {
    if (l.includes('\t')) { table.push(l); return; }
    flush();
    if (l.trim()) body.push(i === 0 ? `<h1>${esc(l)}</h1>` : `<p>${esc(l)}</p>`);
  });
  flush();
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">${STYLE}</head><body>${body.join('\n')}</body></html>`;
}

async function printPdf(browser, html, out) {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: out, format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
  await page.close();
  console.log(`wrote ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}

/** An HTML table drawn to a PNG, as a data: URL (the "table that is only a picture"). */
async function tableImage(browser, rows) {
  const page = await browser.newPage({ viewport: { width: 700, height: 200 } });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body><table id="t">${rows.join('')}</table></body></html>`);
  const png = await page.locator('#t').screenshot({ type: 'png' });
  await page.close();
  return `data:image/png;base64,${png.toString('base64')}`;
}

// ---- 3. a PDF by hand: STSong-Light, UniGB-UCS2-H, no ToUnicode --------------------------
function cmapPdf(lines) {
  const ucs2 = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  let y = 780;
  const content = ['BT', '/F1 12 Tf', '14 TL'];
  content.push(`72 ${y} Td`);
  for (const l of lines) content.push(`<${ucs2(l)}> Tj T*`);
  content.push('ET');
  const stream = content.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((o, i) => { offsets.push(Buffer.byteLength(pdf, 'latin1')); pdf += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-first-run', '--disable-background-networking'] });
try {
  for (const name of ['qinghe-2020', 'qinghe-2021']) {
    await printPdf(browser, toHtml(fs.readFileSync(path.join(eraDir, `${name}.txt`), 'utf8')), path.join(here, `${name}.pdf`));
  }
  const text2022 = fs.readFileSync(path.join(here, 'qinghe-2022-image-tables.txt'), 'utf8');
  const images = [];
  toHtml(text2022, { tablesAs: (rows) => { images.push(rows); return ''; } });
  const urls = [];
  for (const rows of images) urls.push(await tableImage(browser, rows));
  let k = 0;
  await printPdf(browser, toHtml(text2022, { tablesAs: () => `<p><img src="${urls[k++]}" style="width:100%"></p>` }),
    path.join(here, 'qinghe-2022-image-tables.pdf'));
  const cmapText = fs.readFileSync(path.join(here, 'qinghe-2022-cmap.txt'), 'utf8').trim().split('\n');
  fs.writeFileSync(path.join(here, 'qinghe-2022-cmap.pdf'), cmapPdf(cmapText));
  console.log('wrote tests/data/pdf/qinghe-2022-cmap.pdf');
} finally {
  await browser.close();
}

// pdf.test.mjs — PDF reports in the page: pdf.js loads only when the first PDF arrives, reads it under
// the page's CSP (no 'unsafe-eval'), and the import review shows its figures and table cells with
// their page and line; a PDF whose tables are pictures says so; a broken PDF is a clear error and
// nothing loaded is lost; the single file reads a PDF from file:// with the network blocked.
//
// The PDFs are fictional (tests/data/pdf/README.md). Driven through the real file input; window.gongkai
// only reads state.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import {
  DIST, ROOT, clickItem, openApp, useServerAndBrowser, waitForState,
} from './harness.mjs';

const PDF_DIR = path.join(ROOT, 'tests/data/pdf');
const review = (s) => s.view.review;
// Records CSP violations (pdf.js must need neither eval nor anything the policy forbids).
const COLLECT_VIOLATIONS = () => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
};

/** A PDF with `pages` empty pages (correct cross-reference table): the 10,000-page case. */
function manyPagesPdf(pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] /Count ${pages} >>`];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => { const at = pdf.length; pdf += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
/** A 300 KB PDF whose content stream inflates to 300 MB: the "PDF bomb". */
function bombPdf() {
  const raw = zlib.deflateSync(Buffer.alloc(300 * 1024 * 1024, 0x20), { level: 9 });
  const head = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n' +
    'endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n' +
    `4 0 obj\n<< /Length ${raw.length} /Filter /FlateDecode >>\nstream\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), raw, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
}

async function pickFile(page, file) {
  await clickItem(page, 'menu.file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
  await chooser.setFiles(file);
}

async function waitForReview(page, name) {
  return waitForState(page, (s) => review(s)?.open && review(s).file === name && (review(s).figures > 0 ||
    review(s).diagnostics.some((d) => d.severity === 'error')), { frames: 3000, what: `the review of ${name}` });
}

describe('PDF reports in the page', () => {
  const web = useServerAndBrowser();

  test('pdf.js loads on the first PDF only; figures and cells with page and line; pictures said', async () => {
    const requested = [];
    const { page, consoleErrors } = await openApp(web.browser, web.server.url, {
      beforeOpen: async (context, p) => {
        await context.addInitScript(COLLECT_VIOLATIONS);
        p.on('request', (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    assert.ok(!requested.some((u) => u.includes('/pdf/')), `nothing of pdf.js in the first view: ${requested.join(' ')}`);

    await pickFile(page, path.join(PDF_DIR, 'qinghe-2021.pdf'));
    let state = await waitForReview(page, 'qinghe-2021.pdf');
    let rv = review(state);
    assert.equal(rv.encoding, 'PDF');
    assert.ok(requested.some((u) => /\/pdf\/pdf\.min\.[0-9a-f]{10}\.mjs$/.test(u)), 'pdf.js was loaded now');
    assert.equal(rv.meta.year, 2021);
    assert.ok(rv.diagnostics.some((d) => d.code === 'import.pdf.read' && /按PDF读取：共3页/.test(d.text)), JSON.stringify(rv.diagnostics));
    // The prose figure 2,104 (主动公开) and its place in the PDF.
    const published = rv.items.findIndex((f) => f.value === 2104);
    assert.ok(published >= 0, JSON.stringify(rv.items.map((f) => f.value)));
    const expected = JSON.parse(fs.readFileSync(path.join(PDF_DIR, 'qinghe-2021.expected.json'), 'utf8'));
    assert.deepEqual(rv.items.map((f) => [f.category, f.value, f.unit]), expected.figures.map((f) => [f.category, f.value, f.unit]));

    // Keep it: the template tables join with every cell the native import reads.
    await clickItem(page, 'review.keep');
    state = await waitForState(page, (s) => !review(s)?.open && s.reports.length === 2, { frames: 200, what: 'the kept PDF report' });
    const collection = JSON.parse(await page.evaluate(() => window.gongkai.exportText('collection')));
    const kept = collection.reports.find((r) => r.text && r.text.includes('\f'));
    assert.ok(kept, 'the PDF report joined the loaded reports');
    delete kept.tables.sources;
    delete expected.tables.sources;
    assert.deepEqual(kept.tables, expected.tables, 'every table cell as the CLI reads the same PDF');
    assert.ok(kept.text.includes('\f'), 'the kept text keeps its page breaks (the provenance of every quote)');

    // Tables that are pictures: the review says so and keeps the prose figures.
    await pickFile(page, path.join(PDF_DIR, 'qinghe-2022-image-tables.pdf'));
    state = await waitForReview(page, 'qinghe-2022-image-tables.pdf');
    rv = review(state);
    assert.ok(rv.diagnostics.some((d) => d.code === 'import.tables_are_pictures' && d.text.includes('表格为图片，未能读取数字')), JSON.stringify(rv.diagnostics));
    assert.ok(rv.items.some((f) => f.value === 1876));

    // Not a PDF inside: a clear, located error in the UI's language; the reports stay.
    const before = state.reports.length;
    const broken = path.join(ROOT, 'test-results', 'broken.pdf');
    fs.mkdirSync(path.dirname(broken), { recursive: true });
    fs.writeFileSync(broken, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));
    await pickFile(page, broken);
    state = await waitForReview(page, 'broken.pdf');
    rv = review(state);
    const error = rv.diagnostics.find((d) => d.severity === 'error');
    assert.ok(error && error.code.startsWith('import.pdf.') && /PDF/.test(error.text) && error.file === 'broken.pdf', JSON.stringify(rv.diagnostics));
    assert.equal(state.reports.length, before, 'nothing loaded is lost');

    // Limits: a 10,000-page PDF and a PDF bomb are refused with their own messages; the tab answers.
    for (const [name, bytes, code] of [['pages-10000.pdf', manyPagesPdf(10000), 'import.pdf.too_many_pages'],
      ['bomb.pdf', bombPdf(), 'import.pdf.bomb']]) {
      const file = path.join(ROOT, 'test-results', name);
      fs.writeFileSync(file, bytes);
      await pickFile(page, file);
      state = await waitForReview(page, name);
      const refusal = review(state).diagnostics.find((d) => d.severity === 'error');
      assert.equal(refusal?.code, code, JSON.stringify(review(state).diagnostics));
      assert.ok(refusal.text.includes('未读取'), refusal.text);
      assert.equal(state.reports.length, before, 'nothing loaded is lost');
    }

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'pdf.js runs under the page CSP');
    assert.deepEqual(consoleErrors, []);
  });
});

describe('PDF in the single file (gongkai-offline.html)', () => {
  const web = useServerAndBrowser({ serve: false });

  test('reads a PDF with Chinese CMaps from file:// with the network blocked', async () => {
    const offline = path.join(DIST, 'gongkai-offline.html');
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.setOffline(true);
    const outside = [];
    await context.route((url) => url.protocol !== 'file:', (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await context.addInitScript(COLLECT_VIOLATIONS);
    await context.addInitScript(() => { try { localStorage.setItem('gongkai.welcomeDismissed', '1'); } catch { /* none */ } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(offline).href);
    await page.evaluate(() => window.gongkai.ready);

    await pickFile(page, path.join(PDF_DIR, 'qinghe-2022-cmap.pdf'));
    const state = await waitForReview(page, 'qinghe-2022-cmap.pdf');
    const rv = review(state);
    assert.equal(rv.encoding, 'PDF');
    assert.equal(rv.meta.year, 2022);
    for (const v of [318, 126, 54, 9, 6, 2, 1]) assert.ok(rv.items.some((f) => f.value === v), `figure ${v}`);
    assert.deepEqual(outside, [], 'nothing was fetched from the network');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'pdf.js runs under the file\'s CSP');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// import_formats.test.mjs — reports as sites publish them, through the page's real file input:
// a CMS page (merged header cells, inline markup, page chrome), a .docx (unpacked by the glue
// with DecompressionStream), a page whose CMS misplaced cells (rows kept aside, with their
// line), and a legacy .doc (advice). The inputs are the fictional 星海区 2022 report of
// tests/data/import-formats (gen_formats.py); expected.json holds its cells.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, clickItem, openApp, useServerAndBrowser, waitForState } from './harness.mjs';

const DATA = path.join(ROOT, 'tests/data/import-formats');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(DATA, 'expected.json'), 'utf8'));
const review = (s) => s.view.review;

/** Picks `file` through the real file input and waits for its review. */
async function pick(page, file) {
  await clickItem(page, 'menu.file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
  await chooser.setFiles(file);
  return waitForState(page, (s) => review(s)?.open && review(s).file === path.basename(file) &&
    (review(s).figures > 0 || review(s).diagnostics.some((d) => d.severity === 'error')),
  { frames: 240, what: `the review of ${path.basename(file)}` });
}

/** Keeps the review and returns the kept report's JSON. */
async function keep(page, id) {
  await clickItem(page, 'review.keep');
  // The same report read from another format: replace the earlier reading.
  const st = await waitForState(page, (s) => s.view.duplicate !== null || (review(s) === null && s.reports.some((r) => r.id === id)),
    { frames: 120, what: `${id} kept` });
  if (st.view.duplicate !== null) {
    await clickItem(page, 'duplicate.replace');
    await waitForState(page, (s) => review(s) === null && s.view.duplicate === null, { frames: 120, what: `${id} replaced` });
  }
  const json = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
  return Array.isArray(json.reports) ? json.reports.find((r) => r.tables) : json;
}

/** Every expected cell against the kept report's tables. */
function compareCells(report, skipRows = []) {
  const t = report.tables;
  let right = 0;
  for (const [key, want] of Object.entries(EXPECTED.cells)) {
    const [table, row, col] = key.split('/');
    if (table === 'applications' && skipRows.includes(row)) {
      assert.equal(t.applications[row], undefined, `${row} was kept aside, not read`);
      continue;
    }
    let got;
    if (table === 'proactive') got = t.proactive.find((p) => p.item === row)?.[col];
    else if (table === 'applications') got = t.applications[row]?.[col];
    else got = t[table]?.[row];
    assert.equal(got, want, key);
    ++right;
  }
  return right;
}

describe('import formats (in the page)', () => {
  const web = useServerAndBrowser();

  test('a CMS page and a .docx give the template tables cell by cell', async () => {
    const { page, consoleErrors } = await openApp(web.browser, web.server.url);
    const cells = Object.keys(EXPECTED.cells).length;

    let rv = review(await pick(page, path.join(DATA, 'cms-spans.html')));
    assert.equal(rv.format, 'html');
    assert.equal(rv.template, '2021');
    assert.equal(rv.tableCells, cells, 'every cell read, with its place in the text');
    assert.equal(rv.figures, EXPECTED.figures.length, 'the prose figures and nothing from the tables or the chrome');
    assert.ok(rv.diagnostics.some((d) => d.code === 'import.html.content'), 'the content area was found');
    let report = await keep(page, rv.report);
    assert.equal(compareCells(report), cells);
    assert.ok(!report.text.includes('点击数') && !report.text.includes('打印本页'), 'page chrome left out');

    rv = review(await pick(page, path.join(DATA, 'report.docx')));
    assert.equal(rv.format, 'docx', 'unpacked by the page and read as Word');
    assert.equal(rv.template, '2021');
    assert.equal(rv.tableCells, cells);
    assert.equal(rv.figures, EXPECTED.figures.length);
    report = await keep(page, rv.report);
    assert.equal(compareCells(report), cells);
    assert.deepEqual(consoleErrors, []);
  });

  test('misplaced cells are kept aside with their line; a .doc gets advice', async () => {
    const { page, consoleErrors } = await openApp(web.browser, web.server.url);
    const rv = review(await pick(page, path.join(DATA, 'cms-damaged.html')));
    const aside = rv.diagnostics.filter((d) => d.code === 'import.html.row_set_aside');
    assert.equal(aside.length, 3);
    for (const d of aside) assert.ok(d.line > 0 && /第\d+个表格第\d+行/.test(d.text), d.text);
    const kept = EXPECTED.files['cms-damaged.html'].kept_aside_rows;
    const report = await keep(page, rv.report);
    compareCells(report, kept);

    const doc = path.join(await fs.promises.mkdtemp('/tmp/gongkai-doc-'), '旧报告.doc');
    fs.writeFileSync(doc, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    const st = await pick(page, doc);
    const error = review(st).diagnostics.find((d) => d.severity === 'error');
    assert.equal(error.code, 'import.legacy_office');
    assert.match(error.text, /另存为\.docx/);
    assert.deepEqual(consoleErrors, []);
  });
});

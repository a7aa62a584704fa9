// explorer.test.mjs — issue 5 without the charts: loading (file input, drop, ?report=,
// progress), browsing (sort, filters, typed Chinese through an IME, selection, copy as TSV,
// source view, details), the audit panel, exports as real downloads, shortcuts, font size,
// high contrast, the accessible mirror, and screenshots of each view in Chinese and English.
//
// Everything is driven with real input (mouse on the canvas, keys, a real <input type=file>,
// a DataTransfer drop, CDP IME composition); window.gongkai only sets up and reads state.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import {
  DIST, clickAt, clickItem, distinctColours, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser,
  waitForState,
} from './harness.mjs';

const HEADER_ZH = '领域\t主题\t部门\t类别\t数值\t单位\t原文';

/** The bundled report's JSON as an object, with a new id and year (a "different" report). */
async function variant(page, id, year) {
  const report = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
  report.id = id;
  report.meta.year = year;
  report.meta.title = `${report.meta.region.name}${year}年政府信息公开工作年度报告`;
  return report;
}

async function openWithClipboard(browser, url, opts) {
  const app = await openApp(browser, url, opts);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  return app;
}

const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Clicks the n-th shown row of the figures table near its left end, like clickItem (the
 * middle of a row can fall on a column border, which resizes columns instead).
 */
async function clickRow(page, n, modifier) {
  const r = await itemRect(page, `figures.row.${n}`);
  if (modifier) await page.keyboard.down(modifier);
  try {
    await clickAt(page, r.x + 20, r.y + r.h / 2);
  } finally {
    if (modifier) await page.keyboard.up(modifier);
  }
}

/** Presses a key chord on the canvas and lets the app draw it. */
async function press(page, chord) {
  await page.keyboard.press(chord);
  await nextFrame(page);
  await nextFrame(page);
}

async function downloadVia(page, clicks) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => { for (const k of clicks) await clickItem(page, k); })(),
  ]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

const exportBytes = async (page, format) =>
  Buffer.from(await page.evaluate((f) => Array.from(window.gongkai.exportData(f)), format));

describe('explorer', () => {
  const web = useServerAndBrowser();
  const fixture = path.join(DIST, 'assets/reports/explorer-url-test.json');
  after(() => fs.rmSync(fixture, { force: true }));

  test('loads two files through the real file input; a broken one leaves them loaded', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const a = await variant(page, 'test-a-2018', 2018);
    const b = await variant(page, 'test-b-2019', 2019);

    await clickItem(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
    assert.equal(chooser.isMultiple(), true, 'the picker takes several files');
    const input = await chooser.element();
    assert.equal(await input.evaluate((e) => `${e.tagName}:${e.type}`), 'INPUT:file', 'a real <input type=file>');
    await chooser.setFiles([
      { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(a)) },
      { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(b)) },
    ]);
    let state = await waitForState(page, (s) => ['test-a-2018', 'test-b-2019'].every((id) => s.reports.some((r) => r.id === id)),
      { frames: 60, what: 'both picked reports' });
    assert.ok(state.reports.some((r) => r.id === 'fuxin-2017'), 'the bundled report stays');

    // Ctrl+O opens the same picker; a broken file gives a located error, nothing is lost.
    await page.mouse.click(640, 700);
    // Playwright turns on file-chooser interception asynchronously when a listener is added:
    // let that land (one frame) before the key press, or the dialog opens un-intercepted.
    const chooserOpened = page.waitForEvent('filechooser');
    await nextFrame(page);
    await press(page, 'Control+o');
    const chooser2 = await chooserOpened;
    await chooser2.setFiles([{ name: 'broken.json', mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "gongkai.report",\n  "id": oops\n}') }]);
    state = await waitForState(page, (s) => s.errors.some((e) => e.file === 'broken.json'), { frames: 60, what: 'the error' });
    const e = state.errors.find((x) => x.file === 'broken.json');
    assert.equal(e.line, 3, `located: ${JSON.stringify(e)}`);
    assert.ok(e.column > 0);
    assert.equal(state.view.tab, 'errors');
    assert.equal(state.reports.length, 3, 'all three reports still loaded');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('drops files onto the page: JSON, and a .txt report for the importer', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const c = await variant(page, 'test-dropped-2016', 2016);
    const txt = fs.readFileSync(path.join(DIST, 'assets/reports/fuxin-2017.txt'), 'utf8');
    // A real drop event carrying a DataTransfer with Files, as the browser makes for a drag from the desktop.
    await page.evaluate(({ json, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      dt.items.add(new File([text], 'dropped-fuxin.txt', { type: 'text/plain' }));
      const canvas = document.getElementById('canvas');
      const at = { bubbles: true, cancelable: true, clientX: 600, clientY: 400, dataTransfer: dt };
      canvas.dispatchEvent(new DragEvent('dragenter', at));
      const over = new DragEvent('dragover', at);
      canvas.dispatchEvent(over);
      if (!over.defaultPrevented) throw new Error('dragover was not accepted: the drop would be refused');
      const drop = new DragEvent('drop', at);
      canvas.dispatchEvent(drop);
      if (!drop.defaultPrevented) throw new Error('the browser would open the dropped file instead of the app');
    }, { json: JSON.stringify(c), text: txt });
    // The .txt goes to the text importer: a report, the importer's diagnostics, or (with the
    // import review of issue 4) the review screen showing what it read.
    const viaImporter = (s) => s.reports.some((r) => r.id === 'dropped-fuxin') ||
      s.errors.some((x) => x.file === 'dropped-fuxin.txt') ||
      (s.view.review != null && JSON.stringify(s.view.review).includes('dropped-fuxin'));
    const state = await waitForState(page, (s) => s.reports.some((r) => r.id === 'test-dropped-2016') && viaImporter(s),
      { frames: 90, what: 'the dropped files' });
    const imported = state.reports.find((r) => r.id === 'dropped-fuxin');
    if (imported) assert.ok(imported.figures > 0, `the importer read figures: ${JSON.stringify(imported)}`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('?report= loads a same-origin file and refuses other origins with a clear error', async () => {
    // A fixture next to the bundled report, served by the same server.
    const app0 = await openApp(web.browser, web.server.url);
    fs.writeFileSync(fixture, JSON.stringify(await variant(app0.page, 'test-url-2020', 2020)));
    await app0.context.close();

    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const failures = [];
    page.on('pageerror', (err) => failures.push(err.message));
    await page.goto(`${web.server.url}?report=assets/reports/explorer-url-test.json` +
      `&report=${encodeURIComponent('https://example.org/evil.json')}&report=assets/reports/missing.json`);
    await page.evaluate(() => window.gongkai.ready);
    const state = await waitForState(page, (s) => s.reports.some((r) => r.id === 'test-url-2020') &&
      s.errors.some((e) => e.file.includes('missing.json')), { frames: 90, what: 'the URL reports' });
    const cross = state.errors.find((e) => e.file === 'https://example.org/evil.json');
    assert.ok(cross, `the other origin is an error: ${JSON.stringify(state.errors)}`);
    assert.match(cross.message, /only reports from this site/);
    assert.match(state.errors.find((e) => e.file.includes('missing.json')).message, /HTTP 404/);
    assert.ok(state.reports.some((r) => r.id === 'fuxin-2017'), 'the bundled report stays');
    saveResult('explorer-errors-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    saveResult('explorer-errors-en.png', await page.screenshot());
    assert.deepEqual(failures, []);
    await context.close();
  });

  test('a large file shows progress while it is read and parsed', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const base = await variant(page, 'x', 2017);
    const reports = [];
    for (let i = 0; i < 120; i++) reports.push({ ...base, id: `bulk-${i}` });
    const big = Buffer.from(JSON.stringify({ format: 'gongkai.collection', version: 1, reports }));
    assert.ok(big.length > 5e6, `${big.length} bytes`);
    // Watch the state on every animation frame (in the page: no round trips to miss a frame).
    await page.evaluate(() => {
      window.__phases = new Set();
      const watch = () => {
        for (const l of window.gongkai.state().view.loading) window.__phases.add(l.phase);
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await clickItem(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
    await chooser.setFiles([{ name: 'big-collection.json', mimeType: 'application/json', buffer: big }]);
    await waitForState(page, (s) => s.reports.some((r) => r.id === 'bulk-119'), { frames: 200, what: 'the big file' });
    const phases = await page.evaluate(() => [...window.__phases]);
    assert.ok(phases.includes('parsing'), `the parsing phase was shown: ${phases}`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('sorts, filters by combo and by Chinese typed through an IME, pastes', async () => {
    const { page, context, consoleErrors, state: s0 } = await openWithClipboard(web.browser, web.server.url);
    const total = s0.reports.find((r) => r.id === 'fuxin-2017').figures;
    assert.equal(s0.view.rows, total);

    await clickItem(page, 'figures.header.value');
    let state = await waitForState(page, (s) => s.view.sort !== null, { what: 'sorted' });
    assert.deepEqual(state.view.sort, { column: 'value', direction: 'descending' });

    // The area combo: open it, pick its first value.
    await clickItem(page, 'filter.area');
    await clickItem(page, 'filter.area.1');
    state = await waitForState(page, (s) => s.view.filters.area !== '', { what: 'an area filter' });
    assert.ok(state.view.rows > 0 && state.view.rows < total, `filtered rows: ${state.view.rows}`);
    const csv = (await exportBytes(page, 'csv_view')).toString('utf8');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length - 1, state.view.rows, 'the current-view CSV holds exactly the shown rows');
    // Column 5 of the CSV is the area (report_id,region,year,figure_id,area,...); areas hold no commas.
    assert.ok(lines.slice(1).every((l) => l.split(',')[4] === state.view.filters.area), 'every row is in that area');
    saveResult('explorer-filtered-zh.png', await page.screenshot());
    await clickItem(page, 'filter.clear');
    await waitForState(page, (s) => s.view.rows === total, { what: 'filters cleared' });

    // The search field: a click puts a real <input> over it, focused.
    const field = await clickItem(page, 'figures.search');
    state = await waitForState(page, (s) => s.view.overlay === 'figures.search', { what: 'the overlay' });
    const overlay = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { id: el.id, tag: el.tagName, x: r.x, y: r.y, w: r.width, h: r.height };
    });
    assert.equal(overlay.id, 'gongkai-text-overlay');
    assert.equal(overlay.tag, 'INPUT');
    assert.ok(Math.abs(overlay.x - field.x) < 1 && Math.abs(overlay.y - field.y) < 1 &&
      Math.abs(overlay.w - field.w) < 1 && Math.abs(overlay.h - field.h) < 1,
    `laid exactly over the field: ${JSON.stringify({ overlay, field })}`);

    // IME composition (Chromium's real IME path): nothing is searched while composing.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'cai', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: '财', selectionStart: 1, selectionEnd: 1 });
    await nextFrame(page);
    state = await page.evaluate(() => window.gongkai.state());
    assert.equal(state.view.search, '', 'a composition in progress is not a search yet');
    await cdp.send('Input.insertText', { text: '财政' });  // the IME commits
    state = await waitForState(page, (s) => s.view.search === '财政', { what: 'the composed search' });
    assert.ok(state.view.rows > 0 && state.view.rows < total, `rows matching 财政: ${state.view.rows}`);
    const found = (await exportBytes(page, 'csv_view')).toString('utf8').trim().split('\r\n').slice(1);
    assert.ok(found.length === state.view.rows && found.every((l) => l.includes('财政')), 'every row mentions 财政');
    saveResult('explorer-search-ime-zh.png', await page.screenshot());

    // Paste (Ctrl+V) into the field, replacing its text.
    await page.evaluate(() => navigator.clipboard.writeText('债务'));
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+v');
    state = await waitForState(page, (s) => s.view.search === '债务', { what: 'the pasted search' });
    // insertText (another composed-text path) appends.
    await page.keyboard.insertText('信息');
    state = await waitForState(page, (s) => s.view.search === '债务信息', { what: 'inserted text' });
    assert.ok(state.view.rows >= 1);
    // Backspace works in the overlay (GLFW would have swallowed it).
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    state = await waitForState(page, (s) => s.view.search === '债务', { what: 'backspace' });

    // Esc leaves the field; focus goes back to the canvas; the search stays.
    await press(page, 'Escape');
    state = await waitForState(page, (s) => s.view.overlay === null, { what: 'overlay closed' });
    assert.equal(state.view.search, '债务');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    await cdp.detach();
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('selects rows (click, Shift, Ctrl, Ctrl+A), copies TSV, shows details and the quote', async () => {
    const { page, context, consoleErrors } = await openWithClipboard(web.browser, web.server.url);
    const report = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
    const byId = new Map(report.figures.map((f) => [f.id, f]));

    await clickRow(page, 0);
    await clickRow(page, 3, 'Shift');
    let state = await waitForState(page, (s) => s.view.selection.length === 4, { what: 'a range of 4' });
    await clickRow(page, 1, 'Control');
    state = await waitForState(page, (s) => s.view.selection.length === 3, { what: 'Ctrl+click removes one' });
    const selected = state.view.selection;
    assert.deepEqual(selected, [report.figures[0].id, report.figures[2].id, report.figures[3].id]);

    await press(page, 'Control+c');
    const tsv = await readClipboard(page);
    const rows = tsv.split('\r\n').filter((l) => l !== '');
    assert.equal(rows[0], HEADER_ZH, 'a header row');
    assert.equal(rows.length, 4);
    for (let i = 0; i < 3; i++) {
      const f = byId.get(selected[i]);
      const cells = rows[i + 1].split('\t');
      assert.equal(cells.length, 7);
      assert.deepEqual(cells.slice(0, 6), [f.area ?? '', f.topic ?? '', f.department ?? '', f.category ?? '',
        String(f.value), f.unit ?? '']);
      assert.equal(cells[6], f.quote?.text ?? '');
    }

    // Details of the last clicked row, its quote highlighted in the source view and in sight.
    state = await page.evaluate(() => window.gongkai.state());
    assert.equal(state.view.focused, report.figures[1].id);
    const view = await itemRect(page, 'source.view');
    const mark = await itemRect(page, 'source.highlight');
    assert.ok(mark.y >= view.y && mark.y + mark.h <= view.y + view.h, 'the quote is scrolled into view');
    saveResult('explorer-selection-zh.png', await page.screenshot());

    await press(page, 'Control+a');
    state = await waitForState(page, (s) => s.view.selection.length === s.view.rows, { what: 'Ctrl+A' });
    await clickItem(page, 'figures.copy');
    assert.equal((await readClipboard(page)).split('\r\n').filter((l) => l).length, state.view.rows + 1);

    // Esc steps back: the selection goes.
    await page.mouse.move(5, 790);
    await press(page, 'Escape');
    await waitForState(page, (s) => s.view.selection.length === 0, { what: 'Esc clears the selection' });

    // Wheel scrolling moves the table.
    const row0 = await itemRect(page, 'figures.row.0');
    await page.mouse.move(row0.x + 40, row0.y + 200);
    await page.mouse.wheel(0, 600);
    await nextFrame(page);
    await nextFrame(page);
    const after = await page.evaluate(() => window.gongkai.debug.itemRect('figures.row.0'));
    assert.ok(after === null || after.y < row0.y, 'the wheel scrolled the table');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a click on an audit finding selects its figures and shows their quotes; the mirror lists them', async () => {
    const { page, context, consoleErrors, state: s0 } = await openApp(web.browser, web.server.url);
    assert.ok(s0.view.findings > 0, 'the bundled report has findings');
    // The accessible mirror: a real list, hidden visually only.
    const mirror = await page.evaluate(() => {
      const section = document.getElementById('a11y-audit-findings');
      const style = getComputedStyle(section);
      return {
        items: [...section.querySelectorAll('li')].map((li) => li.textContent),
        caption: section.querySelector('h2').textContent,
        ariaHidden: section.closest('[aria-hidden="true"]') !== null,
        display: style.display,
        width: section.getBoundingClientRect().width,
        markup: section.querySelectorAll('li *').length,
      };
    });
    assert.equal(mirror.items.length, s0.view.findings);
    assert.equal(mirror.ariaHidden, false);
    assert.notEqual(mirror.display, 'none');
    assert.ok(mirror.width <= 1, 'visually hidden');
    assert.equal(mirror.markup, 0, 'text only');
    assert.match(mirror.caption, /审计/);

    await clickItem(page, 'tab.audit');
    await clickItem(page, 'audit.finding.0');
    const state = await waitForState(page, (s) => s.view.finding === 0, { what: 'the finding selected' });
    assert.ok(state.view.findingFigures.length > 0);
    assert.deepEqual([...state.view.selection].sort(), [...state.view.findingFigures].sort(),
      'the finding\'s figures are selected');
    assert.equal(state.view.focused, state.view.findingFigures[0]);
    const view = await itemRect(page, 'source.view');
    const mark = await itemRect(page, 'source.highlight');
    assert.ok(mark.y >= view.y && mark.y + mark.h <= view.y + view.h, 'its quote is shown in the source view');
    saveResult('explorer-audit-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    saveResult('explorer-audit-en.png', await page.screenshot());
    assert.match(await page.evaluate(() => document.querySelector('#a11y-audit-findings h2').textContent), /Audit/);
    // Back to the table: the selection is there.
    await clickItem(page, 'tab.figures');
    saveResult('explorer-audit-selection-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('exports every format through real clicks, with the exact bytes and telling names', async () => {
    const { page, context, consoleErrors } = await openWithClipboard(web.browser, web.server.url);
    const menu = { csv: 'menu.file.export_csv', csv_view: 'menu.file.export_csv_view', json: 'menu.file.export_json',
      collection: 'menu.file.export_collection', md: 'menu.file.export_md', html: 'menu.file.export_html' };
    for (const [format, key] of Object.entries(menu)) {
      const got = await downloadVia(page, ['menu.file', key]);
      assert.ok(got.bytes.equals(await exportBytes(page, format)), `${format}: the download holds exportData`);
      assert.equal(got.name, await page.evaluate((f) => window.gongkai.exportFileName(f), format));
    }
    assert.equal(await page.evaluate(() => window.gongkai.exportFileName('html')), '阜新市-2017-summary.html');
    assert.equal(await page.evaluate(() => window.gongkai.exportFileName('csv_view')), '阜新市-2017-figures-all.csv');
    const htmlText = (await exportBytes(page, 'html')).toString('utf8');
    assert.match(htmlText, /^<!doctype html>/);
    assert.match(htmlText, /<h1>阜新市2017年政府信息公开工作年度报告<\/h1>/);

    // The export window (Ctrl+E): a filtered view's CSV names its filter.
    await page.evaluate(() => window.gongkai.setView({ filters: { search: '财政' } }));
    await page.mouse.click(640, 780);
    await press(page, 'Control+e');
    await waitForState(page, (s) => s.view.windows.includes('export'), { what: 'the export window' });
    await clickItem(page, 'export.format.csv_view');
    saveResult('explorer-export-zh.png', await page.screenshot());
    const view = await downloadVia(page, ['export.download']);
    assert.equal(view.name, '阜新市-2017-figures-财政.csv');
    assert.ok(view.bytes.equals(await exportBytes(page, 'csv_view')));

    // Where downloads are refused: the clipboard and a text view with the same bytes.
    await clickItem(page, 'export.format.md');
    await clickItem(page, 'export.copy');
    const md = await page.evaluate(() => window.gongkai.exportText('md'));
    assert.equal(await readClipboard(page), md);
    await clickItem(page, 'export.view');
    await waitForState(page, (s) => s.view.windows.includes('text'), { what: 'the text view' });
    await clickItem(page, 'textview.copy');
    assert.equal(await readClipboard(page), md);
    saveResult('explorer-textview-zh.png', await page.screenshot());
    await press(page, 'Escape');
    let state = await waitForState(page, (s) => !s.view.windows.includes('text'), { what: 'Esc closes the text view' });
    assert.ok(state.view.windows.includes('export'));
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    saveResult('explorer-export-en.png', await page.screenshot());
    await press(page, 'Escape');
    state = await waitForState(page, (s) => s.view.windows.length === 0, { what: 'Esc closes the export window' });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('shortcuts: Ctrl+F focuses the search, Esc leaves it, F1 opens help', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.evaluate(() => window.gongkai.setView({ tab: 'audit' }));
    await page.mouse.click(640, 780);
    await press(page, 'Control+f');
    let state = await waitForState(page, (s) => s.view.overlay === 'figures.search', { what: 'Ctrl+F' });
    assert.equal(state.view.tab, 'figures', 'Ctrl+F brings the table');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'gongkai-text-overlay');
    await page.keyboard.type('abc');  // typed keys reach the input only: no shortcut fires ("a" is not Ctrl+A)
    state = await waitForState(page, (s) => s.view.search === 'abc', { what: 'typed ASCII' });
    await press(page, 'Escape');
    state = await waitForState(page, (s) => s.view.overlay === null, { what: 'Esc' });
    assert.equal(state.view.selection.length, 0);

    await press(page, 'F1');
    await waitForState(page, (s) => s.view.windows.includes('help'), { what: 'help' });
    await itemRect(page, 'help.close');
    saveResult('explorer-help-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    saveResult('explorer-help-en.png', await page.screenshot());
    await press(page, 'Escape');
    await waitForState(page, (s) => s.view.windows.length === 0, { what: 'Esc closes help' });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('font size and high contrast from the View menu, kept for the session; English toggle', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const before = await itemRect(page, 'tab.figures');
    await clickItem(page, 'menu.view');
    await clickItem(page, 'menu.view.font');
    await clickItem(page, 'font.24');
    let state = await waitForState(page, (s) => s.view.fontSize === 24, { what: 'font size 24' });
    await nextFrame(page);
    const bigger = await itemRect(page, 'tab.figures');
    assert.ok(bigger.h > before.h * 1.2, `the UI grew: ${before.h} -> ${bigger.h}`);

    await clickItem(page, 'menu.view');
    await clickItem(page, 'menu.view.high_contrast');
    state = await waitForState(page, (s) => s.view.theme === 'high-contrast', { what: 'high contrast' });
    await page.mouse.move(5, 795);
    await nextFrame(page);
    await nextFrame(page);
    const png = await page.screenshot();
    saveResult('explorer-high-contrast-zh.png', png);
    assert.ok(await distinctColours(page, png) > 20);
    // The window background is black in high contrast.
    const bg = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      g.drawImage(bmp, 0, 0);
      return Array.from(g.getImageData(bmp.width - 3, bmp.height - 3, 1, 1).data.slice(0, 3));
    }, png.toString('base64'));
    assert.deepEqual(bg, [0, 0, 0]);

    // English toggle, then a reload: the look is kept for the session.
    await clickItem(page, 'menu.language');
    await clickItem(page, 'lang.en');
    await waitForState(page, (s) => s.view.language === 'en', { what: 'English' });
    saveResult('explorer-high-contrast-en.png', await page.screenshot());
    await page.reload();
    state = await page.evaluate(() => window.gongkai.ready);
    assert.equal(state.view.fontSize, 24);
    assert.equal(state.view.theme, 'high-contrast');
    await page.evaluate(() => window.gongkai.setView({ fontSize: 16, theme: 'dark' }));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('screenshots of the main views in Chinese and English', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    for (const lang of ['zh', 'en']) {
      await page.evaluate((l) => window.gongkai.setView({ language: l, tab: 'figures', filters: {} }), lang);
      await clickItem(page, 'tree.area.1');
      await waitForState(page, (s) => s.view.filters.area !== '', { what: 'the tree click filtered by area' });
      await clickRow(page, 2);
      await waitForState(page, (s) => s.view.selection.length === 1, { what: 'a selected row' });
      saveResult(`explorer-figures-${lang}.png`, await page.screenshot());
      await clickItem(page, 'menu.file');
      await clickItem(page, 'menu.file.samples');
      saveResult(`explorer-samples-menu-${lang}.png`, await page.screenshot());
      // A click outside closes the menus; Esc then clears the selection.
      await page.mouse.click(600, 780);
      await nextFrame(page);
      await press(page, 'Escape');
      await waitForState(page, (s) => s.view.selection.length === 0, { what: 'menus closed, selection cleared' });
    }
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

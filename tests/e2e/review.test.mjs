// review.test.mjs — issue 4 in the page: a report's text goes through the importer to the
// import review screen; the user checks a figure's quote, drops one figure, corrects another,
// keeps the result, and the corrected report is what the app holds and exports.
//
// Driven with real input (the real <input type=file>, mouse clicks on the canvas, keys typed
// into the HTML text overlay); window.gongkai only reads state.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickAt, clickItem, itemRect, nextFrame, openApp, useServerAndBrowser, waitForState,
} from './harness.mjs';

const TXT = path.join(ROOT, 'assets/reports/fuxin-2017.txt');

/** Clicks a review table row near its left end (the middle may fall between cells). */
async function clickRow(page, n) {
  const r = await itemRect(page, `review.row.${n}`);
  await clickAt(page, r.x + 12, r.y + r.h / 2);
}

const review = (s) => s.view.review;

describe('import review (issue 4, in the page)', () => {
  const web = useServerAndBrowser();

  test('a picked .txt opens the review; select, drop, correct, keep, export', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const before = (await page.evaluate(() => window.gongkai.state())).reports.find((r) => r.id === 'fuxin-2017');
    assert.equal(before?.figures, 122, 'the bundled report is loaded');

    // Pick the report's text through the real file input.
    await clickItem(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
    await chooser.setFiles(TXT);
    let state = await waitForState(page, (s) => review(s)?.open && review(s).figures > 0,
      { frames: 120, what: 'the review screen' });
    let rv = review(state);
    assert.equal(rv.file, 'fuxin-2017.txt');
    assert.equal(rv.figures, 124, 'every figure the importer read is on the review screen');
    assert.equal(rv.unsure, rv.items.filter((f) => f.unsure).length);
    assert.match(rv.encoding, /UTF-8/);
    assert.ok(rv.diagnostics.some((d) => d.message.includes('必赢')), 'the importer\'s diagnostics are shown');
    assert.ok(await itemRect(page, 'review.window'), 'the review screen is drawn');
    // Nothing has joined yet.
    assert.equal(state.reports.find((r) => r.id === 'fuxin-2017').figures, 122);

    // Select a figure by clicking its row: its quote is highlighted in the text, in view.
    await clickRow(page, 2);
    state = await waitForState(page, (s) => review(s).selected === review(s).items[2].id, { what: 'row 2 selected' });
    rv = review(state);
    const picked = rv.items[2];
    assert.ok(rv.highlight, 'the selected figure has a quote');
    assert.ok(rv.highlight.text.endsWith(`${picked.value}${picked.unit}`), `quote ${rv.highlight.text} holds the value`);
    assert.ok(rv.highlight.text.includes(picked.category), 'quote holds the category');
    assert.ok(rv.highlight.end > rv.highlight.start);
    await nextFrame(page);  // the text scrolls to the quote on the frames after the click
    await nextFrame(page);
    const hl = await itemRect(page, 'review.highlight');
    const src = await itemRect(page, 'review.source');
    assert.ok(hl.y >= src.y && hl.y + hl.h <= src.y + src.h, 'the highlighted quote is in view');

    // Drop another figure.
    await clickRow(page, 4);
    await waitForState(page, (s) => review(s).selected === review(s).items[4].id, { what: 'row 4 selected' });
    const droppedId = rv.items[4].id;
    await clickItem(page, 'review.drop');
    state = await waitForState(page, (s) => review(s).items[4].dropped, { what: 'row 4 dropped' });
    assert.equal(review(state).figures, 123);
    assert.equal(review(state).dropped, 1);

    // Correct the value of the first one by typing into its field.
    await clickRow(page, 2);
    await waitForState(page, (s) => review(s).selected === picked.id, { what: 'row 2 selected again' });
    await clickItem(page, 'review.value');
    await waitForState(page, (s) => s.view.overlay === 'review.value', { what: 'the value field open for typing' });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    state = await waitForState(page, (s) => review(s).items[2].value === 4321, { what: 'the corrected value' });
    assert.equal(review(state).items[2].edited, true);
    assert.equal(review(state).valueInvalid, false);

    // Keep: the text is the bundled report's, so the app asks first; replacing it, the report
    // joins through the validating loader in the bundled one's place (same id).
    await clickItem(page, 'review.keep');
    state = await waitForState(page, (s) => s.view.duplicate !== null, { what: 'the same-report question' });
    assert.deepEqual(state.view.duplicate, { file: 'fuxin-2017.txt', existing: 'fuxin-2017', identical: false });
    await clickItem(page, 'duplicate.replace');
    state = await waitForState(page, (s) => review(s) === null && s.reports.some((r) => r.id === 'fuxin-2017' && r.figures === 123),
      { frames: 60, what: 'the kept report' });
    assert.equal(state.view.report, 'fuxin-2017');
    assert.deepEqual(state.errors.filter((e) => e.severity === 'error'), [], 'the reviewed report is valid');

    // The normal export holds the correction, and not the dropped figure.
    const csv = await page.evaluate(() => window.gongkai.exportText('csv'));
    const rows = csv.split('\r\n').filter((l) => l.startsWith('fuxin-2017,'));
    assert.equal(rows.length, 123);
    const row = rows.find((l) => l.split(',')[3] === picked.id);
    assert.ok(row, `the corrected figure ${picked.id} is exported`);
    assert.equal(row.split(',')[8], '4321', `corrected value in the CSV: ${row}`);
    assert.ok(!rows.some((l) => l.split(',')[3] === droppedId), 'the dropped figure is gone');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a picked GBK .txt is decoded by the browser\'s table and imports like natively', async () => {
    // The web build has no GBK table of its own: src/platform/web/gbk_table_web.cpp builds it
    // with TextDecoder('gb18030') on first use. The expected figures are the native importer's.
    const file = path.join(ROOT, 'tests/data/import/narrative-gbk-crlf.txt');
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/import/narrative-gbk-crlf.expected.json'), 'utf8'));
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await clickItem(page, 'menu.file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
    await chooser.setFiles(file);
    const state = await waitForState(page, (s) => review(s)?.open && review(s).file === 'narrative-gbk-crlf.txt',
      { frames: 120, what: 'the review screen of the GBK file' });
    const rv = review(state);
    assert.equal(rv.encoding, expected.encoding);
    assert.equal(rv.converted, true);
    assert.deepEqual(rv.items.map((f) => [f.area, f.category, f.value, f.unit]),
      expected.figures.map((f) => [f.area, f.category, f.value, f.unit]),
      'every figure, with its Chinese labels, as the native importer reads it');
    assert.ok(!rv.diagnostics.some((d) => d.message.includes('U+FFFD')), JSON.stringify(rv.diagnostics));

    // A GB18030 HTML page through gongkai.importText (bytes): the same table, another path in.
    const html = fs.readFileSync(path.join(ROOT, 'tests/data/import/template-2019-page-gb18030.html'));
    const htmlExpected = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/data/import/template-2019-page-gb18030.expected.json'), 'utf8'));
    const out = await page.evaluate((b) => window.gongkai.importText('page.html', new Uint8Array(b)), [...html]);
    assert.equal(out.ok, true, JSON.stringify(out.errors));
    const after = review(await page.evaluate(() => window.gongkai.state()));
    assert.equal(after.encoding, htmlExpected.encoding);
    assert.deepEqual(after.items.map((f) => [f.category, f.value, f.unit]),
      htmlExpected.figures.map((f) => [f.category, f.value, f.unit]));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('File → paste report text: Ctrl+V imports the pasted text into the review', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.paste_report');
    await waitForState(page, (s) => review(s)?.waitingForPaste, { what: 'the paste screen' });
    await page.mouse.click(640, 500);  // the canvas has the focus, as after any click
    // Headless Chromium has no system clipboard: make the paste event a real Ctrl+V fires
    // (it reaches the page before the app's next frame sees the key), then press the key.
    const text = fs.readFileSync(TXT, 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
    }, text);
    await page.keyboard.press('Control+v');
    const state = await waitForState(page, (s) => review(s) && !review(s).waitingForPaste,
      { frames: 30, what: 'the pasted text imported' });
    assert.equal(review(state).file, 'pasted-text.txt');
    assert.equal(review(state).figures, 124);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('gongkai.importText opens the review; text that is no report says why; discard loads nothing', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const refused = await page.evaluate(() => window.gongkai.importText('note.txt', '今天天气很好。'));
    assert.equal(refused.ok, false);
    assert.equal(refused.figures, 0);
    assert.ok(refused.errors.some((e) => e.severity === 'error'), JSON.stringify(refused));
    let state = await page.evaluate(() => window.gongkai.state());
    assert.equal(review(state).open, true, 'the review shows why');
    assert.ok(review(state).diagnostics.length > 0);

    const text = fs.readFileSync(TXT, 'utf8');
    const out = await page.evaluate((t) => window.gongkai.importText('copy.txt', t), text);
    assert.equal(out.ok, true, JSON.stringify(out.errors));
    assert.equal(out.figures, 124);
    assert.ok(out.unsure > 0);
    await page.evaluate(() => window.gongkai.review.discard());
    state = await page.evaluate(() => window.gongkai.state());
    assert.equal(review(state), null);
    assert.equal(state.reports.length, 1, 'discarding loads nothing');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

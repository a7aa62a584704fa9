// explorer_keep.test.mjs — nothing lost, nothing replaced silently, nothing shown as what it is
// not: pasted and imported reports get ids of their own, the same report imported twice asks,
// a removed report comes back with Undo (and leaves browser storage), each report keeps its
// own filters, selection and drill-down, a link to a report that is not loaded says so, and
// the Paste button reads the system clipboard (with a box to paste into when refused).
//
// Driven with real input: mouse clicks on the canvas, keys, the real <input type=file> and
// <textarea>; window.gongkai reads state (and gongkai.unload is tested as the API it is).
// The two reports of tests/data/explorer/ are fictional (星海区, 青禾县 do not exist).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickAt, clickItem, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const XINGHAI = path.join(ROOT, 'tests/data/explorer/xinghai-2023.txt');
const QINGHE = path.join(ROOT, 'tests/data/explorer/qinghe-2023.txt');
const read = (file) => fs.readFileSync(file, 'utf8');
const review = (s) => s.view.review;
const ids = (s) => s.reports.map((r) => r.id);
const getState = (page) => page.evaluate(() => window.gongkai.state());

/** File → paste report text, then a real Ctrl+V carrying `text` (as review.test.mjs does). */
async function pasteWithKeys(page, text) {
  await clickItem(page, 'menu.file');
  await clickItem(page, 'menu.file.paste_report');
  await waitForState(page, (s) => review(s)?.waitingForPaste, { what: 'the paste screen' });
  await page.mouse.click(640, 500);
  // Headless Chromium has no system clipboard: the paste event a real Ctrl+V fires, then the key.
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, text);
  await page.keyboard.press('Control+v');
  await waitForState(page, (s) => review(s) && !review(s).waitingForPaste && review(s).figures > 0,
    { what: 'the pasted text in the review' });
}

/** Picks `file` through File → Open (the real file input) and waits for its review. */
async function pickFile(page, file) {
  await clickItem(page, 'menu.file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
  await chooser.setFiles(file);
  await waitForState(page, (s) => review(s)?.open && review(s).figures > 0, { frames: 120, what: 'the review screen' });
}

async function keep(page) {
  await clickItem(page, 'review.keep');
  await nextFrame(page);
}

async function reload(page) {
  await page.reload();
  return page.evaluate(() => window.gongkai.ready);
}

describe('reports kept, removed, linked', () => {
  const web = useServerAndBrowser();

  test('two pastes are two reports, with readable ids of their own', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await pasteWithKeys(page, read(XINGHAI));
    assert.equal(review(await getState(page)).report, 'report-2023', 'an id from the year, not "pasted-text"');
    await keep(page);
    let state = await waitForState(page, (s) => review(s) === null && ids(s).includes('report-2023'), { what: 'the first paste kept' });
    assert.equal(state.view.report, 'report-2023');

    await pasteWithKeys(page, read(QINGHE));
    await keep(page);
    state = await waitForState(page, (s) => review(s) === null && s.reports.length === 3, { what: 'the second paste kept' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'report-2023', 'report-2023-2']);
    assert.equal(state.reports.find((r) => r.id === 'report-2023').title, '星海区2023年政府信息公开工作年度报告');
    assert.equal(state.reports.find((r) => r.id === 'report-2023-2').title, '青禾县2023年政府信息公开工作年度报告');
    assert.ok(!ids(state).includes('pasted-text'));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the same file imported twice says so: keep both, replace, or cancel', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await pickFile(page, XINGHAI);
    await keep(page);
    let state = await waitForState(page, (s) => review(s) === null && ids(s).includes('xinghai-2023'), { what: 'the first import' });

    // The second time: a question, nothing added or replaced yet.
    await pickFile(page, XINGHAI);
    await keep(page);
    state = await waitForState(page, (s) => s.view.duplicate !== null, { what: 'the duplicate question' });
    assert.deepEqual(state.view.duplicate, { file: 'xinghai-2023.txt', existing: 'xinghai-2023', identical: true });
    assert.equal(state.reports.length, 2, 'nothing added while the question is open');
    assert.ok(await itemRect(page, 'duplicate.window'));
    saveResult('explorer-keep-duplicate-zh.png', await page.screenshot());
    await clickItem(page, 'duplicate.keep_both');
    state = await waitForState(page, (s) => s.view.duplicate === null && review(s) === null && s.reports.length === 3,
      { what: 'both kept' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023', 'xinghai-2023-2']);
    assert.equal(state.view.report, 'xinghai-2023-2');

    // Replace: the loaded one is replaced in its place, nothing new is added.
    await pickFile(page, XINGHAI);
    await keep(page);
    await waitForState(page, (s) => s.view.duplicate !== null, { what: 'the question again' });
    await clickItem(page, 'duplicate.replace');
    state = await waitForState(page, (s) => s.view.duplicate === null && review(s) === null, { what: 'replaced' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023', 'xinghai-2023-2']);
    assert.equal(state.view.report, 'xinghai-2023');

    // Cancel: back to the review, still nothing added.
    await pickFile(page, XINGHAI);
    await keep(page);
    await waitForState(page, (s) => s.view.duplicate !== null, { what: 'the question a third time' });
    await clickItem(page, 'duplicate.cancel');
    state = await waitForState(page, (s) => s.view.duplicate === null, { what: 'cancelled' });
    assert.equal(review(state)?.open, true, 'the review is back');
    assert.equal(state.reports.length, 3);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('remove a report (menu, list, gongkai.unload), Undo puts it back; storage forgets it', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await pickFile(page, XINGHAI);
    await keep(page);
    await pickFile(page, QINGHE);
    await keep(page);
    let state = await waitForState(page, (s) => s.reports.length === 3 && review(s) === null, { what: 'two imports' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023', 'qinghe-2023']);

    // File → Remove current report, then Undo in the toast: back in its place, selected.
    await clickItem(page, 'report.xinghai-2023');
    await waitForState(page, (s) => s.view.report === 'xinghai-2023', { what: 'xinghai selected' });
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.remove');
    state = await waitForState(page, (s) => !ids(s).includes('xinghai-2023'), { what: 'removed by the menu' });
    assert.equal(state.view.removed, 'xinghai-2023');
    assert.notEqual(state.view.report, 'xinghai-2023');
    saveResult('explorer-keep-undo-zh.png', await page.screenshot());
    await clickItem(page, 'removed.undo');
    state = await waitForState(page, (s) => ids(s).includes('xinghai-2023'), { what: 'undone' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023', 'qinghe-2023'], 'back in its place');
    assert.equal(state.view.report, 'xinghai-2023');
    assert.equal(state.view.removed, null);

    // The report list's context menu (right click).
    const r = await itemRect(page, 'report.qinghe-2023');
    await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
    await nextFrame(page);
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2, { button: 'right' });
    await nextFrame(page);
    await clickItem(page, 'report.menu.remove');
    state = await waitForState(page, (s) => !ids(s).includes('qinghe-2023'), { what: 'removed from the list' });
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023']);

    // The page API, and its undo.
    state = await page.evaluate(() => window.gongkai.unload('xinghai-2023'));
    assert.deepEqual(ids(state), ['fuxin-2017']);
    await assert.rejects(page.evaluate(() => window.gongkai.unload('no-such-report')), /no loaded report/);
    state = await page.evaluate(() => window.gongkai.undoUnload());
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023']);

    // Browser storage follows: after a reload, the removed report stays removed.
    await page.evaluate(() => window.gongkai.storage.save());
    state = await reload(page);
    assert.deepEqual(ids(state), ['fuxin-2017', 'xinghai-2023']);
    await page.evaluate(() => window.gongkai.unload('xinghai-2023'));
    await page.evaluate(() => window.gongkai.storage.save());
    state = await reload(page);
    assert.deepEqual(ids(state), ['fuxin-2017'], 'removed from browser storage too');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('search, selection and drill-down stay with their report', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await pickFile(page, XINGHAI);
    await keep(page);
    await waitForState(page, (s) => review(s) === null && s.view.report === 'xinghai-2023', { what: 'xinghai kept' });

    // On Fuxin: a search typed, a row clicked, a bar drilled into.
    await clickItem(page, 'report.fuxin-2017');
    await waitForState(page, (s) => s.view.report === 'fuxin-2017', { what: 'fuxin selected' });
    await clickItem(page, 'tab.figures');
    await clickItem(page, 'figures.search');
    await waitForState(page, (s) => s.view.overlay === 'figures.search', { what: 'the search field' });
    await page.keyboard.type('公开');
    await page.keyboard.press('Enter');
    let state = await waitForState(page, (s) => s.view.search === '公开', { what: 'the search' });
    const rows = state.view.rows;
    const row = await itemRect(page, 'figures.row.1');
    await clickAt(page, row.x + 12, row.y + row.h / 2);
    state = await waitForState(page, (s) => s.view.selection.length === 1, { what: 'a row selected' });
    const selected = state.view.selection;
    await clickItem(page, 'tab.chart');
    await clickItem(page, 'chart.bar.0');
    state = await waitForState(page, (s) => s.view.drill.length === 1, { what: 'drilled into a bar' });
    const drill = state.view.drill;

    // Another report: none of that applies to it.
    await clickItem(page, 'report.xinghai-2023');
    state = await waitForState(page, (s) => s.view.report === 'xinghai-2023', { what: 'xinghai again' });
    assert.equal(state.view.search, '');
    assert.deepEqual(state.view.selection, []);
    assert.deepEqual(state.view.drill, []);
    const chart = await page.evaluate(() => window.gongkai.chartData());
    assert.ok(chart.rows.length > 0, 'its chart has bars, not an empty drill-down');

    // Back to Fuxin: as it was left.
    await clickItem(page, 'report.fuxin-2017');
    state = await waitForState(page, (s) => s.view.report === 'fuxin-2017', { what: 'fuxin again' });
    assert.equal(state.view.search, '公开');
    assert.equal(state.view.rows, rows);
    assert.deepEqual(state.view.selection, selected);
    assert.deepEqual(state.view.drill, drill);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a link to a report that is not loaded names it and shows nothing else as it', async () => {
    const title = '星海区2023年政府信息公开工作年度报告';
    const hash = `#r=xinghai-2023&rt=${encodeURIComponent(title)}&t=audit`;
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url + hash);
    let state = await waitForState(page, (s) => s.view.waitingFor === 'xinghai-2023', { what: 'waiting for the linked report' });
    assert.equal(state.view.waitingTitle, title);
    assert.ok(await itemRect(page, 'waiting.banner'), 'the banner is drawn');
    const rects = await page.evaluate(() => window.gongkai.debug.itemRects());
    assert.ok(!Object.keys(rects).some((k) => k.startsWith('audit.finding.')), 'no Fuxin finding is shown as the linked one');
    assert.ok(!('tab.audit' in rects), 'no tabs of another report');
    assert.ok(page.url().includes('r=xinghai-2023'), 'the address keeps the link');
    saveResult('explorer-keep-waiting-zh.png', await page.screenshot());

    // The report arrives: the linked view appears, the wait is over.
    await pickFile(page, XINGHAI);
    await keep(page);
    state = await waitForState(page, (s) => s.view.waitingFor === null && s.view.report === 'xinghai-2023',
      { what: 'the linked report loaded' });
    assert.equal(state.view.tab, 'audit');

    // Another link to a missing report; the user picks a loaded one instead.
    await page.evaluate(() => { location.hash = '#r=missing-2024&t=figures'; });
    state = await waitForState(page, (s) => s.view.waitingFor === 'missing-2024', { what: 'waiting again' });
    assert.equal(state.view.waitingTitle, '', 'the link carried no title');
    await clickItem(page, 'waiting.show_loaded');
    state = await waitForState(page, (s) => s.view.waitingFor === null, { what: 'the wait ended by the user' });
    assert.ok(await itemRect(page, 'tab.figures'), 'the loaded report is shown again');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the Paste button reads the system clipboard', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, {
      beforeOpen: (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(web.server.url).origin }),
    });
    await page.evaluate((t) => navigator.clipboard.writeText(t), read(QINGHE));
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.paste_report');
    await waitForState(page, (s) => review(s)?.waitingForPaste, { what: 'the paste screen' });
    await clickItem(page, 'review.paste');
    const state = await waitForState(page, (s) => review(s) && !review(s).waitingForPaste,
      { what: 'the clipboard imported' });
    assert.equal(review(state).report, 'report-2023');
    assert.ok(review(state).figures > 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('when the browser refuses the clipboard, a box to paste into', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, {
      // A browser that refuses, as one without the permission does.
      beforeOpen: (ctx, p) => p.addInitScript(() => {
        navigator.clipboard.readText = () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'));
      }),
    });
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.paste_report');
    await waitForState(page, (s) => review(s)?.waitingForPaste, { what: 'the paste screen' });
    await clickItem(page, 'review.paste');
    let state = await waitForState(page, (s) => review(s)?.pasteBox, { what: 'the paste box' });
    const box = page.locator('#gongkai-paste-box');
    assert.equal(await box.isVisible(), true, 'a visible text box');
    const rect = await itemRect(page, 'review.paste_box');
    const dom = await box.boundingBox();
    assert.ok(Math.abs(dom.x - rect.x) < 2 && Math.abs(dom.y - rect.y) < 2, 'the box lies where the app left room for it');
    saveResult('explorer-keep-paste-box-zh.png', await page.screenshot());

    // Text typed (or pasted by a phone's menu) into the box, then the import button.
    await box.click();
    await page.keyboard.insertText(read(XINGHAI));
    await clickItem(page, 'review.import_box');
    state = await waitForState(page, (s) => review(s) && !review(s).waitingForPaste, { what: 'the box imported' });
    assert.equal(review(state).report, 'report-2023');
    assert.equal(await box.count(), 0, 'the box leaves with the prompt');

    // A paste into the box imports at once.
    await page.evaluate(() => window.gongkai.review.discard());
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.paste_report');
    await clickItem(page, 'review.paste');
    await waitForState(page, (s) => review(s)?.pasteBox, { what: 'the paste box again' });
    await box.click();
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.getElementById('gongkai-paste-box').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, read(QINGHE));
    state = await waitForState(page, (s) => review(s) && !review(s).waitingForPaste, { what: 'the pasted box imported' });
    assert.ok(review(state).figures > 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the review sets the title, issuer, region, year and id, and picks a unit, before Keep', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await pickFile(page, XINGHAI);
    let rv = review(await getState(page));
    assert.deepEqual(rv.meta, { title: '星海区2023年政府信息公开工作年度报告', issuer: '星海区人民政府', region: '星海区', year: 2023 });

    /** Types `text` into a review field through the HTML overlay, replacing what it held. */
    async function typeInto(key, text) {
      await clickItem(page, key);
      await waitForState(page, (s) => s.view.overlay === key, { what: `the field ${key}` });
      await page.keyboard.press('Control+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await nextFrame(page);
    }
    await typeInto('review.meta.title', '星海区2022年政府信息公开工作年度报告（更正）');
    await typeInto('review.meta.issuer', '星海区政务公开办');
    await typeInto('review.meta.region', '星海新区');
    await typeInto('review.meta.year', '20x2');
    rv = review(await waitForState(page, (s) => review(s).yearInvalid, { what: 'the year refused' }));
    await typeInto('review.meta.year', '2022');
    await typeInto('review.meta.id', 'xinghai 2022');
    await waitForState(page, (s) => review(s).idInvalid && !review(s).yearInvalid, { what: 'the id refused' });
    await typeInto('review.meta.id', 'xinghai-2022');
    rv = review(await waitForState(page, (s) => !review(s).idInvalid && review(s).report === 'xinghai-2022', { what: 'the id set' }));
    assert.deepEqual(rv.meta, { title: '星海区2022年政府信息公开工作年度报告（更正）', issuer: '星海区政务公开办', region: '星海新区', year: 2022 });

    // A unit picked from the usual ones.
    const row = await itemRect(page, 'review.row.0');
    await clickAt(page, row.x + 12, row.y + row.h / 2);
    await waitForState(page, (s) => review(s).selected === review(s).items[0].id, { what: 'row 0 selected' });
    assert.equal(rv.items[0].unit, '条');
    await clickItem(page, 'review.unit.5');   // 人次
    rv = review(await waitForState(page, (s) => review(s).items[0].unit === '人次', { what: 'the picked unit' }));
    assert.equal(rv.items[0].edited, true);
    saveResult('explorer-keep-review-meta-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    saveResult('explorer-keep-review-meta-en.png', await page.screenshot());

    await clickItem(page, 'review.keep');
    const state = await waitForState(page, (s) => review(s) === null && ids(s).includes('xinghai-2022'), { what: 'kept' });
    const kept = state.reports.find((r) => r.id === 'xinghai-2022');
    assert.deepEqual([kept.title, kept.region, kept.year], ['星海区2022年政府信息公开工作年度报告（更正）', '星海新区', 2022]);
    const json = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
    assert.equal(json.meta.issuer, '星海区政务公开办');
    assert.equal(json.figures[0].unit, '人次');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

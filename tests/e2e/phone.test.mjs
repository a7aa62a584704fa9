// phone.test.mjs — the explorer on a phone (390×844 CSS px, devicePixelRatio 3, touch) and a
// tablet (768×1024, touch), in Chinese as a citizen opens a shared link: one column, tabs and
// menu within the screen, readable text, a wide chart, a finger's drag scrolls, a tap selects.
//
// Touches are real touch events (Chromium's Input.dispatchTouchEvent), not mouse clicks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const TABLET = { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const TOUCH_TARGET = 44;   // CSS px

async function frames(page, n) {
  for (let i = 0; i < n; i++) await nextFrame(page);
}

async function rects(page) {
  return page.evaluate(() => window.gongkai.debug.itemRects());
}

async function view(page) {
  return (await page.evaluate(() => window.gongkai.state())).view;
}

/** A finger lands, lifts: a tap (ImGui needs a frame for hover, press and release each). */
async function tap(page, x, y) {
  await page.touchscreen.tap(x, y);
  await frames(page, 4);
}

async function tapItem(page, key) {
  const r = await itemRect(page, key);
  await tap(page, r.x + r.w / 2, r.y + r.h / 2);
  return r;
}

/** One finger dragged from `from` to `to` in steps, a frame apart, as a thumb moves. */
async function drag(page, cdp, from, to, steps = 10) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  await nextFrame(page);
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    await nextFrame(page);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(page, 3);
}

/** The first figures-table row wholly in view (under the header), by its index. */
async function firstVisibleRow(page) {
  const all = await rects(page);
  const header = all['figures.header.area'];
  let first = Infinity;
  for (const [key, r] of Object.entries(all)) {
    const m = /^figures\.row\.(\d+)$/.exec(key);
    if (m && r.y >= header.y + header.h - 0.5) first = Math.min(first, Number(m[1]));
  }
  return first;
}

function inside(r, width, what) {
  assert.ok(r.x >= -0.5 && r.x + r.w <= width + 0.5, `${what} is within the ${width} px screen: ${JSON.stringify(r)}`);
}

describe('phone: 390×844, touch, in Chinese', () => {
  const web = useServerAndBrowser();

  test('one column, menu and tabs within the screen, readable text, touch-sized targets', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, PHONE);
    const state = await page.evaluate(() => window.gongkai.state());
    assert.equal(state.view.language, 'zh');
    assert.equal(state.view.layout, 'phone');
    assert.equal(state.view.fontSize, 18, 'a phone reads at 18 px by default');
    assert.equal(state.view.sheet, null, 'no sheet over the content at first');
    const all = await rects(page);
    // Panels stack: the content takes the whole width; no report list or details beside it.
    const centre = await itemRect(page, 'phone.centre');
    assert.ok(centre.w >= 360, `the content is ${centre.w} px wide`);
    for (const key of ['panel.details', 'panel.source']) assert.equal(all[key], undefined, `${key} is not beside the content`);
    for (const key of ['menu.file', 'menu.view', 'menu.language', 'menu.help']) {
      const r = await itemRect(page, key);
      inside(r, 390, key);
      assert.ok(r.h >= TOUCH_TARGET - 0.5, `${key} is ${r.h} px tall`);
    }
    for (const key of ['tab.figures', 'tab.tables', 'tab.chart']) {
      const r = await itemRect(page, key);
      inside(r, 390, key);
      assert.ok(r.h >= TOUCH_TARGET - 0.5, `${key} is ${r.h} px tall`);
    }
    for (const key of ['phone.reports', 'phone.details', 'phone.source']) {
      const r = await itemRect(page, key);
      inside(r, 390, key);
      assert.ok(r.h >= TOUCH_TARGET - 0.5 && r.y + r.h <= 844 + 0.5, `${key} at the foot: ${JSON.stringify(r)}`);
    }
    const row = await itemRect(page, 'figures.row.0');
    assert.ok(row.h >= TOUCH_TARGET - 0.5, `a table row is ${row.h} px tall`);
    inside(await itemRect(page, 'figures.header.value'), 390, 'the value column');
    assert.equal(all['figures.header.quote'], undefined, 'the quote waits in the details sheet');
    saveResult('phone-figures-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a journey: scroll the figures by a drag, tap a row for its quote, tap a bar, switch language', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, PHONE);
    const cdp = await context.newCDPSession(page);

    // A one-finger drag up scrolls the table and selects nothing.
    const before = await firstVisibleRow(page);
    assert.equal(before, 0);
    const start = await itemRect(page, 'figures.row.3');
    await drag(page, cdp, { x: start.x + 100, y: start.y + start.h / 2 }, { x: start.x + 100, y: start.y + start.h / 2 - 200 });
    const after = await firstVisibleRow(page);
    assert.ok(after >= 4, `the drag scrolled the table: first row ${before} → ${after}`);
    let v = await view(page);
    assert.deepEqual(v.selection, [], 'a drag is not a drag-selection');
    assert.equal(v.focused, null);
    assert.equal(v.sheet, null);

    // And back down: the content follows the finger both ways.
    await drag(page, cdp, { x: start.x + 100, y: start.y }, { x: start.x + 100, y: start.y + 250 });
    assert.equal(await firstVisibleRow(page), 0, 'dragged back to the top');

    // A tap selects the row and opens its details: the figure and its quote.
    const rowKey = `figures.row.${2}`;
    await tapItem(page, rowKey);
    v = await waitForState(page, (s) => s.view.selection.length === 1, { what: 'a tapped row' }).then((s) => s.view);
    assert.equal(v.focused, v.selection[0], 'the tapped row is the figure shown');
    assert.equal(v.sheet, 'details', 'its details open as a sheet');
    const details = await itemRect(page, 'panel.details');
    inside(details, 390, 'the details sheet');
    assert.ok(details.h >= 300, `the sheet is ${details.h} px tall`);
    saveResult('phone-details-zh.png', await page.screenshot());
    // The source text, its quote highlighted.
    await tapItem(page, 'phone.source');
    assert.equal((await view(page)).sheet, 'source');
    const highlight = await itemRect(page, 'source.highlight');
    const source = await itemRect(page, 'panel.source');
    assert.ok(highlight.y >= source.y && highlight.y + highlight.h <= source.y + source.h + 0.5,
      `the quote (${JSON.stringify(highlight)}) is in view in the source sheet (${JSON.stringify(source)})`);
    saveResult('phone-source-zh.png', await page.screenshot());
    await tapItem(page, 'phone.sheet.close');
    assert.equal((await view(page)).sheet, null);

    // The chart: the bars take the screen's width; a tap on a bar drills into it.
    await tapItem(page, 'tab.chart');
    await waitForState(page, (s) => s.view.tab === 'chart', { what: 'the chart tab' });
    await frames(page, 2);
    saveResult('phone-chart-zh.png', await page.screenshot());
    const plot = await itemRect(page, 'chart.plot');
    assert.ok(plot.w >= 300 && plot.h >= 300, `the plot is ${plot.w}×${plot.h} px`);
    inside(plot, 390, 'the plot');
    const data = await page.evaluate(() => window.gongkai.chartData());
    await tapItem(page, 'chart.bar.0');
    v = await waitForState(page, (s) => s.view.drill.length === 1, { what: 'a drill-down by a tap' }).then((s) => s.view);
    assert.equal(v.drill[0].value, data.rows[0].key, 'the tapped bar is the one drilled into');

    // The language menu, by taps.
    await tapItem(page, 'menu.language');
    await tapItem(page, 'lang.en');
    v = await waitForState(page, (s) => s.view.language === 'en', { what: 'English' }).then((s) => s.view);
    await tapItem(page, 'tab.figures');
    await waitForState(page, (s) => s.view.tab === 'figures', { what: 'the figures tab' });
    for (const key of ['menu.file', 'menu.help', 'tab.figures', 'tab.chart', 'phone.source']) inside(await itemRect(page, key), 390, `${key} (English)`);
    saveResult('phone-figures-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the key figures strip and the reports sheet', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, PHONE);
    const cdp = await context.newCDPSession(page);
    // The key figures scroll sideways under a finger.
    const all = await rects(page);
    const cards = Object.keys(all).filter((k) => /^kpi\./.test(k));
    assert.ok(cards.length >= 3, `key figure cards: ${cards.join(', ')}`);
    const last = cards.at(-1);
    const first = await itemRect(page, cards[0]);
    const lastBefore = await itemRect(page, last);
    assert.ok(lastBefore.x + lastBefore.w > 390, 'the strip runs past the screen');
    await drag(page, cdp, { x: 300, y: first.y + first.h / 2 }, { x: 40, y: first.y + first.h / 2 });
    const lastAfter = await itemRect(page, last);
    assert.ok(lastAfter.x < lastBefore.x - 100, `the strip scrolled: ${lastBefore.x} → ${lastAfter.x}`);
    assert.equal((await view(page)).sheet, null, 'a swipe opens nothing');
    // The reports are one tap away.
    await tapItem(page, 'phone.reports');
    assert.equal((await view(page)).sheet, 'reports');
    inside(await itemRect(page, 'panel.reports'), 390, 'the reports sheet');
    await tapItem(page, 'phone.reports');
    assert.equal((await view(page)).sheet, null, 'its button closes it again');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

describe('tablet: 768×1024, touch', () => {
  const web = useServerAndBrowser();

  test('the desktop layout, stacked, with touch scrolling and taps', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, TABLET);
    const cdp = await context.newCDPSession(page);
    const v = await view(page);
    assert.equal(v.layout, 'desktop');
    assert.equal(v.fontSize, 16);
    for (const key of ['panel.details', 'panel.source']) {
      const r = await itemRect(page, key);
      inside(r, 768, key);
      assert.ok(r.w >= 200, `${key} is ${r.w} px wide`);
    }
    const row = await itemRect(page, 'figures.row.4');
    await drag(page, cdp, { x: row.x + 80, y: row.y }, { x: row.x + 80, y: row.y - 90 });
    assert.ok((await firstVisibleRow(page)) >= 2, 'a drag scrolls the table');
    assert.deepEqual((await view(page)).selection, []);
    const target = await itemRect(page, 'figures.row.6');
    await tap(page, target.x + 80, target.y + target.h / 2);
    const s = await waitForState(page, (s) => s.view.selection.length === 1, { what: 'a tapped row' });
    assert.equal(s.view.focused, s.view.selection[0]);
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart' }));
    await waitForState(page, (s) => s.view.tab === 'chart', { what: 'the chart tab' });
    const plot = await itemRect(page, 'chart.plot');
    assert.ok(plot.w >= 300, `the plot is ${plot.w} px wide`);
    saveResult('tablet-chart-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

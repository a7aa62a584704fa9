// keyboard.test.mjs — the explorer by keyboard alone: F10 and Alt to the menu bar, Tab and
// Shift+Tab from panel to panel with a visible frame, arrows through table rows, tree nodes,
// chart bars and audit findings, Enter/Space to act, Esc to back out. One journey is done with
// keys only: open a sample from the menu, sort, select a row and read its quote, drill into a
// bar and back, export CSV. state().view.keyboard says where the keyboard is ({panel, menuBar,
// item}); no step clicks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState } from './harness.mjs';

const kb = (s) => s.view.keyboard;

/** Presses `key` and lets the app draw the frames that take it in. */
async function press(page, key) {
  await page.keyboard.press(key);
  await nextFrame(page);
  await nextFrame(page);
}

/** Presses `key` until state().view.keyboard.item is `item` (at most `max` times). */
async function pressUntilItem(page, key, item, max = 30) {
  for (let i = 0; i < max; i++) {
    const s = await page.evaluate(() => window.gongkai.state());
    if (kb(s).item === item) return s;
    await press(page, key);
  }
  const s = await page.evaluate(() => window.gongkai.state());
  assert.equal(kb(s).item, item, `${key} reaches ${item}`);
  return s;
}

/** Tab (or Shift+Tab) until the keyboard is in `panel`. */
async function tabTo(page, panel, key = 'Tab') {
  for (let i = 0; i < 5; i++) {
    const s = await page.evaluate(() => window.gongkai.state());
    if (kb(s).panel === panel) return s;
    await press(page, key);
  }
  return waitForState(page, (s) => kb(s).panel === panel, { what: `${key} to the ${panel} panel` });
}

describe('keyboard operation', () => {
  const web = useServerAndBrowser();

  test('F10 and Alt open the menu bar and leave it; Esc there backs out of the menu only', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.focus('#canvas');
    await press(page, 'F10');
    let s = await waitForState(page, (x) => kb(x).menuBar, { what: 'F10 to the menu bar' });
    assert.equal(kb(s).item, 'menu.file', 'the keyboard is on the first menu');
    await press(page, 'ArrowRight');
    s = await waitForState(page, (x) => kb(x).item === 'menu.view', { what: 'right to 视图' });
    await press(page, 'F10');
    s = await waitForState(page, (x) => !kb(x).menuBar, { what: 'F10 again leaves the menu bar' });
    await press(page, 'Alt');
    s = await waitForState(page, (x) => kb(x).menuBar, { what: 'Alt to the menu bar' });
    // The Language menu by keys: Right twice, Down opens it, Down to English, Enter.
    await pressUntilItem(page, 'ArrowRight', 'menu.language');
    await press(page, 'ArrowDown');
    await pressUntilItem(page, 'ArrowDown', 'lang.en');
    await press(page, 'Enter');
    s = await waitForState(page, (x) => x.view.language === 'en', { what: 'English chosen by keys' });
    await press(page, 'Alt');
    await waitForState(page, (x) => kb(x).menuBar, { what: 'Alt to the menu bar again' });
    await press(page, 'Escape');
    s = await waitForState(page, (x) => !kb(x).menuBar, { what: 'Esc leaves the menu bar' });
    assert.equal(s.view.language, 'en');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('Tab and Shift+Tab cycle the panels, the one with the keyboard framed', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.focus('#canvas');
    const order = [];
    for (let i = 0; i < 5; i++) {
      await press(page, 'Tab');
      const s = await page.evaluate(() => window.gongkai.state());
      order.push(kb(s).panel);
    }
    assert.deepEqual(order, ['reports', 'centre', 'details', 'source', 'reports']);
    // The panel with the keyboard is framed (its frame's rectangle is the panel's).
    const frame = await itemRect(page, 'panel.focus.reports');
    assert.ok(frame.w > 50 && frame.h > 50, JSON.stringify(frame));
    await press(page, 'Shift+Tab');
    let s = await waitForState(page, (x) => kb(x).panel === 'source', { what: 'Shift+Tab back to the source' });
    assert.ok(await itemRect(page, 'panel.focus.source'));
    await press(page, 'Shift+Tab');
    s = await waitForState(page, (x) => kb(x).panel === 'details', { what: 'Shift+Tab to the details' });
    saveResult('keyboard-panel-focus-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('keys only: open a sample from the menu, sort, select a row and read its quote, drill into a bar and back, export CSV', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    // Setup (not part of the journey): no report loaded, so opening the sample is what loads one.
    await page.evaluate(() => window.gongkai.unload('fuxin-2017'));
    await waitForState(page, (s) => s.reports.length === 0, { what: 'no report loaded' });
    await page.focus('#canvas');

    // 1. File → Samples → fuxin-2017.json, by keys.
    await press(page, 'F10');
    await waitForState(page, (s) => kb(s).item === 'menu.file', { what: 'F10 on 文件' });
    await press(page, 'ArrowDown');   // opens 文件
    await pressUntilItem(page, 'ArrowDown', 'menu.file.samples');
    await press(page, 'ArrowRight');  // opens 示例报告
    await pressUntilItem(page, 'ArrowDown', 'sample.0');
    await press(page, 'Enter');
    let s = await waitForState(page, (x) => x.reports.some((r) => r.id === 'fuxin-2017'),
      { frames: 120, what: 'the sample opened from the menu' });
    assert.equal(kb(s).menuBar, false, 'choosing closes the menu');

    // 2. Tab to the figures table; Enter on the 数值 header sorts by value.
    s = await tabTo(page, 'centre');
    assert.equal(s.view.tab, 'figures');
    await pressUntilItem(page, 'ArrowRight', 'figures.header.value');
    await press(page, 'Enter');
    s = await waitForState(page, (x) => x.view.sort?.column === 'value', { what: 'sorted by value' });

    // 3. Down to the first row: its quote is in the details; Space selects it.
    await press(page, 'ArrowDown');
    s = await waitForState(page, (x) => x.view.focused !== null, { what: 'a row focused by the arrows' });
    const focused = s.view.focused;
    const figure = (await page.evaluate(() => JSON.parse(new TextDecoder().decode(window.gongkai.exportData('json')))))
      .figures.find((f) => f.id === focused);
    assert.ok(figure?.quote?.text, `the focused figure ${focused} has a quote`);
    await press(page, 'Space');
    s = await waitForState(page, (x) => x.view.selection.includes(focused), { what: 'Space selects the row' });
    await press(page, 'ArrowDown');
    s = await waitForState(page, (x) => x.view.focused !== focused, { what: 'Down moves to the next row' });
    await press(page, 'Escape');
    s = await waitForState(page, (x) => x.view.selection.length === 0, { what: 'Esc clears the selection' });

    // 4. To the chart by the View menu; Tab to its bars; Enter drills into the first; Esc backs out.
    await press(page, 'F10');
    await pressUntilItem(page, 'ArrowRight', 'menu.view');
    await press(page, 'ArrowDown');
    await pressUntilItem(page, 'ArrowDown', 'menu.view.chart');
    await press(page, 'Enter');
    s = await waitForState(page, (x) => x.view.tab === 'chart', { what: 'the chart tab by keys' });
    // Tab round to the centre again: the chart's bars take the keyboard.
    s = await tabTo(page, 'reports');
    s = await tabTo(page, 'centre');
    await pressUntilItem(page, 'ArrowDown', 'chart.bar.0');
    await press(page, 'ArrowDown');
    s = await waitForState(page, (x) => x.view.keyboard.item === 'chart.bar.1', { what: 'Down to the second bar' });
    await press(page, 'ArrowUp');
    await press(page, 'Enter');
    s = await waitForState(page, (x) => x.view.drill.length === 1, { what: 'Enter drills into the bar' });
    saveResult('keyboard-drill-zh.png', await page.screenshot());
    await press(page, 'Escape');
    s = await waitForState(page, (x) => x.view.drill.length === 0, { what: 'Esc back up' });

    // 5. File → 导出CSV, by keys: the download arrives.
    const download = page.waitForEvent('download');
    await press(page, 'F10');
    await waitForState(page, (x) => kb(x).item === 'menu.file', { what: 'F10 on 文件' });
    await press(page, 'ArrowDown');
    await pressUntilItem(page, 'ArrowDown', 'menu.file.export_csv');
    await press(page, 'Enter');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.csv$/);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('arrows reach tree nodes and audit findings; Enter filters by a node, selects a finding', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.focus('#canvas');
    await tabTo(page, 'reports');
    await pressUntilItem(page, 'ArrowDown', 'tree.area.1');
    await press(page, 'Enter');
    let s = await waitForState(page, (x) => x.view.filters.area !== '', { what: 'Enter on a tree node filters by it' });
    await press(page, 'Escape');   // nothing selected: Esc clears the filter
    s = await waitForState(page, (x) => x.view.filters.area === '', { what: 'Esc clears the filter' });

    await page.evaluate(() => window.gongkai.setView({ tab: 'audit' }));
    await waitForState(page, (x) => x.view.tab === 'audit', { what: 'the audit tab' });
    s = await tabTo(page, 'centre');
    await pressUntilItem(page, 'ArrowDown', 'audit.finding.0');
    await press(page, 'Space');
    s = await waitForState(page, (x) => x.view.finding !== null, { what: 'a finding selected by keys' });
    assert.ok(s.view.findingFigures.length > 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('F1 help explains the keyboard in both languages', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.focus('#canvas');
    await press(page, 'F1');
    await waitForState(page, (s) => s.view.windows.includes('help'), { what: 'help open' });
    const items = () => page.evaluate(() => Array.from(document.querySelectorAll('#a11y-help li'), (li) => li.textContent));
    let help = await items();
    assert.ok(help.some((t) => t.startsWith('只用键盘操作') && t.includes('F10') && t.includes('Tab')), help.join('\n'));
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    help = await items();
    assert.ok(help.some((t) => t.startsWith('Using the keyboard alone') && t.includes('Shift+Tab')), help.join('\n'));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

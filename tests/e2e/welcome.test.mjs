// welcome.test.mjs — the first visit's welcome (shown once, reopened from Help), the F1 help's
// contents, and the layout at large text and narrow windows (details and source panels never
// vanish, the audit's explanation never a sliver, the unit filter never clipped).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  clickItem, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

// The text of one visually hidden mirror section ('' when it is empty or absent).
const mirrorText = (page, id) => page.evaluate((i) => document.getElementById(i)?.textContent ?? '', id);

async function frames(page, n) {
  for (let i = 0; i < n; i++) await nextFrame(page);
}

describe('welcome and help', () => {
  const web = useServerAndBrowser();

  test('a first visit shows the welcome once; Help → Welcome reopens it', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, { firstVisit: true });
    let state = await waitForState(page, (s) => s.view.windows.includes('welcome'), { what: 'the welcome' });
    await itemRect(page, 'welcome.window');
    const zh = await mirrorText(page, 'a11y-welcome');
    assert.match(zh, /欢迎使用公开/);
    assert.match(zh, /阜新市2017年政府信息公开工作年度报告/, 'it says which real report is shown');
    assert.match(zh, /编者说明/, 'it explains the editor\'s notes');
    for (const way of [/打开报告/, /拖/, /粘贴报告文本/]) assert.match(zh, way, `one way to bring a report: ${way}`);
    saveResult('welcome-zh.png', await page.screenshot());

    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await frames(page, 2);
    const en = await mirrorText(page, 'a11y-welcome');
    assert.match(en, /Welcome to Gongkai/);
    assert.match(en, /real one/);
    assert.match(en, /editor's notes/);
    assert.match(en, /Open a file/);
    assert.match(en, /Drop it/);
    assert.match(en, /Paste the text/);
    saveResult('welcome-en.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'zh' }));

    // Dismissed with its button: gone from the screen and from the mirror.
    await clickItem(page, 'welcome.close');
    state = await waitForState(page, (s) => !s.view.windows.includes('welcome'), { what: 'the welcome to close' });
    assert.equal(await mirrorText(page, 'a11y-welcome'), '');

    // A reload (a returning reader): no welcome.
    await page.reload();
    state = await page.evaluate(() => window.gongkai.ready);
    await frames(page, 3);
    state = await page.evaluate(() => window.gongkai.state());
    assert.ok(!state.view.windows.includes('welcome'), `no welcome after a reload: ${state.view.windows}`);
    assert.equal(await mirrorText(page, 'a11y-welcome'), '');

    // Help → Welcome brings it back; Esc closes it.
    await clickItem(page, 'menu.help');
    await clickItem(page, 'menu.help.welcome');
    await waitForState(page, (s) => s.view.windows.includes('welcome'), { what: 'the welcome reopened' });
    assert.match(await mirrorText(page, 'a11y-welcome'), /欢迎使用公开/);
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => !s.view.windows.includes('welcome'), { what: 'Esc closes the welcome' });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('F1 help covers pasting, the review, tables and key figures, charts, the audit\'s levels and exports', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    assert.ok(!(await page.evaluate(() => window.gongkai.state())).view.windows.includes('welcome'),
      'the tests start as returning readers');
    await page.mouse.click(640, 400);   // the canvas has the keyboard
    await page.keyboard.press('F1');
    await waitForState(page, (s) => s.view.windows.includes('help'), { what: 'help' });
    const zh = await mirrorText(page, 'a11y-help');
    for (const words of [/粘贴报告文本/, /导入审核/, /表格/, /关键指标/, /2019/, /2021/, /图表/, /导出/,
      /错误/, /警告/, /提示/, /Ctrl\+E/]) {
      assert.match(zh, words, `the help mentions ${words}`);
    }
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await frames(page, 2);
    const en = await mirrorText(page, 'a11y-help');
    for (const words of [/Pasting a report/, /import review/, /Tables tab/, /key figures/, /Charts/, /Exports/,
      /error/, /warning/, /info/]) {
      assert.match(en, words, `the English help mentions ${words}`);
    }
    saveResult('help-en.png', await page.screenshot());
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => !s.view.windows.includes('help'), { what: 'Esc closes help' });
    assert.equal(await mirrorText(page, 'a11y-help'), '', 'a closed help leaves nothing in the mirror');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

describe('large text and narrow windows', () => {
  const web = useServerAndBrowser();
  const MIN_PANEL = 200;   // CSS px: room for a quote in context

  for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]]) {
    for (const fontSize of [24, 28]) {
      test(`${width}×${height} at ${fontSize} px: details and source panels, the audit's explanation`, async () => {
        const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, { viewport: { width, height } });
        await page.evaluate((px) => window.gongkai.setView({ fontSize: px }), fontSize);
        await frames(page, 3);
        for (const key of ['panel.details', 'panel.source']) {
          const r = await itemRect(page, key);
          assert.ok(r.w >= MIN_PANEL && r.h >= MIN_PANEL / 2, `${key} is ${r.w}×${r.h} px`);
          assert.ok(r.x >= 0 && r.x + r.w <= width + 1 && r.y + r.h <= height + 1, `${key} is inside the window: ${JSON.stringify(r)}`);
        }
        const details = await itemRect(page, 'panel.details');
        const source = await itemRect(page, 'panel.source');
        const overlap = details.x < source.x + source.w && source.x < details.x + details.w &&
          details.y < source.y + source.h && source.y < details.y + details.h;
        assert.ok(!overlap, 'details and source do not overlap');

        await page.evaluate(() => window.gongkai.setView({ tab: 'audit' }));
        const message = await itemRect(page, 'audit.message.0');
        assert.ok(message.w >= fontSize * 8, `the audit's explanation is ${message.w} px wide (at least 8 characters)`);

        if (fontSize === 28) saveResult(`layout-${width}x${height}-28-zh.png`, await page.screenshot());
        if (fontSize === 28 && width === 1024) {
          await page.evaluate(() => window.gongkai.setView({ language: 'en', tab: 'figures' }));
          await frames(page, 3);
          saveResult(`layout-${width}x${height}-28-en.png`, await page.screenshot());
        }
        assert.deepEqual(consoleErrors, []);
        await context.close();
      });
    }
  }

  test('at 1280 wide every figure filter is whole, the unit filter included, in both languages', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, { viewport: { width: 1280, height: 800 } });
    for (const language of ['zh', 'en']) {
      for (const fontSize of [16, 20, 28]) {
        await page.evaluate(([l, px]) => window.gongkai.setView({ language: l, fontSize: px, tab: 'figures' }), [language, fontSize]);
        await frames(page, 3);
        const details = await itemRect(page, 'panel.details');
        for (const key of ['filter.area', 'filter.department', 'filter.category', 'filter.unit']) {
          const r = await itemRect(page, key);
          assert.ok(r.w >= fontSize * 8, `${key} keeps its width at ${fontSize} px (${language}): ${r.w}`);
          // Within the centre column: left of the details panel when that stands beside it (at
          // the top, not stacked under the centre).
          const right = details.y < r.y ? details.x : 1280;
          assert.ok(r.x + r.w <= right, `${key} is not clipped at ${fontSize} px (${language}): ${JSON.stringify(r)}, edge ${right}`);
        }
      }
    }
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

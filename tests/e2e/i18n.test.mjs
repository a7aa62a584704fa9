// i18n.test.mjs — every word a user reads in the UI's language: the audit findings, a located
// load error and the editor's notes, read through the accessible mirrors (what a screen
// reader reads, and the same words the canvas draws).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { clickItem, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState } from './harness.mjs';

const web = useServerAndBrowser();

function mirror(page, id) {
  return page.evaluate((id) => {
    const section = document.getElementById(id);
    return section ? [...section.querySelectorAll('li')].map((li) => li.textContent) : null;
  }, id);
}

// Waits (frame by frame, never by the clock) until the mirror `id` satisfies `ok`.
async function waitForMirror(page, id, ok, what) {
  for (let i = 0; i < 60; ++i) {
    const items = await mirror(page, id);
    if (items && ok(items)) return items;
    await nextFrame(page);
  }
  throw new Error(`#${id} never showed ${what}: ${JSON.stringify(await mirror(page, id))}`);
}

// Three or more Latin words in a row: an English sentence (codes such as parts-sum and
// quoted data are single words or Chinese).
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’-]+[A-Za-z]{2,}){2,}/;

describe('the UI in Chinese, then in English', () => {
  test('Fuxin\'s audit findings read in Chinese, and in English after the switch', async () => {
    const { page, context, consoleErrors, state } = await openApp(web.browser, web.server.url);
    assert.equal(state.view.language, 'zh');
    const zh = await waitForMirror(page, 'a11y-audit-findings', (items) => items.length === state.view.findings,
      'the findings');
    const parts = zh.find((t) => t.includes('分项之和与总数不符'));
    assert.ok(parts, `a parts-sum finding named in words: ${zh.join('\n')}`);
    assert.match(parts, /财税体制改革信息：报告所述总数为47条，分项之和却为50条/);
    assert.match(parts, /parts-sum/, 'the code stays visible');
    for (const item of zh) {
      // Quotes are the report's own (Chinese) text; what is left must not be English.
      const words = item.replace(/“[^”]*”/g, '');
      assert.doesNotMatch(words, ENGLISH_SENTENCE, `English in the Chinese mirror: ${item}`);
    }
    await clickItem(page, 'tab.audit');
    saveResult('i18n-audit-zh.png', await page.screenshot());

    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    const en = await waitForMirror(page, 'a11y-audit-findings', (items) => items.some((t) => t.includes('stated total')),
      'English findings');
    assert.ok(en.some((t) => /Parts do not add up to the total · 财税体制改革信息: stated total 47 条, parts add up to 50 条/.test(t)),
      en.join('\n'));
    saveResult('i18n-audit-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a bad JSON file\'s located error reads in Chinese in the errors tab', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const result = await page.evaluate(() =>
      window.gongkai.load('坏文件.json', '{"format": "gongkai.report",\n  "version": 1,,}'));
    assert.equal(result.ok, false);
    const error = result.errors[0];
    assert.equal(error.code, 'load.malformed_json');
    assert.equal(error.line, 2);
    assert.match(error.message, /^malformed JSON: /, 'the English message stays for machines');
    assert.match(error.text, /^JSON格式错误：解析对象的键时出现语法错误：意外的','/);
    const state = await waitForState(page, (s) => s.view.tab === 'errors', { what: 'the errors tab' });
    assert.equal(state.errors.at(-1).code, 'load.malformed_json');
    const items = await waitForMirror(page, 'a11y-errors', (items) => items.some((t) => t.includes('坏文件.json')),
      'the error');
    const item = items.find((t) => t.includes('坏文件.json:2:16'));
    assert.ok(item, items.join('\n'));
    assert.match(item, /^错误 · 坏文件\.json:2:16 · JSON格式错误：/);
    assert.doesNotMatch(item.replace(/`[^`]*`/g, ''), ENGLISH_SENTENCE, item);
    saveResult('i18n-errors-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    const en = await waitForMirror(page, 'a11y-errors', (items) => items.some((t) => t.includes('malformed JSON')),
      'the English error');
    assert.ok(en.some((t) => t.startsWith('error · 坏文件.json:2:16 · malformed JSON: syntax error')), en.join('\n'));
    saveResult('i18n-errors-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('every tab in Chinese: no English sentence in the accessible mirrors or the page API\'s shown texts', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    // An error to show, as a user who dropped a broken file would have.
    await page.evaluate(() => window.gongkai.load('坏文件.json', '{"format": "gongkai.report", "version": 1, "figures": [1]}'));
    const offenders = [];
    for (const tab of ['figures', 'tables', 'chart', 'audit', 'errors', 'scores']) {
      await page.evaluate((tab) => window.gongkai.setView({ tab }), tab);
      await waitForState(page, (s) => s.view.tab === tab, { what: `the ${tab} tab` });
      await nextFrame(page);
      const texts = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('[id^="a11y-"]')) {
          for (const node of el.querySelectorAll('h2, li, caption, th, td')) out.push(node.textContent);
        }
        for (const e of window.gongkai.state().errors) out.push(e.text);
        return out;
      });
      for (const text of texts) {
        // Data is not ours to translate: quotes, the excerpt of a broken line, file names.
        const words = text.replace(/“[^”]*”/g, '').replace(/`[^`]*`/g, '').replace(/\S+\.json/g, '');
        if (ENGLISH_SENTENCE.test(words)) offenders.push(`${tab}: ${text}`);
      }
    }
    assert.deepEqual(offenders, []);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('an editor\'s note switches language, and one in a single language is marked', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const zh = await waitForMirror(page, 'a11y-report-notes', (items) => items.length > 0, 'the notes');
    assert.ok(zh.some((t) => t.includes('不是发布机关自己的网站')), zh.join('\n'));
    assert.ok(zh.every((t) => !ENGLISH_SENTENCE.test(t)), zh.join('\n'));
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    const en = await waitForMirror(page, 'a11y-report-notes', (items) => items.some((t) => t.includes('scraped mirror')),
      'the English notes');
    assert.ok(en.some((t) => t.includes("not from the issuer's own site")), en.join('\n'));

    // A fictional report (星海区) whose note exists in Chinese only: English shows it, marked.
    const report = {
      format: 'gongkai.report', version: 1, id: 'xinghai-2020',
      meta: { title: '星海区2020年政府信息公开工作年度报告（虚构示例）', year: 2020,
        notes: [{ kind: 'other', message: { zh: '这是一份虚构的示例报告。' } }] },
      figures: [{ id: 'a', unit: '条', value: 3, area: '财政' }],
    };
    const loaded = await page.evaluate((text) => window.gongkai.load('xinghai.json', text), JSON.stringify(report));
    assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
    await page.evaluate(() => window.gongkai.setView({ report: 'xinghai-2020' }));
    const marked = await waitForMirror(page, 'a11y-report-notes', (items) => items.some((t) => t.includes('虚构')),
      'the fictional note');
    assert.ok(marked.some((t) => t.includes('这是一份虚构的示例报告。') && t.includes('(in Chinese only)')), marked.join('\n'));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

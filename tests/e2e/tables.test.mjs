// tables.test.mjs — the Tables tab (表格): a template report opened through the real file
// input shows tables 二, 三 and 四 (read back from the accessible mirror's HTML tables), a click
// on a cell shows its quote in the source view, the KPI cards show the key figures, two years
// of the same (fictional) body compare cell by cell, and reports without tables say why.
// Screenshots in both languages go to test-results/tables-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickItem, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const TEMPLATE_2021 = path.join(ROOT, 'tests/data/import/template-2021-tabs.txt');
const XINGHAI_2020 = path.join(ROOT, 'tests/data/tables/xinghai-2020.txt');
const IMAGES_2021 = path.join(ROOT, 'tests/data/tables/images-2021.txt');

/** Opens a report's text through File → Open and the real file input, and keeps the import. */
async function importText(page, file) {
  const before = (await page.evaluate(() => window.gongkai.state())).reports.length;
  await clickItem(page, 'menu.file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
  await chooser.setFiles(file);
  await waitForState(page, (s) => s.view.review?.open, { frames: 120, what: 'the import review' });
  await clickItem(page, 'review.keep');
  return waitForState(page, (s) => s.view.review === null && s.reports.length === before + 1,
    { frames: 60, what: `${path.basename(file)} kept` });
}

/** One of the mirror's tables as plain data: header rows and body rows of {text, span, pointer}. */
function mirrorTable(page, id) {
  return page.evaluate((tableId) => {
    const t = document.getElementById(tableId);
    if (!t) return null;
    const cells = (tr) => Array.from(tr.children, (c) => ({
      text: c.textContent, span: c.colSpan, tag: c.tagName, pointer: c.getAttribute('data-pointer'),
    }));
    return {
      caption: t.querySelector('caption').textContent,
      head: Array.from(t.querySelectorAll('thead tr'), cells),
      rows: Array.from(t.querySelectorAll('tbody tr'), cells),
    };
  }, id);
}

/** The body row headed `label`, as its cells' texts after the header cell. */
function rowValues(table, label) {
  const row = table.rows.find((r) => r[0].text === label);
  assert.ok(row, `a row headed ${label} in ${table.caption}; rows: ${table.rows.map((r) => r[0].text).join(' | ')}`);
  return row.slice(1).map((c) => c.text);
}

/** After the rest of the code is in and a frame drawn: the key figures and the tables' mirror wait for it. */
async function allCode(page) {
  await page.evaluate(() => window.gongkai.debug.codeLoaded);
  await nextFrame(page);
}

async function mirrorSection(page) {
  await allCode(page);
  return page.evaluate(() => {
    const s = document.getElementById('a11y-template-tables');
    if (!s) return null;
    return {
      caption: s.querySelector('h2').textContent,
      notes: Array.from(s.querySelectorAll('p'), (p) => p.textContent),
      tables: s.querySelectorAll('table').length,
      ariaHidden: s.closest('[aria-hidden="true"]') !== null,
      width: s.getBoundingClientRect().width,
      markup: s.querySelectorAll('td *, th *, p *').length,
    };
  });
}

async function keyFigureItems(page) {
  await allCode(page);
  return page.evaluate(() => Array.from(document.querySelectorAll('#a11y-key-figures li'), (li) => li.textContent));
}

describe('tables tab', () => {
  const web = useServerAndBrowser();

  test('the Fuxin report (narrative) says it has no template tables; its key figures are stated', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.evaluate(() => window.gongkai.setView({ tab: 'tables' }));
    const state = await waitForState(page, (s) => s.view.tab === 'tables', { what: 'the tables tab' });
    assert.match(state.view.hash, /(^|[#&])t=tables(&|$)/, 'the tab is in the URL hash');
    assert.equal(state.view.tables.message, '该报告为叙述式报告，没有模板表格。');
    assert.ok(await itemRect(page, 'tables.message'), 'the message is drawn');
    const mirror = await mirrorSection(page);
    assert.deepEqual(mirror.notes, ['该报告为叙述式报告，没有模板表格。']);
    assert.equal(mirror.tables, 0);
    assert.equal(mirror.ariaHidden, false);
    assert.ok(mirror.width <= 1, 'visually hidden');

    const kpi = await keyFigureItems(page);
    assert.ok(kpi.some((t) => t.startsWith('主动公开: 9538 条 (已说明)')), `主动公开 9538 条 stated: ${kpi.join(' | ')}`);
    assert.ok(kpi.some((t) => t.startsWith('收到申请: 26 件 (已说明)')), `依申请 26 件 stated: ${kpi.join(' | ')}`);
    assert.ok(await itemRect(page, 'kpi.proactive_total'), 'the KPI card is drawn');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a 2021 template report: table 三 as printed, a cell click shows its quote, KPI cards, both languages', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    let state = await importText(page, TEMPLATE_2021);
    const id = state.view.report;
    assert.notEqual(id, 'fuxin-2017', 'the imported report is the current one');
    await clickItem(page, 'tab.tables');
    await waitForState(page, (s) => s.view.tab === 'tables', { what: 'the tables tab' });

    // Table 三 from the mirror: the template's two-level applicant header and its rows.
    const apps = await mirrorTable(page, 'a11y-template-tables-applications');
    assert.equal(apps.caption, '三、收到和处理政府信息公开申请情况');
    assert.deepEqual(apps.head[0].map((c) => [c.text, c.span]), [['', 1], ['申请人情况', 7]]);
    assert.deepEqual(apps.head[1].map((c) => [c.text, c.span]), [['自然人', 1], ['法人或其他组织', 5], ['总计', 1]]);
    assert.deepEqual(apps.head[2].map((c) => c.text), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    assert.equal(apps.rows.length, 25, 'the 25 rows of the 2021 layout');
    assert.deepEqual(rowValues(apps, '一、本年新收政府信息公开申请数量'), ['40', '6', '0', '1', '2', '1', '50']);
    assert.deepEqual(rowValues(apps, '三（一）予以公开'), ['20', '3', '0', '0', '1', '0', '24']);
    assert.deepEqual(rowValues(apps, '三（三）不予公开 4.保护第三方合法权益'), ['2', '0', '0', '0', '0', '0', '2']);
    assert.deepEqual(rowValues(apps, '三（四）无法提供 1.本机关不掌握相关政府信息'), ['12', '2', '0', '1', '0', '0', '15']);
    assert.deepEqual(rowValues(apps, '三（六）其他处理 3.其他'), ['0', '0', '0', '0', '1', '0', '1']);
    assert.deepEqual(rowValues(apps, '三（七）总计'), ['42', '6', '0', '1', '2', '0', '51']);
    assert.deepEqual(rowValues(apps, '四、结转下年度继续办理'), ['1', '0', '0', '0', '0', '1', '2']);
    const granted = apps.rows.find((r) => r[0].text === '三（一）予以公开');
    assert.equal(granted[7].pointer, '/tables/applications/granted/total');

    // Tables 二 and 四 are there too.
    const proactive = await mirrorTable(page, 'a11y-template-tables-proactive');
    assert.deepEqual(rowValues(proactive, '行政规范性文件'), ['12', '3', '87']);
    assert.deepEqual(rowValues(proactive, '行政事业性收费'), ['356.42', '', '']);
    const cases = await mirrorTable(page, 'a11y-template-tables-cases');
    assert.deepEqual(rowValues(cases, '行政复议'), ['2', '1', '0', '0', '3']);
    assert.deepEqual(rowValues(cases, '行政诉讼 未经复议直接起诉'), ['1', '0', '0', '1', '2']);

    // Click a cell of table 三 on the canvas: its quote (the digits in the text) is shown.
    await clickItem(page, 'tables.jump.applications');
    const pointer = '/tables/applications/granted/total';
    const cellRect = await itemRect(page, `tables.cell:${pointer}`);
    const tabBody = await itemRect(page, 'tables.title.applications');
    assert.ok(cellRect.y > tabBody.y && cellRect.y + cellRect.h < 800, 'the cell is on screen');
    await clickItem(page, `tables.cell:${pointer}`);
    state = await waitForState(page, (s) => s.view.tables.cell === pointer, { what: 'the cell focused' });
    assert.equal(state.view.tables.quote?.text, '24', 'the cell\'s quote is its digits in the text');
    assert.match(state.view.hash, /(^|&)tc=%2Ftables%2Fapplications%2Fgranted%2Ftotal(&|$)/, 'the cell is in the hash');
    const text = await page.evaluate(() => window.gongkai.exportText('json'));
    const report = JSON.parse(text);
    const cp = [...report.text];
    assert.equal(cp.slice(state.view.tables.quote.start, state.view.tables.quote.end).join(''), '24');
    const line = cp.slice(0, state.view.tables.quote.start).join('').split('\n').pop();
    assert.match(line, /予以公开/, 'the quote is on the 予以公开 row of the text');
    await nextFrame(page);
    const view = await itemRect(page, 'source.view');
    const mark = await itemRect(page, 'source.highlight');
    assert.ok(mark.y >= view.y && mark.y + mark.h <= view.y + view.h, 'the quote is highlighted in view');

    // The KPI cards: drawn, and mirrored with their status.
    assert.ok(await itemRect(page, 'kpi.applications_received'));
    const kpi = await keyFigureItems(page);
    assert.ok(kpi.some((t) => t.startsWith('收到申请: 50 件 (已说明)')), kpi.join(' | '));
    assert.ok(kpi.some((t) => t.startsWith('主动公开: 2356 条 (已说明)')), kpi.join(' | '));
    assert.ok(kpi.some((t) => t.startsWith('行政复议: 3')), kpi.join(' | '));
    // A click on a card shows its source: 收到申请 is the cell new/total.
    await clickItem(page, 'kpi.applications_received');
    state = await waitForState(page, (s) => s.view.tables.keyFigure === 'applications_received', { what: 'the key figure' });
    assert.equal(state.view.tables.quote?.text, '50');
    saveResult('tables-zh.png', await page.screenshot());

    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    await nextFrame(page);
    const en = await mirrorTable(page, 'a11y-template-tables-applications');
    assert.equal(en.caption, '3. Applications for disclosure received and handled');
    assert.deepEqual(rowValues(en, '3(1) Granted'), ['20', '3', '0', '0', '1', '0', '24']);
    assert.ok((await keyFigureItems(page)).some((t) => t.startsWith('Requests: 50 件 (stated)')));
    saveResult('tables-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('two years of one body compare cell by cell; an absent cell is "—", never −100%', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    let state = await importText(page, TEMPLATE_2021);
    const id2021 = state.view.report;
    state = await importText(page, XINGHAI_2020);
    const id2020 = state.view.report;
    await page.evaluate((id) => window.gongkai.setView({ report: id, tab: 'tables' }), id2021);
    await waitForState(page, (s) => s.view.report === id2021 && s.view.tab === 'tables', { what: 'the 2021 tables' });
    await clickItem(page, 'tables.compare');
    await clickItem(page, `tables.compare.${id2020}`);
    state = await waitForState(page, (s) => s.view.tables.compare.includes(id2020), { what: 'the comparison' });
    assert.match(state.view.hash, new RegExp(`(^|&)cmp=${id2020}(&|$)`), 'the comparison is in the hash');
    await page.keyboard.press('Escape');
    await nextFrame(page);

    const cmp = await mirrorTable(page, 'a11y-template-tables-compare');
    assert.ok(cmp, 'the comparison is in the mirror');
    assert.deepEqual(cmp.head[0].map((c) => c.text), ['行', '列', '星海区 2020', '星海区 2021', '差值', '变化率']);
    const row = (label, column) => {
      const r = cmp.rows.find((x) => x[0].text === label && x[1].text === column);
      assert.ok(r, `${label} / ${column} compared`);
      return r.slice(2).map((c) => c.text);
    };
    assert.deepEqual(row('一、本年新收政府信息公开申请数量', '总计'), ['40', '50', '+10', '+25%']);
    assert.deepEqual(row('二、上年结转政府信息公开申请数量', '总计'), ['2', '3', '+1', '+50%']);
    // 2019's single 其他处理 row has no 2021 counterpart, and 2021's 3.其他 none in 2020.
    assert.deepEqual(row('三（六）其他处理', '总计'), ['1', '—', '—', '—']);
    assert.deepEqual(row('三（六）其他处理 3.其他', '总计'), ['—', '1', '—', '—']);
    // Only table 三's 总计 column by default.
    assert.ok(!cmp.rows.some((r) => r[1].text === '自然人'));
    // The 2021 cell of the comparison is clickable: it shows its source.
    await clickItem(page, 'tables.compare.cell:/tables/applications/new/total');
    state = await waitForState(page, (s) => s.view.tables.cell === '/tables/applications/new/total', { what: 'cell' });
    assert.equal(state.view.tables.quote?.text, '50');
    saveResult('tables-compare-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('cells of a broken identity are tinted; a prose figure that differs from its cell shows on the card', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    // Fictional 青禾县 2021: row 予以公开 says 总计 25 where its columns add up to 24, and the text
    // says 62 applications where table 三 says 60 (tests/data/template-era/README.md).
    await importText(page, path.join(ROOT, 'tests/data/template-era/qinghe-2021.txt'));
    await clickItem(page, 'tab.tables');
    const state = await waitForState(page, (s) => s.view.tab === 'tables', { what: 'the tables tab' });
    const { located, involved } = state.view.tables.findingCells;
    assert.ok(located.includes('/tables/applications/granted/total'), `located: ${located.join(' ')}`);
    assert.ok(located.includes('/tables/applications/total/total'), `located: ${located.join(' ')}`);
    assert.ok(involved.includes('/tables/applications/granted/natural_person'), 'the row\'s columns are involved');
    assert.ok(!located.includes('/tables/applications/granted/natural_person'));
    // The tinted cell is drawn, and hovering it shows the finding (its tooltip is drawn).
    await clickItem(page, 'tables.jump.applications');
    assert.ok(await itemRect(page, 'tables.cell:/tables/applications/granted/total'));
    const kpi = await keyFigureItems(page);
    assert.ok(kpi.some((t) => t.startsWith('收到申请: 60 件 (已说明)') && t.includes('正文中的数字为62')), kpi.join(' | '));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a report whose tables were images says so', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await importText(page, IMAGES_2021);
    await clickItem(page, 'tab.tables');
    const state = await waitForState(page, (s) => s.view.tab === 'tables', { what: 'the tables tab' });
    assert.equal(state.view.tables.message, '表格在原文中为图片，未能读取。');
    assert.deepEqual((await mirrorSection(page)).notes, ['表格在原文中为图片，未能读取。']);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

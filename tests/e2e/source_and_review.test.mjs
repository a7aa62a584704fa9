// source_and_review.test.mjs — the source exactly as published (full-width punctuation,
// ideographic spaces and CRLF kept through import, review, JSON and CSV); the review's live
// audit (a finding beside the figures it involves, gone once a value is corrected); one findings
// list in the details panel, in the reader's language, for figures and table cells alike; and
// the smaller honesty fixes (no hidden selected row, one donut legend, the chart tab without an
// empty details panel, short links, chart exports in the Export dialog).
//
// The report texts here are fictional (星海区, 青禾县).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickAt, clickItem, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

// Fictional 星海区 2022, as a government page writes it: indented with ideographic spaces,
// full-width digits and punctuation, CRLF line ends.
const FULL_WIDTH = [
  '星海区人民政府2022年政府信息公开工作年度报告',
  '　　一、总体情况',
  '　　（一）主动公开。2022年，星海区人民政府主动公开政府信息１，２０６条，其中：政策文件８７条（占７．２％）。',
  '　　（二）依申请公开。全年共收到政府信息公开申请４８件，办结４５件；上年结转３件。',
  '　　二、行政复议和行政诉讼情况',
  '　　全年发生政府信息公开行政复议案件２件，行政诉讼案件１件。',
  '',
].join('\r\n');

// Fictional 青禾县 2022: the parts (60 + 50) exceed their total (100).
const PARTS_OVER = [
  '青禾县人民政府2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年，青禾县人民政府主动公开政府信息100条，其中政策文件60条，其他信息50条。',
  '全年共收到政府信息公开申请20件，办结18件。',
  '',
].join('\n');

const review = (s) => s.view.review;

async function keep(page) {
  const out = await page.evaluate(() => window.gongkai.review.keep());
  assert.equal(out.ok, true, JSON.stringify(out));
  return out;
}

describe('the source exactly as published, the review\'s live audit, one findings list', () => {
  const web = useServerAndBrowser();

  test('full-width punctuation, ideographic spaces and CRLF round-trip through import, review, JSON and CSV', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const out = await page.evaluate((t) => window.gongkai.importText('xinghai-2022.txt', t), FULL_WIDTH);
    assert.equal(out.ok, true, JSON.stringify(out.errors));
    let s = await page.evaluate(() => window.gongkai.state());
    const total = review(s).items.find((f) => f.value === 1206);
    assert.ok(total, '１，２０６条 is read as 1206');
    await page.evaluate((id) => window.gongkai.review.select(id), total.id);
    s = await waitForState(page, (x) => review(x).highlight !== null, { what: 'the quote highlighted' });
    assert.ok(review(s).highlight.text.includes('１，２０６条'), `the review quotes the page's own words: ${review(s).highlight.text}`);
    assert.ok(FULL_WIDTH.includes(review(s).highlight.text));
    const [{ id }] = (await keep(page)).reports.map((r) => ({ id: r }));

    const report = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
    assert.equal(report.id, id);
    assert.equal(report.text, FULL_WIDTH, 'the JSON text is the input, character for character');
    const chars = Array.from(FULL_WIDTH);
    for (const f of report.figures) {
      if (!f.quote) continue;
      assert.equal(chars.slice(f.quote.start, f.quote.end).join(''), f.quote.text, `${f.id}: offsets name the quote`);
    }
    assert.ok(report.figures.some((f) => f.quote?.text.includes('（占７．２％）') || f.quote?.text.includes('７．２％')));
    const csv = await page.evaluate(() => window.gongkai.exportText('csv'));
    assert.ok(csv.includes('１，２０６条'), 'the CSV quotes keep the full-width characters');
    assert.ok(!csv.includes('1,206条'));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the review audits the figures live: a finding beside the figures it involves, gone once corrected', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.evaluate((t) => window.gongkai.importText('qinghe-2022.txt', t), PARTS_OVER);
    let s = await waitForState(page, (x) => review(x)?.open && review(x).figures > 0, { what: 'the review' });
    const finding = review(s).audit.find((f) => f.rule === 'parts-sum');
    assert.ok(finding, `the parts-sum finding is in the review: ${JSON.stringify(review(s).audit)}`);
    assert.match(finding.text, /分项|之和/, `in Chinese: ${finding.text}`);
    const part = review(s).items.find((f) => f.value === 50);
    assert.ok(finding.figures.includes(part.id), 'the finding involves the part');
    assert.ok(part.findings > 0, 'the part\'s row counts its finding');
    const row = review(s).items.indexOf(part);
    assert.ok(await itemRect(page, `review.row_audit.${row}`), 'the row shows the finding beside the figure');
    assert.ok(await itemRect(page, 'review.finding.0'), 'the finding is listed');
    saveResult('review-live-audit-zh.png', await page.screenshot());

    // A click on the finding selects its figure; the figure's own findings show by its fields.
    await clickItem(page, 'review.finding.0');
    s = await waitForState(page, (x) => finding.figures.includes(review(x).selected), { what: 'the finding selects a figure' });
    // Correct the part: 50 → 40. The audit is redone at once.
    const r = await itemRect(page, `review.row.${row}`);
    await clickAt(page, r.x + 12, r.y + r.h / 2);
    await waitForState(page, (x) => review(x).selected === part.id, { what: 'the part selected' });
    assert.ok(await itemRect(page, 'review.figure_findings'), 'the selected figure\'s findings are shown');
    await clickItem(page, 'review.value');
    await waitForState(page, (x) => x.view.overlay === 'review.value', { what: 'the value field open' });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (x) => review(x).items[row].value === 40, { what: 'the corrected value' });
    s = await waitForState(page, (x) => !review(x).audit.some((f) => f.rule === 'parts-sum'), { what: 'the finding gone' });
    assert.equal(review(s).items[row].findings, 0);

    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await waitForState(page, (x) => x.view.language === 'en', { what: 'English' });
    saveResult('review-live-audit-en.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a table cell\'s findings are the details panel\'s list: in Chinese, and a click selects the finding', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const fs = await import('node:fs');
    const text = fs.readFileSync(path.join(ROOT, 'tests/data/template-era/qinghe-2021.txt'), 'utf8');
    await page.evaluate((t) => window.gongkai.importText('qinghe-2021.txt', t), text);
    await waitForState(page, (x) => review(x)?.open, { what: 'the review' });
    await keep(page);
    await page.evaluate(() => window.gongkai.setView({ tab: 'tables' }));
    await waitForState(page, (x) => x.view.tab === 'tables', { what: 'the tables tab' });
    await clickItem(page, 'tables.jump.applications');
    await clickItem(page, 'tables.cell:/tables/applications/granted/total');
    await clickItem(page, 'details.finding.0');
    const s = await waitForState(page, (x) => x.view.finding !== null, { what: 'the cell\'s finding selected' });
    const listed = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y-audit-findings li'), (li) => li.textContent));
    assert.ok(listed.some((t) => /[\u4e00-\u9fff]/.test(t) && t.includes('table-identity')), listed.join('\n'));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('no hidden selected row: a filter that hides a selected row lets it go; Esc clears what is left', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    let s = await page.evaluate(() => window.gongkai.state());
    const json = JSON.parse(await page.evaluate(() => window.gongkai.exportText('json')));
    const [a, b] = [json.figures[0], json.figures.find((f) => f.area && f.area !== json.figures[0].area)];
    await page.evaluate((ids) => window.gongkai.setView({ selection: ids }), [a.id, b.id]);
    s = await waitForState(page, (x) => x.view.selection.length === 2, { what: 'two selected' });
    await page.evaluate((area) => window.gongkai.setView({ filters: { area } }), b.area);
    s = await waitForState(page, (x) => x.view.filters.area === b.area, { what: 'filtered' });
    assert.deepEqual(s.view.selection, [b.id], 'the hidden row is no longer selected');
    await page.focus('#canvas');
    await page.keyboard.press('Escape');
    s = await waitForState(page, (x) => x.view.selection.length === 0, { what: 'Esc clears the selection' });
    await page.keyboard.press('Escape');
    s = await waitForState(page, (x) => x.view.filters.area === '', { what: 'Esc clears the filter' });
    assert.deepEqual(s.view.selection, []);
    // Every row selected: the link stays short (the selection stays out of it).
    await page.evaluate(() => window.gongkai.setView({ tab: 'figures' }));
    await page.keyboard.press('Control+a');
    s = await waitForState(page, (x) => x.view.selection.length > 100, { what: 'every row selected' });
    assert.ok(!s.view.hash.includes('sel='), `the hash names no selection of ${s.view.selection.length}: ${s.view.hash}`);
    assert.ok(s.view.hash.length < 300);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the donut has one legend, beside its ring; the chart tab has no empty details panel; charts in the Export dialog', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart', chartKind: 'donut' }));
    await waitForState(page, (x) => x.view.chartKind === 'donut', { what: 'the donut' });
    await nextFrame(page);
    const ring = await itemRect(page, 'chart.donut');
    const legend = await itemRect(page, 'chart.legend.0');
    // The one legend is beside the ring (a second one, above the chart, is gone).
    assert.ok(legend.x >= ring.x + ring.w && legend.y >= ring.y, `the legend is beside the ring: ${JSON.stringify({ ring, legend })}`);
    assert.equal(await page.evaluate(() => window.gongkai.debug.itemRect('panel.details')), null, 'no details panel on the chart tab');
    await clickItem(page, 'chart.legend.0');
    await waitForState(page, (x) => x.view.hiddenSeries.length === 1, { what: 'the legend toggles a slice' });
    saveResult('chart-donut-one-legend-zh.png', await page.screenshot());

    await page.keyboard.press('Control+e');
    await waitForState(page, (x) => x.view.windows.includes('export'), { what: 'the export dialog' });
    for (const key of ['export.format.svg', 'export.format.png', 'export.format.chart_csv']) assert.ok(await itemRect(page, key), key);
    await clickItem(page, 'export.format.svg');
    const download = page.waitForEvent('download');
    await clickItem(page, 'export.download');
    const file = await download;
    assert.match(file.suggestedFilename(), /^.*chart-donut.*\.svg$/);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

// all_reports.test.mjs — bars over every loaded report (the charts' scope): picked with real
// clicks, grouped by year and region as well as by area, drilled into a year; the numbers are
// the sums of the loaded reports, and the report list stays usable with a thousand reports.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, clickItem, openApp, saveResult, useServerAndBrowser, waitForState } from './harness.mjs';

const FUXIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/reports/fuxin-2017.json'), 'utf8'));

const chartData = (page) => page.evaluate(() => window.gongkai.chartData());
const rowOf = (data, label) => data.rows.find((r) => r.label === label);

/** Fuxin as if it were another year and place, with 稳增长's public-resources item grown by `more`. */
function variant(id, year, region, more) {
  const r = structuredClone(FUXIN);
  r.id = id;
  r.meta.year = year;
  r.meta.region = { ...r.meta.region, name: region };
  r.meta.title = `${region}${year}年政府信息公开工作年度报告（测试用）`;
  const f = r.figures.find((x) => x.id === 'growth-public-resources');
  f.value += more;
  delete f.quote;  // the quote no longer matches the text
  delete r.text;
  return r;
}

describe('charts over all reports', () => {
  const web = useServerAndBrowser();

  test('scope, grouping by year and region, drill into a year', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const collection = { format: 'gongkai.collection', version: 1,
                         reports: [variant('anshan-2018', 2018, '鞍山市', 40)] };
    const loaded = await page.evaluate((text) => window.gongkai.load('more.json', text), JSON.stringify(collection));
    assert.ok(loaded.ok, JSON.stringify(loaded.errors));
    await clickItem(page, 'tab.chart');
    await waitForState(page, (s) => s.view.tab === 'chart', { what: 'the charts tab' });

    // This report: 主动公开 9538 as stated by Fuxin (or the variant, whichever is selected).
    let data = await chartData(page);
    const oneReport = rowOf(data, '稳增长').values[0];

    await clickItem(page, 'chart.scope.all');
    let v = (await waitForState(page, (s) => s.view.scope === 'all', { what: 'scope all' })).view;
    assert.equal(v.grouping, 'area');
    data = await chartData(page);
    // Each report's overall total (主动公开 9538 条) is a KPI over the bars, summed, never a bar
    // beside the areas it is the total of (as in one report's chart).
    assert.equal(rowOf(data, '主动公开'), undefined, 'no 9538 bar among its parts');
    assert.ok(data.rows.every((r) => r.values[0] !== 9538 * 2 && r.values[0] !== 9538), JSON.stringify(data.rows));
    assert.deepEqual(data.kpis.map((k) => [k.value, k.unit]), [[9538 * 2, '条']]);
    assert.ok(data.kpis[0].label.startsWith('主动公开'), data.kpis[0].label);
    assert.ok(await page.evaluate(() => document.querySelector('#a11y-chart-data caption')?.textContent.includes('19076')),
              'the mirror states the summed total');
    const fuxinGrowth = FUXIN.figures.filter((f) => f.area === '稳增长');
    assert.ok(fuxinGrowth.length > 0);
    // Both reports' 稳增长: twice this report's, less or plus the 40 added to one of them.
    assert.ok([oneReport * 2 + 40, oneReport * 2 - 40].includes(rowOf(data, '稳增长').values[0]),
              `稳增长 ${rowOf(data, '稳增长').values[0]} from ${oneReport}`);

    // Region and year are offered only here.
    await clickItem(page, 'chart.group.year');
    v = (await waitForState(page, (s) => s.view.grouping === 'year', { what: 'grouping by year' })).view;
    data = await chartData(page);
    // One bar per year and unit (Fuxin counts 条 and 件): compare the 条.
    const years = data.rows.filter((r) => r.unit === '条');
    assert.deepEqual(years.map((r) => r.label).sort(), ['2017', '2018']);
    const y2018 = years.find((r) => r.label === '2018');
    const y2017 = years.find((r) => r.label === '2017');
    assert.equal(y2018.values[0] - y2017.values[0], 40);
    saveResult('charts-all-reports-year-zh.png', await page.screenshot());
    // The URL keeps the scope before the grouping, so a shared link opens the same bars.
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    assert.ok(hash.indexOf('sc=all') >= 0 && hash.indexOf('sc=all') < hash.indexOf('g=year'), hash);

    // A year's bar opens its areas, for that year's reports only.
    await clickItem(page, `chart.bar.${data.rows.indexOf(y2018)}`);
    v = (await waitForState(page, (s) => s.view.drill.length === 1, { what: 'drilled into 2018' })).view;
    assert.deepEqual(v.drill, [{ field: 'year', value: '2018' }]);
    assert.equal(v.chartField, 'area');
    data = await chartData(page);
    assert.equal(rowOf(data, '主动公开'), undefined);
    assert.deepEqual(data.kpis.map((k) => [k.value, k.unit]), [[9538, '条']]);

    await clickItem(page, 'chart.group.region');
    await waitForState(page, (s) => s.view.grouping === 'region' && s.view.drill.length === 0, { what: 'by region' });
    data = await chartData(page);
    assert.deepEqual([...new Set(data.rows.map((r) => r.label))].sort(), ['鞍山市', FUXIN.meta.region.name].sort());

    // Back to this report: region is not a grouping of one report, so area returns.
    await clickItem(page, 'chart.scope.report');
    v = (await waitForState(page, (s) => s.view.scope === 'report', { what: 'scope report' })).view;
    assert.equal(v.grouping, 'area');
    await assert.rejects(page.evaluate(() => window.gongkai.setView({ grouping: 'year' })), /scope all/,
                         'year needs the all-reports scope');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a thousand reports: the list, the scope and a regroup stay quick to use', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const reports = [];
    for (let i = 0; i < 1000; i++) reports.push(variant(`r${i}`, 2010 + (i % 10), `市${i % 7}`, i % 3));
    const loaded = await page.evaluate(
      (text) => window.gongkai.load('thousand.json', text),
      JSON.stringify({ format: 'gongkai.collection', version: 1, reports }));
    assert.ok(loaded.ok, JSON.stringify(loaded.errors).slice(0, 500));
    await clickItem(page, 'tab.chart');
    await clickItem(page, 'chart.scope.all');
    await clickItem(page, 'chart.group.year');
    await waitForState(page, (s) => s.view.grouping === 'year', { what: 'grouping by year' });
    const data = await chartData(page);
    // 2010..2019 (Fuxin's 2017 among them), one bar per year and unit.
    assert.deepEqual([...new Set(data.rows.map((r) => r.label))].sort(),
                     Array.from({ length: 10 }, (_, i) => String(2010 + i)));
    const sum = data.rows.reduce((a, r) => a + (r.unit === '条' ? r.values[0] : 0), 0);
    assert.ok(sum > 0);
    // The report list draws only what is in view, yet a report far down can still be chosen.
    await page.evaluate(() => window.gongkai.setView({ report: 'r999' }));
    await waitForState(page, (s) => s.view.report === 'r999', { what: 'report r999 selected' });
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

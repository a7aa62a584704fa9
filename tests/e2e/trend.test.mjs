// trend.test.mjs — charts of key figures across reports and of the template tables, and
// honest charts: two fictional 2021-template reports of 青禾县 (tests/data/charts, 2020 and
// 2021) are imported through the review; a key figure's trend is drawn, a point is chosen to
// show its cell, and the chart is exported as SVG and CSV through real downloads whose values
// are checked; compare gives the change and "—" where a report does not state a figure; the
// Fuxin by-area chart has no 9538 bar and states it as a total; the URL hash keeps the view.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickItem, distinctColours, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const chartData = (page) => page.evaluate(() => window.gongkai.chartData());
const FUXIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/reports/fuxin-2017.json'), 'utf8'));

/** Imports a text report as a user does (importText, then Keep in the review); its id. */
async function importReport(page, file) {
  const text = fs.readFileSync(path.join(ROOT, 'tests/data/charts', file), 'utf8');
  const before = (await page.evaluate(() => window.gongkai.state())).reports.length;
  const out = await page.evaluate(([n, t]) => window.gongkai.importText(n, t), [file, text]);
  assert.equal(out.ok, true, JSON.stringify(out.errors));
  await clickItem(page, 'review.keep');
  const s = await waitForState(page, (st) => st.view.review === null && st.reports.length === before + 1,
                               { what: `${file} kept` });
  return s.view.report;
}

/** The accessible table of the chart. */
function mirror(page) {
  return page.evaluate(() => {
    const t = document.getElementById('a11y-chart-data');
    const cells = (tr) => Array.from(tr.children, (c) => c.textContent);
    return { caption: t.querySelector('caption').textContent, header: cells(t.querySelector('thead tr')),
             rows: Array.from(t.querySelectorAll('tbody tr'), cells) };
  });
}

/** Clicks an export button and returns {name, bytes} of the real download. */
async function download(page, key) {
  const [d] = await Promise.all([page.waitForEvent('download'), clickItem(page, key)]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

/** Parses CSV (RFC 4180, CRLF) into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('charts of key figures and template tables', () => {
  const web = useServerAndBrowser();

  test('a key figure over two years: drawn, chosen, exported as SVG and CSV; compare shows the change', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const id2020 = await importReport(page, 'qinghe-2020.txt');
    const id2021 = await importReport(page, 'qinghe-2021.txt');
    assert.notEqual(id2020, id2021);
    await clickItem(page, 'tab.chart');
    await clickItem(page, 'chart.kind.trend');
    let s = await waitForState(page, (st) => st.view.chartKind === 'trend', { what: 'the trend' });
    assert.equal(s.view.keyFigure, 'applications_received');
    assert.equal(s.view.trendStyle, 'line');
    assert.match(decodeURIComponent(s.view.hash), /ck=trend/);

    let data = await chartData(page);
    assert.equal(data.kind, 'line');
    assert.deepEqual(data.rows.map((r) => [r.label, r.values[0], r.unit]), [['2020', 25, '件'], ['2021', 50, '件']]);
    assert.deepEqual(data.rows.map((r) => r.reportIds[0]), [id2020, id2021]);
    assert.ok(data.source.includes('青禾县'), `a source line: ${data.source}`);
    const png = await page.screenshot();
    saveResult('trend-line-zh.png', png);
    assert.ok((await distinctColours(page, png)) > 50);
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    assert.match((await chartData(page)).title, /^Applications received over the years: 青禾县/);
    saveResult('trend-line-en.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'zh' }));
    await nextFrame(page);

    // Choose 2021's point: its cell shows below the chart.
    await clickItem(page, 'chart.point.1');
    s = await waitForState(page, (st) => st.view.chartSelected === data.rows[1].key, { what: '2021 chosen' });
    await clickItem(page, 'chart.selected');  // drawn, with the cell it comes from
    assert.ok(data.rows[1].sources[0].length > 0, 'the key figure says where it comes from');
    assert.match(decodeURIComponent(s.view.hash), /cs=/);
    saveResult('trend-selected-zh.png', await page.screenshot());

    // SVG through a real download: both years' values are texts of it.
    const svg = await download(page, 'chart.export_svg');
    assert.match(svg.name, /^青禾县-chart-trend-applications_received\.svg$/);
    const texts = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null,
               texts: Array.from(doc.querySelectorAll('text'), (x) => x.textContent) };
    }, svg.bytes.toString('utf8'));
    assert.equal(texts.error, null);
    for (const v of ['25 件', '50 件', '2020', '2021']) assert.ok(texts.texts.includes(v), `the SVG shows ${v}`);
    assert.ok(texts.texts.some((t) => t.startsWith('数据来源')), 'and its source line');

    // CSV through a real download: the values and their cells.
    const csv = await download(page, 'chart.export_csv');
    assert.match(csv.name, /^青禾县-chart-trend-applications_received\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    assert.deepEqual(rows[0].slice(0, 3), ['年度', '数值', '单位']);
    const byYear = Object.fromEntries(rows.slice(1).filter((r) => /^\d{4}$/.test(r[0])).map((r) => [r[0], r]));
    assert.equal(byYear['2020'][1], '25');
    assert.equal(byYear['2021'][1], '50');
    assert.equal(byYear['2021'][5], id2021, 'the report it comes from');

    // Bars instead of a line, and the same key figure ranked over the loaded reports.
    await clickItem(page, 'chart.style.bars');
    await waitForState(page, (st) => st.view.trendStyle === 'bars', { what: 'trend as bars' });
    data = await chartData(page);
    assert.equal(data.kind, 'bars');
    assert.deepEqual(data.rows.map((r) => r.label), ['2020', '2021'], 'in year order');
    await clickItem(page, 'chart.kind.ranking');
    await waitForState(page, (st) => st.view.chartKind === 'ranking', { what: 'the ranking' });
    data = await chartData(page);
    assert.deepEqual(data.rows.filter((r) => [id2020, id2021].includes(r.reportIds[0])).map((r) => r.values[0]), [50, 25],
                     'largest first');

    // Compare the key figures: change and percent change; a figure one report lacks is "—".
    await clickItem(page, 'chart.kind.keycompare');
    await waitForState(page, (st) => st.view.chartKind === 'keycompare', { what: 'key figures compared' });
    data = await chartData(page);
    const apps = data.rows.find((r) => r.key === 'applications_received');
    const i2020 = apps.reportIds.indexOf(id2020), i2021 = apps.reportIds.indexOf(id2021);
    assert.deepEqual([apps.values[i2020], apps.values[i2021]], [25, 50]);
    const m = await mirror(page);
    const cells = m.rows.find((r) => r[0] === apps.label);
    assert.ok(cells, `the key figure is in the table: ${JSON.stringify(m.rows)}`);
    // The same body's reports, in year order: 2020 against 2021.
    assert.deepEqual(data.series, ['青禾县 2020', '青禾县 2021']);
    assert.ok(i2020 < i2021);
    assert.deepEqual(cells.slice(-2), ['+25', '+100.0%']);
    // Reviews: 3 in 2021, 1 in 2020, both stated.
    const reviews = data.rows.find((r) => r.key === 'reviews_total');
    if (reviews) assert.ok(reviews.present.every((p) => p));
    saveResult('keycompare-zh.png', await page.screenshot());
    assert.ok(!m.rows.some((r) => r.some((c) => c.includes('-100'))), 'never −100% for an absent figure');

    // The template tables of 2021: applications by applicant, the 总计 as the total.
    await page.evaluate((id) => window.gongkai.setView({ report: id }), id2021);
    await clickItem(page, 'chart.kind.template');
    await clickItem(page, 'chart.template.applicants');
    await waitForState(page, (st) => st.view.templateChart === 'applicants', { what: 'applicants' });
    data = await chartData(page);
    assert.equal(data.rows.find((r) => r.key === 'natural_person').values[0], 40);
    assert.equal(data.rows.find((r) => r.key === 'natural_person').sources[0], '/tables/applications/new/natural_person');
    assert.deepEqual(data.kpis.map((k) => k.value), [50]);
    await clickItem(page, 'chart.template.outcomes');
    await clickItem(page, 'chart.style.donut');
    await waitForState(page, (st) => st.view.templateStyle === 'donut', { what: 'outcomes as a donut' });
    data = await chartData(page);
    assert.equal(data.kind, 'donut');
    assert.equal(data.rows.reduce((a, r) => a + r.values[0], 0), 51);
    saveResult('template-outcomes-zh.png', await page.screenshot());
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await nextFrame(page);
    saveResult('template-outcomes-en.png', await page.screenshot());
    data = await chartData(page);
    assert.ok(data.rows.some((r) => r.label === 'Granted'), 'English labels');
    await page.evaluate(() => window.gongkai.setView({ language: 'zh' }));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('Fuxin by area: the overall total is a KPI, units never share an axis, compare says "not in this report"', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await clickItem(page, 'tab.chart');
    await waitForState(page, (st) => st.view.tab === 'chart', { what: 'the charts tab' });
    let data = await chartData(page);
    assert.ok(!data.rows.some((r) => r.values[0] === 9538), 'no 9538 bar');
    assert.deepEqual(data.kpis.map((k) => [k.label, k.value, k.unit]), [['主动公开 · 各类政府信息', 9538, '条']]);
    let m = await mirror(page);
    assert.ok(m.caption.includes('9538'), `the table's caption states the total: ${m.caption}`);
    await clickItem(page, 'chart.kpi.0');  // drawn, and shows its figure
    const focus = (await page.evaluate(() => window.gongkai.state())).view;
    assert.ok(JSON.stringify(focus).includes('proactive-total') || focus.hash.includes('fig='), 'the total opens its figure');
    const svg = await page.evaluate(() => window.gongkai.exportText('svg'));
    assert.ok(svg.includes('总数：主动公开 · 各类政府信息 9538 条'));
    saveResult('fuxin-area-kpi-zh.png', await page.screenshot());

    // 件 is a switch away, never a bar under the 条 bars; its share is of the 件.
    assert.deepEqual(data.units, ['条', '件']);
    await clickItem(page, 'chart.unit.件');
    await waitForState(page, (st) => st.view.unit === '件', { what: 'the 件 bars' });
    data = await chartData(page);
    assert.deepEqual(data.rows.map((r) => [r.label, r.values[0], r.unit]), [['建议提案办理', 24, '件']]);
    m = await mirror(page);
    assert.equal(m.rows[0].at(-1), '100.0%');
    await clickItem(page, 'chart.unit.条');
    await waitForState(page, (st) => st.view.unit === '条', { what: 'the 条 bars' });

    // A second report without 调结构: compare says "not in this report", no change.
    const other = structuredClone(FUXIN);
    other.id = 'fuxin-2018';
    other.meta.year = 2018;
    other.figures = other.figures.filter((f) => f.area !== '调结构');
    for (const f of other.figures) delete f.quote;
    delete other.text;
    const loaded = await page.evaluate((t) => window.gongkai.load('fuxin-2018.json', t), JSON.stringify(other));
    assert.ok(loaded.ok, JSON.stringify(loaded.errors));
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart', report: 'fuxin-2017', chartKind: 'compare' }));
    await nextFrame(page);
    data = await chartData(page);
    const row = data.rows.find((r) => r.label === '调结构');
    assert.deepEqual(row.present, [true, false]);
    m = await mirror(page);
    const cells = m.rows.find((r) => r[0] === '调结构');
    assert.equal(cells[2], '—（不在该报告中）');
    assert.deepEqual(cells.slice(-2), ['—', '—'], 'no difference and no −100%');
    assert.ok(!m.rows.some((r) => r.includes('-100.0%')));
    saveResult('compare-absent-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

// charts.test.mjs — the charts tab of issue 5, driven with the real mouse and keyboard:
// grouping buttons, tooltips, drill-down and breadcrumb (and Esc), legend toggles, the donut's
// breakdown choice, compare with a second report, SVG and PNG downloads whose bytes are checked,
// and the accessible HTML table that mirrors the chart. Screenshots of every chart kind in
// Chinese and English go to test-results/charts-*.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickItem, distinctColours, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const FUXIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/reports/fuxin-2017.json'), 'utf8'));

const chartData = (page) => page.evaluate(() => window.gongkai.chartData());
const view = async (page) => (await page.evaluate(() => window.gongkai.state())).view;

/** Opens the app on the charts tab with a real click on the tab. */
async function openCharts(browser, url, options) {
  const app = await openApp(browser, url, options);
  await clickItem(app.page, 'tab.chart');
  await waitForState(app.page, (s) => s.view.tab === 'chart', { what: 'the charts tab' });
  return app;
}

/** Moves the real mouse over a named item and waits until the chart reports a tooltip. */
async function hover(page, key, { dx = 0.5, dy = 0.5 } = {}) {
  const r = await itemRect(page, key);
  await page.mouse.move(r.x + r.w * dx, r.y + r.h * dy);
  const s = await waitForState(page, (st) => st.view.chartTooltip !== null, { what: `a tooltip over ${key}` });
  return s.view.chartTooltip;
}

/** The accessible table as plain data, read from the DOM. */
function mirror(page) {
  return page.evaluate(() => {
    const t = document.getElementById('a11y-chart-data');
    if (!t) return null;
    const cells = (tr) => Array.from(tr.children, (c) => c.textContent);
    const style = getComputedStyle(t);
    const box = t.parentElement.getBoundingClientRect();  // the visually hidden wrapper
    return {
      caption: t.querySelector('caption').textContent,
      header: cells(t.querySelector('thead tr')),
      rows: Array.from(t.querySelectorAll('tbody tr'), cells),
      ariaHidden: t.closest('[aria-hidden="true"]') !== null,
      display: style.display,
      visibility: style.visibility,
      area: box.width * box.height,
      elements: t.querySelectorAll('img, script, b, a').length,
    };
  });
}

/** A second report: Fuxin as if it were 2018, with 稳增长's public-resources item grown by 40. */
function fuxin2018() {
  const r = structuredClone(FUXIN);
  r.id = 'fuxin-2018';
  r.meta.year = 2018;
  r.meta.title = '阜新市2018年政府信息公开工作年度报告（测试用）';
  const f = r.figures.find((x) => x.id === 'growth-public-resources');
  f.value += 40;
  delete f.quote;  // the quote no longer matches the text
  delete r.text;
  return JSON.stringify(r);
}

/** A row's label as drawn: with its unit when the chart mixes units (建议提案办理 counts 件, the rest 条). */
function drawnLabel(data, row) {
  const mixed = data.rows.some((r) => r.unit !== data.rows[0].unit);
  return mixed ? `${row.label}（${row.unit}）` : row.label;
}

function pngSize(bytes) {
  // IHDR: width and height, big-endian, at bytes 16..24.
  return { w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) };
}

describe('charts', () => {
  const web = useServerAndBrowser();

  test('bars: grouping by clicks, tooltip, drill-down, breadcrumb and Esc', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    let v = await view(page);
    assert.equal(v.chartKind, 'bars');
    assert.equal(v.grouping, 'area');
    assert.equal(v.measure, 'published');

    // Switch the grouping with real clicks on the canvas.
    await clickItem(page, 'chart.group.department');
    v = (await waitForState(page, (s) => s.view.grouping === 'department', { what: 'grouping by department' })).view;
    let data = await chartData(page);
    assert.ok(data.rows.some((r) => r.label === '市环保局'), 'departments are the bars');
    await clickItem(page, 'chart.group.area');
    await waitForState(page, (s) => s.view.grouping === 'area', { what: 'grouping by area' });
    data = await chartData(page);
    // 主动公开 9538 条 is the report's overall total, stated apart from its areas: a KPI above
    // the bars, never a bar beside its own parts; the bars hold one unit (条), 件 is a switch away.
    assert.ok(!data.rows.some((r) => r.label === '主动公开'), 'no 9538 bar');
    assert.deepEqual(data.kpis.map((k) => [k.value, k.unit]), [[9538, '条']]);
    assert.deepEqual(data.units, ['条', '件']);
    assert.ok(data.rows.every((r) => r.unit === '条'));
    // Sorted, largest first.
    for (let i = 1; i < data.rows.length; i++) assert.ok(data.rows[i - 1].values[0] >= data.rows[i].values[0]);

    // Hover a bar: the tooltip shows the exact number, its share and its quote.
    const i = data.rows.findIndex((r) => r.label === '惠民生');
    const tip = await hover(page, `chart.bar.${i}`, { dx: 0.2 });
    assert.equal(tip.label, drawnLabel(data, data.rows[i]));
    assert.equal(tip.value, data.rows[i].values[0]);
    const total = data.rows.filter((r) => r.unit === tip.unit).reduce((a, r) => a + r.values[0], 0);
    assert.ok(Math.abs(tip.share - (100 * tip.value) / total) < 1e-6, `share ${tip.share}`);
    assert.ok(tip.quotes.length > 0 && tip.quotes.every((q) => q.length > 0), 'with its quotes');
    const png = await page.screenshot();
    saveResult('charts-bars-tooltip-zh.png', png);
    assert.ok((await distinctColours(page, png)) > 100);

    // Click 稳增长: its topics; then a topic: its departments.
    const g = data.rows.findIndex((r) => r.label === '稳增长');
    await clickItem(page, `chart.bar.${g}`);
    v = (await waitForState(page, (s) => s.view.drill.length === 1, { what: 'drilled into 稳增长' })).view;
    assert.deepEqual(v.drill, [{ field: 'area', value: '稳增长' }]);
    assert.equal(v.chartField, 'topic');
    data = await chartData(page);
    assert.ok(data.rows.some((r) => r.label === '预期引导'), 'the topics of 稳增长');
    const t = data.rows.findIndex((r) => r.label === '预期引导');
    await clickItem(page, `chart.bar.${t}`);
    v = (await waitForState(page, (s) => s.view.drill.length === 2, { what: 'drilled into 预期引导' })).view;
    assert.equal(v.chartField, 'department');
    data = await chartData(page);
    assert.deepEqual(data.rows.map((r) => r.label).sort(), ['市审计局', '市统计局', '市财政局'].sort());
    assert.equal(data.rows.reduce((a, r) => a + r.values[0], 0), 186, 'the parts of 预期引导信息186条');
    saveResult('charts-bars-drill-zh.png', await page.screenshot());

    // The breadcrumb goes back one level; Esc another.
    await clickItem(page, 'chart.crumb.1');
    v = (await waitForState(page, (s) => s.view.drill.length === 1, { what: 'back to 稳增长' })).view;
    assert.equal(v.chartField, 'topic');
    await page.keyboard.press('Escape');
    v = (await waitForState(page, (s) => s.view.drill.length === 0, { what: 'Esc back to the top' })).view;
    assert.equal(v.chartField, 'area');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('stacked bars: a legend entry toggles its series', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    await clickItem(page, 'chart.kind.stacked');
    await waitForState(page, (s) => s.view.chartKind === 'stacked', { what: 'stacked bars' });
    const data = await chartData(page);
    assert.ok(data.series.length >= 3, `departments as series: ${data.series}`);
    const before = data.rows.reduce((a, r) => a + r.values.reduce((x, y) => x + y, 0), 0);
    saveResult('charts-stacked-zh.png', await page.screenshot());

    await clickItem(page, 'chart.legend.0');
    let v = (await waitForState(page, (s) => s.view.hiddenSeries.length === 1, { what: 'a hidden series' })).view;
    assert.deepEqual(v.hiddenSeries, [data.series[0]]);
    const hidden = await chartData(page);
    assert.equal(hidden.seriesHidden[0], true);
    // The hidden series is left out of the accessible table too.
    const m = await mirror(page);
    assert.ok(!m.header.includes(data.series[0]), 'the table drops the hidden series');
    assert.ok(m.header.includes(data.series[1]));
    saveResult('charts-stacked-hidden-zh.png', await page.screenshot());
    await clickItem(page, 'chart.legend.0');
    v = (await waitForState(page, (s) => s.view.hiddenSeries.length === 0, { what: 'the series back' })).view;
    const again = await chartData(page);
    assert.equal(again.rows.reduce((a, r) => a + r.values.reduce((x, y) => x + y, 0), 0), before);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('donut: 依申请 requests by channel, then by outcome; a slice shows its share', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    await clickItem(page, 'chart.kind.donut');
    await waitForState(page, (s) => s.view.chartKind === 'donut', { what: 'the donut' });
    let data = await chartData(page);
    assert.deepEqual(data.rows.map((r) => [r.label, r.values[0]]), [['当面申请', 8], ['网络申请', 7], ['信函申请', 11]]);
    const tip = await hover(page, 'chart.slice.2');
    assert.equal(tip.label, '信函申请');
    assert.equal(tip.value, 11);
    assert.ok(Math.abs(tip.share - (100 * 11) / 26) < 1e-6);
    assert.deepEqual(tip.quotes, ['信函申请11件']);
    saveResult('charts-donut-zh.png', await page.screenshot());

    // Pick another total's breakdown in the combo, with the mouse.
    await clickItem(page, 'chart.breakdown');
    const choices = Object.keys(await page.evaluate(() => window.gongkai.debug.itemRects()))
      .filter((k) => /^chart\.breakdown\.\d+$/.test(k));
    assert.ok(choices.length >= 3, `several breakdowns: ${choices}`);
    await clickItem(page, 'chart.breakdown.2');
    const v = (await waitForState(page, (s) => s.view.breakdown?.breakdown === 'outcome', { what: 'outcomes' })).view;
    assert.equal(v.breakdown.total, 'requests-received');
    data = await chartData(page);
    assert.equal(data.rows.reduce((a, r) => a + r.values[0], 0), 26);
    assert.ok(data.rows.some((r) => r.label === '同意公开' && r.values[0] === 14));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('compare: a second report gives grouped bars and a table of differences', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    const loaded = await page.evaluate((text) => window.gongkai.load('fuxin-2018.json', text), fuxin2018());
    assert.deepEqual(loaded.errors.filter((e) => e.severity === 'error'), []);
    await clickItem(page, 'chart.kind.compare');
    await waitForState(page, (s) => s.view.chartKind === 'compare', { what: 'compare' });
    const data = await chartData(page);
    assert.deepEqual(data.series, ['阜新市 2017', '阜新市 2018']);
    const row = data.rows.find((r) => r.label === '稳增长');
    assert.equal(row.values[1] - row.values[0], 40);
    const tip = await hover(page, `chart.bar.${data.rows.indexOf(data.rows.find((r) => r.label === '惠民生'))}`, { dx: 0.5, dy: 0.25 });
    assert.equal(tip.series, '阜新市 2017');
    const m = await mirror(page);
    const cells = m.rows.find((r) => r[0] === '稳增长');
    assert.deepEqual(cells.slice(1, 4), [String(row.values[0]), String(row.values[1]), '条']);
    assert.equal(cells[4], '+40', 'the difference');
    assert.match(cells[5], /^\+\d+(\.\d)?%$/, 'and the change in percent');
    // Grouped bars overflow their area and scroll: the scale stays in view at its foot.
    const plot = await itemRect(page, 'chart.plot');
    const axis = await itemRect(page, 'chart.axis');
    assert.ok(axis.y >= plot.y && axis.y + axis.h <= plot.y + plot.h + 0.5,
      `the tick labels (${JSON.stringify(axis)}) are inside the visible plot (${JSON.stringify(plot)})`);
    saveResult('charts-compare-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('SVG and PNG downloads by real clicks hold the chart\'s data', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    const data = await chartData(page);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'chart.export_svg')]);
    const svgName = await page.evaluate(() => window.gongkai.exportFileName('svg'));
    assert.equal(svgDownload.suggestedFilename(), svgName);
    assert.equal(svgName, '阜新市-2017-chart-bars-area.svg', 'the name says region, year and view');
    const svg = fs.readFileSync(await svgDownload.path());
    const expected = Buffer.from(await page.evaluate(() => Array.from(window.gongkai.exportData('svg'))));
    assert.ok(svg.equals(expected), 'the download holds exactly exportData(\'svg\')');
    // The browser's own XML parser accepts it, and every bar's value is a text of it.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent),
        width: Number(doc.documentElement.getAttribute('width')),
        height: Number(doc.documentElement.getAttribute('height')),
      };
    }, svg.toString('utf8'));
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    for (const r of data.rows) {
      assert.ok(parsed.texts.some((t) => t.startsWith(`${r.values[0]} ${r.unit}`)), `the SVG shows ${r.label}: ${r.values[0]}`);
      const label = drawnLabel(data, r);
      assert.ok(parsed.texts.some((t) => t === label || (t.endsWith('…') && label.startsWith(t.slice(0, -1)))),
        `and its label ${label}`);
    }

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'chart.export_png')]);
    assert.equal(pngDownload.suggestedFilename(), '阜新市-2017-chart-bars-area.png');
    const png = fs.readFileSync(await pngDownload.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    const size = pngSize(png);
    assert.deepEqual(size, { w: parsed.width * 2, h: parsed.height * 2 }, 'drawn from the SVG at twice its size');
    assert.ok(png.length > 20000, `a real picture (${png.length} bytes)`);
    saveResult('charts-export-bars.png', png);
    const colours = await distinctColours(page, png);
    assert.ok(colours > 20, `the PNG is not blank (${colours} colours)`);
    // exportData('png') is asynchronous and gives the same picture.
    const api = await page.evaluate(async () => (await window.gongkai.exportData('png')).length);
    assert.ok(api > 20000);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the accessible table mirrors the chart and keeps report text as text', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    let data = await chartData(page);
    let m = await mirror(page);
    assert.ok(m, 'the table exists');
    assert.equal(m.ariaHidden, false, 'not hidden from assistive technology');
    assert.notEqual(m.display, 'none');
    assert.notEqual(m.visibility, 'hidden');
    assert.ok(m.area <= 4, `visually hidden (${m.area} px²)`);
    assert.ok(m.caption.startsWith(data.title), `caption: ${m.caption}`);
    assert.deepEqual(m.rows.map((r) => [r[0], Number(r[1]), r[2]]), data.rows.map((r) => [r.label, r.values[0], r.unit]));

    // Follows the view: a drill-down changes it.
    const g = data.rows.findIndex((r) => r.label === '稳增长');
    await clickItem(page, `chart.bar.${g}`);
    await waitForState(page, (s) => s.view.drill.length === 1, { what: 'drilled' });
    data = await chartData(page);
    m = await mirror(page);
    assert.deepEqual(m.rows.map((r) => r[0]), data.rows.map((r) => r.label));
    assert.ok(m.caption.includes('稳增长'));

    // Markup in a report stays text.
    const evil = structuredClone(FUXIN);
    evil.id = 'evil-1';
    evil.meta.region.name = '<b>x</b>';
    delete evil.text;
    for (const f of evil.figures) { delete f.quote; if (f.area === '稳增长') f.area = '<img src=x onerror="window.pwned=1">'; }
    const out = await page.evaluate((text) => window.gongkai.load('evil.json', text), JSON.stringify(evil));
    assert.deepEqual(out.reports, ['evil-1']);
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart', grouping: 'area' }));
    await nextFrame(page);
    m = await mirror(page);
    assert.ok(m.rows.some((r) => r[0] === '<img src=x onerror="window.pwned=1">'), 'the label is shown as text');
    assert.equal(m.elements, 0, 'no element was made from report text');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    const svg = await page.evaluate(() => window.gongkai.exportText('svg'));
    assert.ok(svg.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;'), 'the SVG escapes it');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('screenshots of every chart in Chinese and English', async () => {
    const { page, context, consoleErrors } = await openCharts(web.browser, web.server.url);
    await page.evaluate((text) => window.gongkai.load('fuxin-2018.json', text), fuxin2018());
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart', report: 'fuxin-2017' }));
    for (const language of ['zh', 'en']) {
      for (const kind of ['bars', 'stacked', 'donut', 'treemap', 'compare']) {
        await page.evaluate((v) => window.gongkai.setView(v), { language, chartKind: kind });
        await page.mouse.move(2, 700);  // no tooltip
        await nextFrame(page);
        await nextFrame(page);
        const png = await page.screenshot();
        saveResult(`charts-${kind}-${language}.png`, png);
        assert.ok((await distinctColours(page, png)) > 100, `${kind} ${language} is drawn`);
        const data = await chartData(page);
        assert.ok(data.rows.length > 0, `${kind} has rows`);
        if (language === 'en') assert.ok(!/[\u4e00-\u9fff]/.test(data.title.replace(/阜新市.*$/, '')) || kind === 'donut',
          `${kind}: an English title (${data.title})`);
      }
    }
    // Treemap tiles hover too.
    await page.evaluate(() => window.gongkai.setView({ language: 'zh', chartKind: 'treemap' }));
    const tiles = Object.keys(await page.evaluate(() => window.gongkai.debug.itemRects())).filter((k) => k.startsWith('chart.tile.'));
    assert.ok(tiles.length > 10, `tiles: ${tiles.length}`);
    const tip = await hover(page, tiles[0]);
    assert.ok(tip.value > 0 && tip.label.includes('›'));
    saveResult('charts-treemap-tooltip-zh.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

// foundation.test.mjs — the page of issue 2: the bundled Fuxin 2017 report opens in
// Chinese, window.gongkai works (ready, state, load, exportData), the File menu makes a
// real download, and the canvas is crisp (devicePixelRatio) and follows the window.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import {
  clickItem, distinctColours, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const BOM = [0xef, 0xbb, 0xbf];

describe('foundation page', () => {
  const web = useServerAndBrowser();

  test('opens with the bundled Fuxin 2017 report, drawn in Chinese', async () => {
    const { page, context, consoleErrors, state } = await openApp(web.browser, web.server.url);
    assert.equal(state.ready, true);
    const fuxin = state.reports.find((r) => r.id === 'fuxin-2017');
    assert.ok(fuxin, `fuxin-2017 is loaded (reports: ${JSON.stringify(state.reports)})`);
    assert.ok(fuxin.figures > 0, 'it has figures');
    assert.equal(fuxin.title, '阜新市2017年政府信息公开工作年度报告');
    assert.equal(fuxin.region, '阜新市');
    assert.equal(fuxin.year, 2017);
    assert.equal(state.view.report, 'fuxin-2017');
    assert.equal(state.view.language, 'zh');
    assert.deepEqual(state.errors, []);

    const png = await page.screenshot();
    saveResult('foundation-zh.png', png);
    // A blank canvas has one colour; text, table stripes and antialiasing give hundreds.
    const colours = await distinctColours(page, png);
    assert.ok(colours > 100, `the screenshot is not blank (${colours} colours)`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('gongkai.load of bad input keeps the report and returns located errors', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);

    // Broken JSON syntax: a line and column.
    const broken = await page.evaluate(() =>
      window.gongkai.load('broken.json', '{\n  "format": "gongkai.report",\n  "version": 1,\n  "id": oops\n}'));
    assert.equal(broken.ok, false);
    assert.ok(broken.errors.length > 0);
    const e = broken.errors[0];
    assert.equal(e.file, 'broken.json');
    assert.equal(e.severity, 'error');
    assert.equal(e.line, 4, `error on line 4: ${JSON.stringify(e)}`);
    assert.ok(e.column > 0, `with a column: ${JSON.stringify(e)}`);
    assert.ok(e.message.length > 0);

    // Valid JSON, invalid report: a JSON pointer.
    const invalid = await page.evaluate(() => window.gongkai.load('invalid.json', JSON.stringify({
      format: 'gongkai.report', version: 1, id: 'bad-1', meta: { title: 't' },
      figures: [{ id: 'f1', value: 'many', unit: '条' }],
    })));
    assert.equal(invalid.ok, false);
    assert.ok(invalid.errors.some((x) => x.pointer.startsWith('/figures/0')),
      `a pointer into the figure: ${JSON.stringify(invalid.errors)}`);

    // Bytes that are not text at all: still no crash.
    const garbage = await page.evaluate(() =>
      window.gongkai.load('garbage.json', new Uint8Array([0xff, 0x00, 0xc3, 0x28, 0x7b, 0x5b])));
    assert.equal(garbage.ok, false);
    assert.ok(garbage.errors.length > 0);

    const state = await page.evaluate(() => window.gongkai.state());
    assert.ok(state.reports.some((r) => r.id === 'fuxin-2017' && r.figures > 0), 'the bundled report stays loaded');
    assert.ok(!state.reports.some((r) => r.id === 'bad-1'), 'the invalid report was not added');
    assert.ok(state.errors.some((x) => x.file === 'broken.json' && x.line === 4), 'the errors panel lists it');
    assert.equal(state.view.tab, 'errors', 'the errors panel is shown');
    saveResult('foundation-errors.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('exportData returns the exact download bytes', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const csv = Buffer.from(await page.evaluate(() => Array.from(window.gongkai.exportData('csv'))));
    assert.deepEqual([...csv.subarray(0, 3)], BOM, 'the CSV starts with a UTF-8 BOM (Excel reads it as UTF-8)');
    const text = csv.subarray(3).toString('utf8');
    assert.ok(text.includes('财税体制改革'), 'the CSV holds the report\'s figures');
    assert.ok(text.includes('\r\n'), 'CRLF line ends');
    assert.equal(await page.evaluate(() => window.gongkai.exportText('csv').charCodeAt(0)), 0xfeff);

    const name = await page.evaluate(() => window.gongkai.exportFileName('csv'));
    assert.match(name, /\.csv$/);
    assert.ok(name.includes('阜新市') || name.includes('fuxin'), `the name says what it holds: ${name}`);

    // The JSON export loads back as the same report.
    const reload = await page.evaluate(async () => {
      const json = window.gongkai.exportText('json');
      return window.gongkai.load('export.json', json);
    });
    assert.deepEqual(reload, { ok: true, errors: [], reports: ['fuxin-2017'] });

    const md = await page.evaluate(() => window.gongkai.exportText('md'));
    assert.ok(md.includes('阜新市2017年政府信息公开工作年度报告'));

    await assert.rejects(page.evaluate(() => window.gongkai.exportData('xlsx')), /unknown export format/);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('File → export CSV makes a real download with the same bytes', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await clickItem(page, 'menu.file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      clickItem(page, 'menu.file.export_csv'),
    ]);
    const expectedName = await page.evaluate(() => window.gongkai.exportFileName('csv'));
    assert.equal(download.suggestedFilename(), expectedName);
    const downloaded = fs.readFileSync(await download.path());
    const expected = Buffer.from(await page.evaluate(() => Array.from(window.gongkai.exportData('csv'))));
    assert.ok(downloaded.equals(expected), 'the downloaded file holds exactly exportData(\'csv\')');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('the menus switch the language and the table sorts by a clicked header', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await clickItem(page, 'menu.language');
    await clickItem(page, 'lang.en');
    await waitForState(page, (s) => s.view.language === 'en', { what: 'English' });

    await clickItem(page, 'figures.header.value');
    const state = await waitForState(page, (s) => s.view.sort !== null, { what: 'a sorted table' });
    assert.deepEqual(state.view.sort, { column: 'value', direction: 'descending' });
    saveResult('foundation-en.png', await page.screenshot());

    await page.evaluate(() => window.gongkai.setView({ tab: 'chart', language: 'zh' }));
    await nextFrame(page);
    const bar = await itemRect(page, 'chart.bar.0');
    await page.mouse.move(bar.x + bar.w - 4, bar.y + bar.h / 2);
    await nextFrame(page);
    await nextFrame(page);
    saveResult('foundation-chart.png', await page.screenshot());
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('high-DPI: the drawing buffer is CSS size × devicePixelRatio, and input lands right', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, {
      viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2,
    });
    const size = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
    });
    let s = await size();
    assert.equal(s.dpr, 2);
    assert.deepEqual([s.w, s.h], [s.cssW * 2, s.cssH * 2]);

    // Mouse coordinates are CSS pixels: a click on the Help menu opens it.
    await clickItem(page, 'menu.help');
    await clickItem(page, 'menu.help.about');
    await itemRect(page, 'about.close');
    saveResult('foundation-dpr2.png', await page.screenshot());
    await clickItem(page, 'about.close');

    // The canvas follows the window.
    await page.setViewportSize({ width: 800, height: 600 });
    await nextFrame(page);
    s = await size();
    assert.deepEqual([s.cssW, s.cssH], [800, 600]);
    assert.deepEqual([s.w, s.h], [1600, 1200]);
    const file = await itemRect(page, 'tab.errors');
    assert.ok(file.x + file.w <= 800, 'the layout fits the new width');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

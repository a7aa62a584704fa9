// perf.test.mjs — issue 7 behaviours (never timings): the first view downloads no font file
// and draws Chinese with the browser's fonts; ?font=file (a browser without Chinese fonts)
// fetches the subset and draws the same text; gongkai.load accepts .json.gz bytes; a broken
// gzip gives a located error, not an exception.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, distinctColours, saveResult, useServerAndBrowser } from './harness.mjs';

describe('issue 7: fonts drawn by the browser, .json.gz', () => {
  const web = useServerAndBrowser();

  async function open(query) {
    const fonts = [];
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('request', (r) => { if (/\.(ttf|otf|woff2?)(\?|$)/.test(r.url())) fonts.push(r.url()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${web.server.url}${query}`);
    const state = await page.evaluate(() => window.gongkai.ready);
    return { context, page, state, fonts, errors };
  }

  test('the first view fetches no font file and draws Chinese with the system font', async () => {
    const { context, page, state, fonts, errors } = await open('');
    assert.equal(state.ready, true);
    assert.deepEqual(fonts, [], 'no font file was requested');
    assert.equal(await page.evaluate(() => window.Module.gongkaiFont.requested), false);
    const png = await page.screenshot();
    saveResult('perf-browser-font.png', png);
    assert.ok(await distinctColours(page, png) > 100, 'text was drawn');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('?font=file fetches the font subset, as a browser without Chinese fonts does', async () => {
    const { context, page, state, fonts, errors } = await open('?font=file');
    assert.equal(state.ready, true);
    assert.equal(fonts.length, 1, `one font file was requested (${fonts.join(', ')})`);
    assert.equal(await page.evaluate(() => window.Module.gongkaiFont.status), 2, 'the font was handed to the app');
    const png = await page.screenshot();
    saveResult('perf-font-file.png', png);
    assert.ok(await distinctColours(page, png) > 100, 'text was drawn');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('gongkai.load accepts gzip bytes (.json.gz) and reports a broken gzip as an error', async () => {
    const { context, page } = await open('');
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/reports/fuxin-2017.json'), 'utf8'));
    json.id = 'fuxin-2017-gz';
    const gz = [...zlib.gzipSync(Buffer.from(JSON.stringify(json)))];
    const ok = await page.evaluate((bytes) => window.gongkai.load('fuxin.json.gz', new Uint8Array(bytes)), gz);
    assert.equal(ok.ok, true, JSON.stringify(ok.errors));
    assert.deepEqual(ok.reports, ['fuxin-2017-gz']);
    const broken = gz.slice(0, 40);
    const bad = await page.evaluate((bytes) => window.gongkai.load('cut.json.gz', new Uint8Array(bytes)), broken);
    assert.equal(bad.ok, false);
    assert.equal(bad.errors[0].file, 'cut.json.gz');
    assert.match(bad.errors[0].message, /decompress/);
    await context.close();
  });
});

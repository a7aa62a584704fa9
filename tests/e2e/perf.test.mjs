// perf.test.mjs — issue 7 behaviours (never timings): the first view downloads no font file
// and draws Chinese with the browser's fonts; ?font=file (a browser without Chinese fonts)
// fetches the subset and draws the same text; the first view runs on gongkai.wasm alone and
// the rest of the code (gongkai.deferred.wasm) follows, ahead of need or on demand;
// gongkai.load accepts .json.gz bytes; a broken gzip gives a located error, not an exception;
// once the app is up, drawing makes no WebGL call that waits for the GPU.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  DIST, ROOT, clickItem, distinctColours, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

describe('issue 7: fonts drawn by the browser, .json.gz', () => {
  const web = useServerAndBrowser();

  async function open(query, { initScript } = {}) {
    const fonts = [];
    const deferred = [];     // requests of gongkai.deferred.<hash>.wasm
    const placeholders = [];  // Emscripten's message when a moved function is called before it is loaded
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    page.on('request', (r) => {
      if (/\.(ttf|otf|woff2?)(\?|$)/.test(r.url())) fonts.push(r.url());
      if (/\/gongkai\.deferred\.[0-9a-f]{10}\.wasm$/.test(r.url())) deferred.push(r.url());
    });
    page.on('console', (m) => { if (m.text().startsWith('placeholder function called')) placeholders.push(m.text()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${web.server.url}${query}`);
    const state = await page.evaluate(() => window.gongkai.ready);
    return { context, page, state, fonts, deferred, placeholders, errors };
  }

  test('the first view fetches no font file and draws Chinese with the system font', async () => {
    const { context, page, state, fonts, errors } = await open('');
    assert.equal(state.ready, true);
    const firstFrame = await page.evaluate(() => window.gongkai.debug.firstFrame);
    assert.ok(Number.isFinite(firstFrame) && firstFrame > 0, `debug.firstFrame gave a time (${firstFrame})`);
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

  test('the first view runs on gongkai.wasm alone; the rest of the code follows after the first frame', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'asset-manifest.json'), 'utf8'));
    const sizes = ['gongkai.wasm', 'gongkai.deferred.wasm'].map((f) => fs.statSync(path.join(DIST, manifest[f])).size);
    assert.ok(sizes[1] > 100000, `the build split the module (gongkai.wasm ${sizes[0]} B, deferred ${sizes[1]} B)`);

    const { context, page, state, deferred, placeholders, errors } = await open('');
    assert.equal(state.ready, true);
    assert.deepEqual(placeholders, [], 'nothing before the first frame needed the deferred code');
    await page.evaluate(() => window.gongkai.debug.codeLoaded);
    assert.equal(deferred.length, 1, `fetched once, after the first frame (${deferred.join(', ')})`);
    // Code that only the deferred module has: the text importer, the exports, another view.
    const csv = await page.evaluate(async () => new TextDecoder().decode(await window.gongkai.exportData('csv')));
    // The CSV header follows the UI's language (Chinese here); report_id etc. on request.
    assert.match(csv, /^报告编号,/);
    const imported = await page.evaluate(() => window.gongkai.importText('x.txt', '2019年，本机关主动公开政府信息12条。'));
    assert.equal(imported.ok, true, JSON.stringify(imported));
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart' }));
    assert.deepEqual(placeholders, [], 'once loaded, no placeholder is called');
    assert.equal(deferred.length, 1);
    assert.deepEqual(errors, []);
    await context.close();

    // A reload at the link the app writes for its first view takes other start-up paths.
    const link = await open('#r=fuxin-2017&t=figures&l=zh');
    assert.equal(link.state.view.tab, 'figures');
    assert.deepEqual(link.placeholders, [], 'the first view from its own link needed no deferred code');
    await link.context.close();
  });

  test('a click right after the first frame loads the rest of the code on demand', async () => {
    // ?deferred=lazy: no background load, as when the user acts before it is done.
    const { context, page, deferred, placeholders, errors } = await open('?deferred=lazy');
    assert.deepEqual(deferred, [], 'nothing fetched ahead');
    await clickItem(page, 'tab.chart');
    const s = await waitForState(page, (x) => x.view.tab === 'chart', { what: 'the chart tab' });
    assert.equal(s.view.tab, 'chart');
    assert.ok(placeholders.length > 0, 'the chart needed the deferred code');
    assert.equal(deferred.length, 1, 'fetched once, when first needed');
    await page.evaluate(() => window.gongkai.debug.codeLoaded);
    const png = await page.screenshot();
    saveResult('perf-deferred-chart.png', png);
    assert.ok(await distinctColours(page, png) > 100, 'the chart was drawn');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('drawing never waits for the GPU: no WebGL call that reads back once the app is up', async () => {
    // Each of these makes the page wait until the GPU process has finished all queued work
    // (the compositor's frames included). ImGui's stock OpenGL backend made ~20 such calls a
    // frame; src/backends/webgl_renderer.cpp makes none.
    const { context, page, errors } = await open('', { initScript: () => {
      const reads = ['getParameter', 'getError', 'isEnabled', 'getProgramParameter', 'getShaderParameter',
        'getUniformLocation', 'getAttribLocation', 'getVertexAttrib', 'getBufferSubData', 'readPixels',
        'checkFramebufferStatus', 'getSupportedExtensions', 'getExtension', 'getActiveUniform', 'getUniform',
        'getTexParameter', 'getProgramInfoLog', 'getShaderInfoLog', 'finish'];
      const proto = WebGL2RenderingContext.prototype;
      window.glCalls = { reads: [], draws: 0 };
      for (const name of reads) {
        const original = proto[name];
        proto[name] = function (...args) { window.glCalls.reads.push(name); return original.apply(this, args); };
      }
      const draw = proto.drawElements;
      proto.drawElements = function (...args) { window.glCalls.draws++; return draw.apply(this, args); };
    } });
    const before = await page.evaluate(() => ({ reads: window.glCalls.reads.length, draws: window.glCalls.draws }));
    // Frames that draw new glyphs (texture updates), another tab, hovering and a search.
    await clickItem(page, 'tab.chart');
    await waitForState(page, (x) => x.view.tab === 'chart', { what: 'the chart tab' });
    await page.mouse.move(600, 300);
    await clickItem(page, 'tab.figures');
    await page.evaluate(() => window.gongkai.setView({ filters: { search: '财政' } }));
    await waitForState(page, (x) => x.view.rows === 6, { what: 'the filtered table' });
    const after = await page.evaluate(() => ({ reads: window.glCalls.reads.slice(), draws: window.glCalls.draws }));
    assert.ok(after.draws - before.draws > 100, `frames were drawn (${after.draws - before.draws} draw calls)`);
    // The one read allowed: the shaders' link status, once, when the page first goes idle.
    assert.ok(after.reads.filter((r) => r === 'getProgramParameter').length <= 1, 'the link status is read once');
    assert.deepEqual(after.reads.slice(before.reads).filter((r) => r !== 'getProgramParameter'), [],
      'no read-back while drawing');
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

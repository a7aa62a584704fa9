// offline.test.mjs — issue 6: the single file works from file:// with the network off; the
// user's reports survive a reload (and a reload in the middle of a save); over 200,000 figures
// they stay open but are not stored, with one warning; a full storage quota is reported and
// loses nothing; damaged stored data
// is reported and set aside; a copied URL reproduces the view in a fresh profile; Back/Forward
// move between views; dist/ works under a sub-path with content-hashed, cacheable names.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import {
  DIST, clickItem, distinctColours, itemRect, nextFrame, openApp, saveResult, useServerAndBrowser, waitForState,
} from './harness.mjs';

const OFFLINE_HTML = path.join(DIST, 'gongkai-offline.html');
const STORED = 'browser storage (stored reports)';   // the file name stored data has in the errors panel

/** A second report: the bundled one under another id and title (the same data, shareable). */
async function loadCopy(page, id) {
  return page.evaluate(async (reportId) => {
    const report = JSON.parse(window.gongkai.exportText('json'));
    report.id = reportId;
    report.meta.title = `${report.meta.title}（${reportId}）`;
    return window.gongkai.load(`${reportId}.json`, JSON.stringify(report));
  }, id);
}

/** The same text the copy gets: what a user would load again in another browser. */
function copyText(page, id) {
  return page.evaluate((reportId) => {
    const report = JSON.parse(window.gongkai.exportText('json'));
    report.id = reportId;
    // The copy may be the report shown now: its title is marked once (links carry the title).
    const mark = `（${reportId}）`;
    if (!report.meta.title.endsWith(mark)) report.meta.title += mark;
    return JSON.stringify(report);
  }, id);
}

const storageStatus = (page) => page.evaluate(() => window.gongkai.storage.status());

async function waitForStorage(page, predicate, what) {
  let status;
  for (let i = 0; i < 100; i++) {
    status = await storageStatus(page);
    if (predicate(status)) return status;
    await nextFrame(page);
  }
  throw new Error(`gave up waiting for ${what}; storage status: ${JSON.stringify(status)}`);
}

async function reloadApp(page) {
  await page.reload();
  return page.evaluate(() => window.gongkai.ready);
}

/** Security-policy violations, collected from the first script on (init scripts are not subject to the CSP). */
const COLLECT_VIOLATIONS = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
};

describe('single file (gongkai-offline.html)', () => {
  const web = useServerAndBrowser({ serve: false });

  test('works from file:// with the network disabled: ready, load, chart, export download', async () => {
    assert.ok(fs.existsSync(OFFLINE_HTML), `${OFFLINE_HTML} exists (scripts/build makes it)`);
    const html = fs.readFileSync(OFFLINE_HTML, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'sha256-/);
    assert.ok(!html.includes('unsafe-inline'), 'inline scripts are allowed by hash, not unsafe-inline');
    assert.ok(!/<script[^>]*\bsrc=/.test(html) && !/<link[^>]*stylesheet/.test(html), 'nothing is loaded from another file');

    const context = await web.browser.newContext({ acceptDownloads: true });
    await context.setOffline(true);
    const outside = [];
    await context.route((url) => url.protocol !== 'file:', (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await context.addInitScript(COLLECT_VIOLATIONS);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url()); });

    // ?font=file: the UI font file (embedded here), as in a browser without a Chinese font.
    await page.goto(`${pathToFileURL(OFFLINE_HTML).href}?font=file`);
    const state = await page.evaluate(() => window.gongkai.ready);
    assert.equal(state.view.report, 'fuxin-2017');
    assert.ok(state.reports.find((r) => r.id === 'fuxin-2017').figures > 0);
    assert.equal(await page.evaluate(() => window.Module.gongkaiFont.status), 2, 'the embedded font was handed to the app');

    const loaded = await loadCopy(page, 'offline-copy');
    assert.deepEqual(loaded, { ok: true, errors: [], reports: ['offline-copy'] });

    await page.evaluate(() => window.gongkai.setView({ tab: 'chart' }));
    await itemRect(page, 'chart.bar.0');
    const png = await page.screenshot();
    saveResult('offline-file-chart.png', png);
    assert.ok(await distinctColours(page, png) > 100, 'the chart is drawn');

    await page.evaluate(() => window.gongkai.setView({ tab: 'figures' }));
    await clickItem(page, 'menu.file');
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'menu.file.export_csv')]);
    const bytes = fs.readFileSync(await download.path());
    const expected = Buffer.from(await page.evaluate(() => Array.from(window.gongkai.exportData('csv'))));
    assert.ok(bytes.equals(expected), 'the download holds exportData(\'csv\')');
    assert.equal(download.suggestedFilename(), await page.evaluate(() => window.gongkai.exportFileName('csv')));

    // Storage works from file:// too (Chromium gives file:// pages IndexedDB).
    const status = await waitForStorage(page, (s) => s.stored !== null && !s.saving, 'the copy to be stored');
    assert.equal(status.available, true);
    await reloadApp(page);
    assert.ok((await page.evaluate(() => window.gongkai.state())).reports.some((r) => r.id === 'offline-copy'),
      'the loaded report is back after a reload from file://');

    assert.deepEqual(outside, [], 'no request left the file');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('served dist/', () => {
  const web = useServerAndBrowser();

  test('a loaded report is still there after a reload; "clear stored data" removes it', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    assert.deepEqual(await loadCopy(page, 'kept-2017'), { ok: true, errors: [], reports: ['kept-2017'] });
    const status = await waitForStorage(page, (s) => s.stored !== null && !s.saving, 'the report to be stored');
    assert.ok(status.stored.bytes > 1000, `the snapshot holds the report (${status.stored.bytes} bytes)`);

    const state = await reloadApp(page);
    const kept = state.reports.find((r) => r.id === 'kept-2017');
    assert.ok(kept, `kept-2017 came back (reports: ${state.reports.map((r) => r.id)})`);
    assert.ok(kept.figures > 0);
    assert.equal(state.view.report, 'kept-2017', 'the URL brought the same view back');
    assert.deepEqual(state.errors, []);

    // File → Clear stored data.
    await clickItem(page, 'menu.file');
    await clickItem(page, 'menu.file.clear_storage');
    await waitForStorage(page, (s) => s.stored === null && !s.saving, 'the stored data to be cleared');
    const after = await reloadApp(page);
    assert.ok(!after.reports.some((r) => r.id === 'kept-2017'), 'gone after clearing and reloading');
    assert.ok(after.reports.some((r) => r.id === 'fuxin-2017'), 'the bundled report stays');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('over 200,000 figures of their own the reports stay open, are not stored, and the user is told once', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await loadCopy(page, 'kept-2017');
    const before = await waitForStorage(page, (s) => s.stored !== null && !s.saving, 'the small report to be stored');

    // 21 reports of 10,000 figures each, generated here and fetched by the page like a file.
    const reports = [];
    for (let r = 0; r < 21; r++) {
      const figures = Array.from({ length: 10000 }, (_, i) => ({ id: `f${i}`, area: '稳增长', value: i % 50, unit: '条' }));
      reports.push({ id: `big-${r}`, meta: { title: `大集合 ${r}` }, figures });
    }
    const body = JSON.stringify({ format: 'gongkai.collection', version: 1, reports });
    await page.route('**/big-collection.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    const loaded = await page.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch('big-collection.json')).arrayBuffer());
      return window.gongkai.load('big-collection.json', bytes);
    });
    assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
    assert.equal(loaded.reports.length, 21);

    const tooMany = (s) => s.errors.filter((e) => e.file === STORED && /超过 200,000 项数据/.test(e.message));
    let state = await waitForState(page, (s) => tooMany(s).length > 0, { what: 'the warning about browser storage' });
    assert.equal(tooMany(state)[0].severity, 'warning');
    assert.equal(state.reports.length, 23, 'the bundled report, the small one and the 21 big ones are open');
    // Another change: still not stored, and not told again.
    await clickItem(page, 'report.big-3');
    state = await waitForState(page, (s) => s.view.report === 'big-3', { what: 'big-3 selected' });
    for (let i = 0; i < 3; i++) await nextFrame(page);
    assert.equal(tooMany(await page.evaluate(() => window.gongkai.state())).length, 1, 'told once');
    const after = await storageStatus(page);
    assert.deepEqual(after.stored, before.stored, 'browser storage still holds the small report only');

    const reloaded = await reloadApp(page);
    assert.ok(reloaded.reports.some((r) => r.id === 'kept-2017'), 'the small report came back');
    assert.ok(!reloaded.reports.some((r) => r.id.startsWith('big-')), 'the big collection was not kept');
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('a full storage quota: the user is told, nothing open is lost, the previous stored state stays', async () => {
    // The browser's own quota for the page, set through the DevTools protocol before the page
    // opens its storage (Chromium applies it then): room for a snapshot of one report (75 KB)
    // but not for the next one beside it, so IndexedDB refuses the save as on a full disk.
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url, {
      beforeOpen: async (ctx, pg) => {
        const cdp = await ctx.newCDPSession(pg);
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(web.server.url).origin, quotaSize: 200000 });
      },
    });
    await loadCopy(page, 'first-2017');
    const before = await page.evaluate(() => window.gongkai.storage.save());
    assert.ok(before.stored && before.error === null, `first-2017 fits and is stored: ${JSON.stringify(before)}`);

    await loadCopy(page, 'second-2017');
    const failed = await page.evaluate(() => window.gongkai.storage.save());
    assert.match(failed.error ?? '', /quota/, `the save failed for lack of space: ${JSON.stringify(failed)}`);
    assert.deepEqual(failed.stored, before.stored, 'the previous snapshot is still the stored one');
    // In the UI's language (Chinese by default), with the browser's own words inside.
    const quotaError = (s) => s.errors.find((e) => e.file === STORED && /存储空间已满（QuotaExceededError/.test(e.message));
    const state = await waitForState(page, (s) => quotaError(s) !== undefined, { what: 'the quota error in the errors panel' });
    assert.equal(quotaError(state).severity, 'error');
    assert.ok(['first-2017', 'second-2017'].every((id) => state.reports.some((r) => r.id === id)), 'both reports stay open');
    const png = await page.screenshot();
    saveResult('offline-quota.png', png);
    assert.ok(await distinctColours(page, png) > 100, 'the app is still drawn');

    // A reload brings back what was stored before the refused save.
    const reloaded = await reloadApp(page);
    assert.ok(reloaded.reports.some((r) => r.id === 'first-2017'), 'first-2017 came back');
    assert.ok(!reloaded.reports.some((r) => r.id === 'second-2017'), 'second-2017 was never stored (and the user was told)');
    assert.deepEqual(consoleErrors.filter((e) => !/quota/.test(e)), []);
    await context.close();
  });

  test('a reload in the middle of a save leaves the previous stored state intact', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    await loadCopy(page, 'first-2017');
    await page.evaluate(() => window.gongkai.storage.save());
    const saved = await storageStatus(page);
    assert.ok(saved.stored && saved.saves >= 1, `first-2017 is stored: ${JSON.stringify(saved)}`);

    // The next save keeps its transaction open (new snapshot written, pointer not switched yet).
    await page.evaluate(() => window.gongkai.storage.debug.holdSaves(60000));
    await loadCopy(page, 'second-2017');
    await waitForStorage(page, (s) => s.saving, 'the save of second-2017 to start');
    let state = await reloadApp(page);
    let ids = state.reports.map((r) => r.id);
    assert.ok(ids.includes('first-2017'), `the previous state is intact (reports: ${ids})`);
    assert.ok(!ids.includes('second-2017'), 'the interrupted save did not land');
    assert.deepEqual(state.errors, [], 'nothing was damaged');
    assert.equal((await storageStatus(page)).quarantined, 0);

    // No hook: save and reload at once. Either snapshot may win, never a broken one.
    await loadCopy(page, 'third-2017');
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => { window.gongkai.storage.save(); setTimeout(() => location.reload(), 0); });
    await reloaded;
    state = await page.evaluate(() => window.gongkai.ready);
    ids = state.reports.map((r) => r.id);
    assert.ok(ids.includes('first-2017'), `still intact (reports: ${ids})`);
    assert.deepEqual(state.errors, []);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  test('damaged stored data is reported, set aside, and the app works without it', async () => {
    const { page, context } = await openApp(web.browser, web.server.url);
    await loadCopy(page, 'damaged-2017');
    await page.evaluate(() => window.gongkai.storage.save());
    // Flip bytes of the stored snapshot behind the app's back.
    const flipped = await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('gongkai');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['meta', 'snapshots'], 'readwrite');
        tx.objectStore('meta').get('current').onsuccess = (e) => {
          const key = e.target.result.snapshot;
          const store = tx.objectStore('snapshots');
          store.get(key).onsuccess = (g) => {
            const record = g.target.result;
            const bytes = new Uint8Array(record.data);
            for (let i = 100; i < 110; i++) bytes[i] ^= 0x5a;
            store.put(record, key);
          };
        };
        tx.oncomplete = () => { open.result.close(); resolve(true); };
        tx.onabort = () => reject(tx.error);
      };
    }));
    assert.equal(flipped, true);

    const state = await reloadApp(page);
    const reported = state.errors.find((e) => e.file === STORED);
    assert.ok(reported, `the damage is in the errors panel: ${JSON.stringify(state.errors)}`);
    assert.equal(reported.severity, 'error');
    assert.match(reported.message, /checksum/);   // what storage.js found, inside the UI's wording
    assert.match(reported.message, /已移入隔离区/);
    assert.ok(!state.reports.some((r) => r.id === 'damaged-2017'), 'damaged data is not loaded');
    assert.ok(state.reports.some((r) => r.id === 'fuxin-2017'), 'the app works: the bundled report is there');
    const status = await storageStatus(page);
    assert.equal(status.quarantined, 1, 'the damaged snapshot was moved to quarantine');
    assert.equal(status.stored, null);

    // And storing works again.
    await loadCopy(page, 'after-2017');
    await waitForStorage(page, (s) => s.stored !== null && !s.saving, 'a new snapshot');
    const again = await reloadApp(page);
    assert.ok(again.reports.some((r) => r.id === 'after-2017'));
    assert.ok(!again.errors.some((e) => e.file === STORED), 'no damage reported once it was set aside');
    await context.close();
  });

  test('a copied URL opens the same view in a fresh profile once the same data is loaded', async () => {
    const first = await openApp(web.browser, web.server.url);
    await loadCopy(first.page, 'shared-2017');
    // A view with a report, tab, sort, filter, selection, focus and language, as a user's link carries it.
    const { ids, area } = await first.page.evaluate(() => {
      const r = JSON.parse(window.gongkai.exportText('json'));
      return { ids: r.figures.slice(0, 3).map((f) => f.id), area: r.figures.find((f) => f.area).area };
    });
    const hash = `#r=shared-2017&t=figures&s=value-d&q=${encodeURIComponent('公开')}&sel=${ids[1]},${ids[2]}` +
      `&fig=${ids[1]}&ck=stacked&dr=${encodeURIComponent(area)}&l=en`;
    await first.page.evaluate((h) => { location.hash = h; }, hash);
    const view = (await waitForState(first.page, (s) => s.view.language === 'en' && s.view.report === 'shared-2017' &&
      s.view.hash.includes('sel='), { what: 'the linked view' })).view;
    assert.equal(view.tab, 'figures');
    assert.deepEqual(view.sort, { column: 'value', direction: 'descending' });
    assert.equal(view.chartKind, 'stacked');
    assert.deepEqual(view.drill.map((d) => d.value), [area]);
    const url = first.page.url();
    assert.ok(url.includes('r=shared-2017') && url.includes('l=en'), `the address shows the view: ${url}`);
    const text = await copyText(first.page, 'shared-2017');
    saveResult('offline-link-first.png', await first.page.screenshot());

    // A fresh context is a new profile: no stored reports.
    const second = await openApp(web.browser, url);
    assert.ok(!second.state.reports.some((r) => r.id === 'shared-2017'));
    assert.equal(second.page.url(), url, 'the link waits for its report (the address is kept)');
    await second.page.evaluate((t) => window.gongkai.load('shared-2017.json', t), text);
    const view2 = (await waitForState(second.page, (s) => s.view.hash === view.hash,
      { what: 'the same view in the second profile' })).view;
    assert.deepEqual(view2, view);
    saveResult('offline-link-second.png', await second.page.screenshot());
    assert.deepEqual(first.consoleErrors, []);
    assert.deepEqual(second.consoleErrors, []);
    await first.context.close();
    await second.context.close();
  });

  test('Back and Forward move between views; refinements replace the entry', async () => {
    const { page, context, consoleErrors } = await openApp(web.browser, web.server.url);
    const tabOf = (s) => s.view.tab;
    await waitForState(page, () => true);
    await page.waitForFunction(() => location.hash.includes('t=figures'));
    await page.evaluate(() => window.gongkai.setView({ tab: 'chart' }));
    await page.waitForFunction(() => location.hash.includes('t=chart'));
    const length = await page.evaluate(() => history.length);
    await page.evaluate(() => window.gongkai.setView({ language: 'en' }));
    await page.waitForFunction(() => location.hash.includes('l=en'));
    assert.equal(await page.evaluate(() => history.length), length, 'a language change replaces the entry');
    await page.evaluate(() => window.gongkai.setView({ tab: 'audit' }));
    await page.waitForFunction(() => location.hash.includes('t=audit'));

    await page.evaluate(() => history.back());
    let s = await waitForState(page, (x) => tabOf(x) === 'chart', { what: 'Back to the chart' });
    assert.equal(s.view.language, 'en');
    await page.evaluate(() => history.back());
    s = await waitForState(page, (x) => tabOf(x) === 'figures', { what: 'Back to the figures' });
    await page.evaluate(() => history.forward());
    await waitForState(page, (x) => tabOf(x) === 'chart', { what: 'Forward to the chart' });

    // An address with nonsense in it: what applies is applied, the rest is ignored.
    await page.evaluate(() => { location.hash = '#t=audit&zz=1&s=bogus&l=xx&r=fuxin-2017'; });
    s = await waitForState(page, (x) => tabOf(x) === 'audit', { what: 'the edited address' });
    assert.equal(s.view.sort, null);
    await page.waitForFunction(() => !location.hash.includes('zz='));
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

describe('static hosting', () => {
  const web = useServerAndBrowser({ base: '/some/sub/path/' });

  test('dist/ works under a sub-path, with content-hashed names cached on a second visit', async () => {
    assert.match(web.server.url, /\/some\/sub\/path\/$/);
    const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.match(index, /src="gongkai\.[0-9a-f]{10}\.js"/, 'index.html names the hashed loader');
    assert.match(index, /name="gongkai-assets" content="[^"]*gongkai\.wasm=gongkai\.[0-9a-f]{10}\.wasm/);

    const context = await web.browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    page.on('response', (r) => requests.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(web.server.url);
    // The first view, then the rest of the code (gongkai.deferred.<hash>.wasm) in the background.
    await page.evaluate(async () => { await window.gongkai.ready; await window.gongkai.debug.codeLoaded; });
    const origin = new URL(web.server.url).origin;
    for (const r of requests) {
      assert.ok(r.url.startsWith(web.server.url), `every request is under the sub-path: ${r.url}`);
      assert.ok(r.status < 400, `${r.url}: HTTP ${r.status}`);
    }
    for (const name of ['gongkai', 'gongkai.deferred']) {
      const wasm = requests.find((r) => new RegExp(`/${name.replace('.', '\\.')}\\.[0-9a-f]{10}\\.wasm$`).test(r.url));
      assert.ok(wasm, `the hashed ${name}.wasm was fetched: ${requests.map((r) => r.url)}`);
      assert.equal(wasm.type, 'application/wasm');
    }
    assert.ok(requests.every((r) => r.url.startsWith(origin)));

    // Second visit: the hashed files come from the browser's cache, not the network.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const fromNetwork = [];
    const fromMemory = new Set();   // the memory cache is announced by its own event
    cdp.on('Network.requestServedFromCache', (e) => fromMemory.add(e.requestId));
    cdp.on('Network.responseReceived', (e) => {
      if (!e.response.fromDiskCache && !fromMemory.has(e.requestId)) fromNetwork.push(e.response.url);
    });
    await page.goto('about:blank');
    await page.goto(web.server.url);
    await page.evaluate(async () => { await window.gongkai.ready; await window.gongkai.debug.codeLoaded; });
    const hashedAgain = fromNetwork.filter((u) => /\.[0-9a-f]{10}\.[a-z0-9]+$/.test(u));
    assert.deepEqual(hashedAgain, [], `hashed files are not downloaded again (network: ${fromNetwork})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

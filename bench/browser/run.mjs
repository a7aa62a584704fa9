#!/usr/bin/env node
// run.mjs — the in-browser half of the benchmark suite (scripts/bench runs it; never the tests).
//
//   node bench/browser/run.mjs --site DIR --data DIR --out FILE.json [--runs N] [--first-view-runs N] [--only a,b]
//
// DIR (the site) holds gongkai/, bare/ and echarts/ pages; DATA the synthetic collections
// as synthetic-N.json.gz (served as they are, decompressed in the page). Everything runs in
// headless Chromium with the flags of the end-to-end tests, on scripts/serve.mjs (the same
// gzip and CSP as production). Every number is measured here, in this run.
//
// [SECTION] Helpers
// [SECTION] First view: bytes and time to the first frame, cold, fresh profile per load
// [SECTION] Scale: load + validate + group, Gongkai vs JSON.parse + group-by, same page
// [SECTION] Interaction: regroup/filter 1M figures, UI frame CPU, idle CPU
// [SECTION] Import: text import throughput in the page (issue 4)
// [SECTION] main
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, startServer } from '../../tests/e2e/harness.mjs';

const CHROMIUM = process.env.GONGKAI_CHROMIUM ?? '/usr/bin/chromium';
const HERE = path.dirname(new URL(import.meta.url).pathname);

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const SITE = path.resolve(opt('--site', 'build/bench-site'));
const OUT = path.resolve(opt('--out', 'build/bench-results/browser.json'));
const RUNS = Number(opt('--runs', '5'));
// Cold loads per page. More than the other parts: a cold start on this machine varies by a
// third from one load to the next (the GPU process starting SwiftShader), and the target is a
// ratio of two medians.
const FIRST_VIEW_RUNS = Number(opt('--first-view-runs', String(Math.max(RUNS, 9))));
const SIZES = opt('--sizes', '1,100,1000,10000').split(',').map(Number);
const ONLY = opt('--only', 'first-view,scale,interaction,import').split(',');

export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

const log = (...a) => console.error('[bench]', ...a);

async function launch() {
  // A new browser = a new temporary profile: nothing cached, a cold start every time.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  // The first frame: peers call benchPeerReady() after their second frame; Gongkai's
  // gongkai.debug.firstFrame (its second frame, the bundled report drawn) is hooked the moment
  // gongkai-api.js defines window.gongkai, and gongkai.ready (which also waits for the stored
  // reports) is noted beside it.
  await page.addInitScript(() => {
    window.__benchReady = new Promise((resolve) => {
      window.benchPeerReady = (at) => resolve(at ?? performance.now());
    });
    Object.defineProperty(window, 'gongkai', {
      configurable: true,
      set(v) {
        Object.defineProperty(window, 'gongkai', { value: v, writable: true, configurable: true });
        v.debug.firstFrame.then((at) => window.benchPeerReady(at), () => {});
        v.ready.then(() => { window.__benchSettled = performance.now(); }, () => {});
      },
    });
  });
  return { context, page, problems };
}

// ---------------------------------------------------------------------------
// [SECTION] First view
// ---------------------------------------------------------------------------

const PAGES = [
  { key: 'gongkai', name: 'Gongkai', dir: 'gongkai', query: '' },
  { key: 'bare', name: 'bare Dear ImGui (demo window)', dir: 'bare', query: '' },
  { key: 'echarts', name: 'ECharts 6 page (echarts.min.js)', dir: 'echarts', query: '' },
  // As in a browser with no Chinese font at all: the app fetches its font subset.
  { key: 'gongkai-font-file', name: 'Gongkai, no Chinese system font (?font=file)', dir: 'gongkai', query: '?font=file' },
];

/** One cold load of page `p` in a fresh browser: when its first frame came, and what it fetched. */
async function coldLoad(url, p, run) {
  const browser = await launch();
  try {
    const { page, problems } = await newPage(browser);
    const files = {};
    page.on('requestfinished', async (req) => {
      try {
        const sizes = await req.sizes();
        const resp = await req.response();
        const name = new URL(req.url()).pathname.replace(`/${p.dir}/`, '');
        const body = resp ? await resp.body().catch(() => null) : null;
        files[name] = { transferred: sizes.responseBodySize, raw: body ? body.length : null,
                        encoding: resp?.headers()['content-encoding'] ?? null };
      } catch { /* the page went away */ }
    });
    await page.goto(`${url}${p.dir}/${p.query}`, { waitUntil: 'commit' });
    const readyAt = await page.evaluate(() => window.__benchReady);
    await page.waitForTimeout(300);  // let 'requestfinished' of the last files arrive
    const settledAt = await page.evaluate(() => window.__benchSettled ?? null);
    // The first view is what was requested before the first frame; the rest (Gongkai's deferred
    // code, even when its request starts after this look) is not part of it.
    const early = await page.evaluate((t) => performance.getEntriesByType('resource')
      .filter((r) => r.startTime <= t).map((r) => new URL(r.name).pathname), readyAt);
    for (const [name, f] of Object.entries(files)) f.afterFirstFrame = name !== '' && !early.includes(`/${p.dir}/${name}`);
    // Taken now: a file that finishes later (during the screenshot) was requested after the look.
    const load = { readyAt, settledAt, files: { ...files }, problems: [...problems] };
    if (run === 0) await page.screenshot({ path: path.join(path.dirname(OUT), `first-view-${p.key}.png`) });
    log(`first view ${p.key} #${run + 1}: ${readyAt.toFixed(0)} ms`);
    return load;
  } finally {
    await browser.close();
  }
}

async function firstView(url) {
  // Round-robin: each round loads every page once, so a change in the machine's load during
  // the run weighs on all pages alike, and their ratios hold.
  const loadsOf = Object.fromEntries(PAGES.map((p) => [p.key, []]));
  for (let run = 0; run < FIRST_VIEW_RUNS; run++) {
    for (const p of PAGES) loadsOf[p.key].push(await coldLoad(url, p, run));
  }
  const out = {};
  for (const p of PAGES) {
    const loads = loadsOf[p.key];
    const names = [...new Set(loads.flatMap((l) => Object.keys(l.files)))].sort();
    const files = {};
    for (const n of names) {
      const seen = loads.map((l) => l.files[n]).filter(Boolean);
      files[n] = { raw: seen[0].raw, transferred: stats(seen.map((f) => f.transferred)).median, encoding: seen[0].encoding,
                   afterFirstFrame: seen.every((f) => f.afterFirstFrame) };
    }
    const firstView = Object.values(files).filter((f) => !f.afterFirstFrame);
    const later = Object.values(files).filter((f) => f.afterFirstFrame);
    out[p.key] = {
      name: p.name,
      firstFrameMs: stats(loads.map((l) => l.readyAt)),
      settledMs: stats(loads.map((l) => l.settledAt ?? NaN)),
      files,
      totalRaw: firstView.reduce((s, f) => s + (f.raw ?? 0), 0),
      totalTransferred: firstView.reduce((s, f) => s + f.transferred, 0),
      laterTransferred: later.reduce((s, f) => s + f.transferred, 0),
      problems: [...new Set(loads.flatMap((l) => l.problems))],
    };
  }
  return out;
}

// ---------------------------------------------------------------------------
// [SECTION] Scale
// ---------------------------------------------------------------------------

async function openGongkai(browser, url) {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${url}gongkai/`);
  await page.evaluate(async () => { await window.gongkai.ready; await window.gongkai.debug.codeLoaded; });
  // The page's CSP forbids injected inline scripts: evaluate the peer's code instead.
  await page.evaluate(fs.readFileSync(path.join(HERE, 'group-by.js'), 'utf8'));
  await page.evaluate(() => {
    // Fetches a collection, decompressing .json.gz in the page; keeps the bytes on window.
    window.benchFetch = async (file) => {
      const res = await fetch(file);
      const body = file.endsWith('.gz') ? res.body.pipeThrough(new DecompressionStream('gzip')) : res.body;
      window.benchBytes = new Uint8Array(await new Response(body).arrayBuffer());
      return window.benchBytes.length;
    };
    const cString = (ptr) => {
      const heap = Module.HEAPU8;
      let end = ptr;
      while (heap[end]) end++;
      return new TextDecoder().decode(heap.subarray(ptr, end));
    };
    window.benchGongkai = () => {
      const bytes = window.benchBytes;
      const t0 = performance.now();
      // Handed over as gongkai.load hands a file: the loader reads it in chunks where it is.
      const res = JSON.parse(cString(Module._gongkai_bench_load(Module.gongkaiHandOver(bytes))));
      res.total_ms = performance.now() - t0;
      res.wasm_memory = Module.HEAPU8.length;
      return res;
    };
    window.benchGroup = (field, text) => {
      const enc = new TextEncoder();
      const put = (s) => { const b = enc.encode(s); const p = Module._malloc(b.length + 1);
        Module.HEAPU8.set(b, p); Module.HEAPU8[p + b.length] = 0; return p; };
      const f = put(field), t = put(text);
      const res = JSON.parse(cString(Module._gongkai_bench_group(f, t)));
      Module._free(f); Module._free(t);
      return res;
    };
    window.benchClear = () => JSON.parse(cString(Module._gongkai_bench_clear()));
    window.benchPlain = () => {
      const bytes = window.benchBytes;
      const t0 = performance.now();
      const doc = JSON.parse(new TextDecoder().decode(bytes));
      const t1 = performance.now();
      const groups = benchGroupBy(doc, 'area', 'published');
      const t2 = performance.now();
      window.benchDoc = doc;  // alive, so the heap measurement sees it
      return { parse_ms: t1 - t0, group_ms: t2 - t1, total_ms: t2 - t0, groups: groups.length,
               top: groups.length ? groups[0].total : 0 };
    };
  });
  return { context, page, problems };
}

async function jsHeapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function scale(url) {
  const out = {};
  for (const n of SIZES) {
    const browser = await launch();
    try {
      out[n] = await scaleOne(browser, url, n);
    } catch (e) {
      // A size that cannot load in the tab (memory, time) is a result too.
      out[n] = { reports: n, error: String(e.message ?? e).split('\n')[0] };
      log(`scale ${n}: failed: ${out[n].error}`);
    } finally {
      await browser.close();
    }
  }
  return out;
}

async function scaleOne(browser, url, n) {
  {
    {
      const { page, problems } = await openGongkai(browser, url);
      const file = `../data/synthetic-${n}.json.gz`;
      const bytes = await page.evaluate((f) => window.benchFetch(f), file);
      const reps = n >= 10000 ? Math.min(RUNS, 3) : RUNS;
      const gongkai = [], plain = [];
      let memory = null, plainHeap = null;
      for (let r = 0; r < reps; r++) {
        // Alternate who goes first: neither side always gets the warmer caches.
        const order = r % 2 ? ['plain', 'gongkai'] : ['gongkai', 'plain'];
        for (const who of order) {
          if (who === 'gongkai') {
            const res = await page.evaluate(() => window.benchGongkai());
            if (!res.ok) throw new Error(`synthetic-${n} did not load in Gongkai`);
            gongkai.push(res);
            if (!memory) memory = { wasm_memory: res.wasm_memory, heap_in_use: res.heap_in_use };
            await page.evaluate(() => window.benchClear());
          } else {
            plain.push(await page.evaluate(() => window.benchPlain()));
            if (plainHeap === null) plainHeap = await jsHeapUsed(page);
            await page.evaluate(() => { window.benchDoc = null; });
          }
        }
      }
      const baseHeap = await jsHeapUsed(page);  // bytes + page, without the parsed document
      if (gongkai[0].top !== plain[0].top || gongkai[0].groups !== plain[0].groups)
        problems.push(`results differ: Gongkai ${gongkai[0].groups} groups, top ${gongkai[0].top}; ` +
                      `plain JS ${plain[0].groups} groups, top ${plain[0].top}`);
      const result = {
        reports: n, bytes, figures: gongkai[0].figures,
        gongkai: { total: stats(gongkai.map((g) => g.total_ms)), load: stats(gongkai.map((g) => g.load_ms)),
                   group: stats(gongkai.map((g) => g.group_ms)) },
        plain: { total: stats(plain.map((p) => p.total_ms)), parse: stats(plain.map((p) => p.parse_ms)),
                 group: stats(plain.map((p) => p.group_ms)) },
        memory: { ...memory, js_heap_with_doc: plainHeap, js_heap_without_doc: baseHeap },
        groups: gongkai[0].groups, top: gongkai[0].top,
        problems,
      };
      log(`scale ${n}: Gongkai ${result.gongkai.total.median.toFixed(1)} ms, plain JS ${result.plain.total.median.toFixed(1)} ms`);
      return result;
    }
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Interaction
// ---------------------------------------------------------------------------

async function interaction(url) {
  const n = Math.max(...SIZES);
  const browser = await launch();
  try {
    const first = await openGongkai(browser, url);
    const problems = first.problems;
    let page = first.page;
    await page.evaluate((f) => window.benchFetch(f), `../data/synthetic-${n}.json.gz`);
    const loaded = await page.evaluate(() => window.benchGongkai());
    const out = { reports: loaded.reports, figures: loaded.figures, group: {}, problems };
    const cases = [
      ['regroup by department', 'department', ''],
      ['regroup by topic', 'topic', ''],
      ['regroup by area', 'area', ''],
      ['filter "财政" (by area)', 'area', '财政'],
      ['filter "市财政局" (by department)', 'department', '市财政局'],
    ];
    for (const [label, field, text] of cases) {
      const ms = [];
      for (let r = 0; r < RUNS; r++) ms.push((await page.evaluate(([f, t]) => window.benchGroup(f, t), [field, text])).ms);
      out.group[label] = stats(ms);
      log(`interaction ${label}: ${out.group[label].median.toFixed(1)} ms`);
    }
    await page.evaluate(() => window.benchClear());
    await first.context.close();

    // The app itself with the collection loaded (its load also audits every report), in a
    // fresh tab as a user would: wasm memory never shrinks, so the core-only run above
    // would leave the app less room than it has. Bounded: a page that cannot finish is a result.
    const second = await openGongkai(browser, url);
    page = second.page;
    second.problems.forEach((p) => problems.push(p));
    await page.evaluate((f) => window.benchFetch(f), `../data/synthetic-${n}.json.gz`);
    const appLoadMs = await page.evaluate(async () => {
      const t0 = performance.now();
      const limit = new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), 180000));
      const res = await Promise.race([window.gongkai.load('synthetic.json', window.benchBytes), limit]);
      if (res.timedOut) throw new Error('the app did not load the collection within 180 s');
      if (!res.ok) throw new Error('the app did not load the collection');
      return performance.now() - t0;
    });
    out.appLoad = appLoadMs;
    log(`the app's own load: ${appLoadMs.toFixed(0)} ms`);
    await page.evaluate(() => { window.benchBytes = null; });
    // CPU time of the main-loop ticks that drew a frame (pre/postMainLoop wrap each tick).
    await page.evaluate(() => {
      window.benchTicks = [];
      let t0 = 0;
      let before = 0;
      Module.preMainLoop = () => { t0 = performance.now(); before = window.gongkai.debug.frame(); };
      Module.postMainLoop = () => {
        window.benchTicks.push({ ms: performance.now() - t0, drew: window.gongkai.debug.frame() !== before });
      };
    });
    for (const tab of ['figures', 'chart', 'audit']) {
      await page.evaluate((t) => window.gongkai.setView({ tab: t }), tab);
      for (let i = 0; i < 3; i++) await page.evaluate(() => window.gongkai.debug.nextFrame());
      await page.evaluate(() => { window.benchTicks = []; });
      for (let i = 0; i < Math.max(RUNS, 10); i++) {
        await page.mouse.move(200 + i * 7, 300 + i * 5);
        await page.evaluate(() => window.gongkai.debug.nextFrame());
      }
      const ticks = await page.evaluate(() => window.benchTicks.filter((t) => t.drew).map((t) => t.ms));
      out[`frame_${tab}`] = stats(ticks);
      log(`frame CPU (${tab}): ${out[`frame_${tab}`]?.median.toFixed(1)} ms`);
    }

    // Idle: nothing changes for 5 s (after the app's 0.75 s of settling frames).
    await page.mouse.move(5, 790);
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const f0 = await page.evaluate(() => window.gongkai.debug.frame());
    await page.evaluate(() => { window.benchTicks = []; });
    const m0 = await metric();
    await page.waitForTimeout(5000);
    const m1 = await metric();
    const f1 = await page.evaluate(() => window.gongkai.debug.frame());
    const ticks = await page.evaluate(() => window.benchTicks);
    out.idle = {
      seconds: m1.Timestamp - m0.Timestamp,
      framesDrawn: f1 - f0,
      loopTicks: ticks.length,
      tickMs: ticks.reduce((s, t) => s + t.ms, 0),
      mainThreadTaskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
      scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    };
    await cdp.detach();
    log(`idle: ${out.idle.framesDrawn} frames, main thread busy ${out.idle.mainThreadTaskMs.toFixed(0)} ms in ${out.idle.seconds.toFixed(1)} s`);
    return out;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// [SECTION] Import
// ---------------------------------------------------------------------------

// The Fuxin 2017 text, repeated to about 1 MB, imported in the page through gongkai.importText
// (the core's import_text in wasm, plus opening the review screen), as the native benchmark
// BM_ImportText does without the screen.
async function importThroughput(url) {
  const fuxin = fs.readFileSync(path.join(HERE, '../../assets/reports/fuxin-2017.txt'), 'utf8');
  const copies = Math.ceil(1e6 / Buffer.byteLength(fuxin));
  const text = Array.from({ length: copies }, () => fuxin).join('\n');
  const bytes = Buffer.byteLength(text);
  const browser = await launch();
  try {
    const { page, problems } = await openGongkai(browser, url);
    await page.evaluate(async () => { await window.gongkai.ready; await window.gongkai.debug.codeLoaded; });
    const ms = [];
    let figures = 0;
    for (let r = 0; r < RUNS; r++) {
      const out = await page.evaluate(async (t) => {
        const t0 = performance.now();
        const res = await window.gongkai.importText('bench.txt', t);
        const elapsed = performance.now() - t0;
        await window.gongkai.review.discard();
        return { elapsed, figures: res.figures };
      }, text);
      ms.push(out.elapsed);
      figures = out.figures;
    }
    const time = stats(ms);
    log(`import ${(bytes / 1e6).toFixed(2)} MB: ${time.median.toFixed(0)} ms`);
    return { bytes, figures, ms: time, mbPerS: bytes / 1e6 / (time.median / 1000), problems };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// [SECTION] main
// ---------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const server = await startServer(SITE);
  const result = { date: new Date().toISOString(), runs: RUNS, machine: {
    cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: os.totalmem() / 2 ** 30,
    loadavgStart: os.loadavg(), node: process.version } };
  try {
    const probe = await launch();
    result.machine.chromium = probe.version();
    await probe.close();
    if (ONLY.includes('first-view')) result.firstView = await firstView(server.url);
    if (ONLY.includes('scale')) result.scale = await scale(server.url);
    if (ONLY.includes('interaction')) {
      result.interaction = await interaction(server.url).catch((e) => ({ error: String(e.message ?? e).split('\n')[0] }));
    }
    if (ONLY.includes('import')) {
      result.import = await importThroughput(server.url).catch((e) => ({ error: String(e.message ?? e).split('\n')[0] }));
    }
  } finally {
    result.machine.loadavgEnd = os.loadavg();
    fs.writeFileSync(OUT, JSON.stringify(result, null, 2));
    await server.close();
  }
  log(`wrote ${OUT}`);
}

main().catch((e) => { console.error(e); process.exit(1); });

#!/usr/bin/env node
// report.mjs — turns the suite's raw results (build/bench-results/*.json) into bench/RESULTS.md.
//   node bench/browser/report.mjs --results DIR --data DIR --out FILE [--measure-seconds S --total-seconds S]
// Every number comes from those files, i.e. from one run of scripts/bench.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const RESULTS = path.resolve(opt('--results', 'build/bench-results'));
const OUT = path.resolve(opt('--out', 'bench/RESULTS.md'));
const readJson = (f) => { try { return JSON.parse(fs.readFileSync(path.join(RESULTS, f), 'utf8')); } catch { return null; } };
// Normally one file (browser.json); --browser a.json,b.json merges parts measured in separate
// runs (each part keeps its own date, shown below).
const browserFiles = opt('--browser', 'browser.json').split(',');
const browser = {};
const partDates = [];
for (const f of browserFiles) {
  const part = readJson(f);
  if (!part) continue;
  for (const k of ['firstView', 'scale', 'interaction', 'import']) {
    if (part[k] && !part[k].error) { browser[k] = part[k]; partDates.push(`${k}: ${part.date}`); }
    else if (part[k] && !browser[k]) browser[k] = part[k];
  }
  for (const k of ['date', 'runs', 'machine']) if (!browser[k]) browser[k] = part[k];
}
const native = readJson('native.json');

const KB = (b) => (b / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const MB = (b) => (b / 1e6).toFixed(1);
const MiB = (b) => (b / 2 ** 20).toFixed(0);
const n1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const range = (s) => (s ? `${n1(s.median)} (${n1(s.min)}–${n1(s.max)})` : 'n/a');
const yes = (ok) => (ok ? '**met**' : '**not met**');
const lines = [];
const p = (s = '') => lines.push(s);

function tool(cmd, a) {
  try { return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim(); }
  catch { return 'unknown'; }
}

const m = browser.machine ?? {};
p('# Benchmark results');
p();
p('Written by `scripts/bench` from one run; every ratio compares numbers measured side by side in that run.');
p('This machine is shared and noisy: read ratios, not absolute times. Medians with min–max in brackets.');
p();
p(`- Date: ${browser.date ?? new Date().toISOString()}`);
p(`- Machine: ${m.cpus ?? '?'} × ${m.cpu ?? '?'}, ${m.memoryGiB ? m.memoryGiB.toFixed(1) : '?'} GiB RAM; load average ` +
  `${(m.loadavgStart ?? []).map((x) => x.toFixed(1)).join('/')} at the start, ${(m.loadavgEnd ?? []).map((x) => x.toFixed(1)).join('/')} at the end ` +
  '(other jobs were running)');
p(`- Chromium ${m.chromium ?? '?'} headless, SwiftShader WebGL (the end-to-end tests' flags), fresh profile per cold load; Node ${m.node ?? '?'}; ${tool('emcc', ['--version'])}`);
if (browserFiles.length > 1) p(`- Browser parts measured in separate runs of the same session: ${partDates.join('; ')}`);
{
  const ns = (o) => [...new Set(Object.values(o ?? {}).map((r) => r?.firstFrameMs?.n ?? r?.gongkai?.total?.n).filter(Boolean))].join('/');
  p(`- Runs: first view ${ns(browser.firstView) || '?'} cold loads per page; scale ${ns(browser.scale) || '?'} per size; ` +
    `interaction ${browser.runs ?? '?'} per operation (the \`n\` behind each median).`);
  const secs = (v) => (/^\d+$/.test(v) ? `${v} s` : v);
  p(`- Measuring took ${secs(opt('--measure-seconds', '?'))}; with the incremental builds: ${secs(opt('--total-seconds', '?'))}.`);
}
p();

// ---- first view ---------------------------------------------------------------------------
const fv = browser.firstView;
const targets = [];
if (fv) {
  p('## 1. First view');
  p();
  p('From navigation to the first frame with the content drawn (Gongkai: `gongkai.debug.firstFrame`, its second frame, with the Fuxin report; ' +
    'bare ImGui: its second frame; ECharts: the chart\'s `finished` event + one animation frame), each load in a fresh ' +
    'browser, the pages taken in turn (one load of each per round). Bytes as sent by ' +
    '`scripts/serve.mjs` (gzip level 6 for text, wasm and fonts); KB = 1000 bytes. The first view is what is ' +
    'requested before the first frame; what a page requests after it (Gongkai\'s deferred code, ' +
    '`gongkai.deferred.*.wasm`, fetched in the background once the first frame is up) is listed apart.');
  p();
  p('| page | first frame, ms | first view: transferred (gzip), KB | raw, KB | requests | after the first frame: transferred (gzip), KB |');
  p('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [dir, r] of Object.entries(fv)) {
    const count = Object.values(r.files).filter((f) => !f.afterFirstFrame).length;
    p(`| ${r.name} | ${range(r.firstFrameMs)} | ${KB(r.totalTransferred)} | ${KB(r.totalRaw)} | ${count} | ${r.laterTransferred ? KB(r.laterTransferred) : '–'} |`);
  }
  p();
  for (const [dir, r] of Object.entries(fv)) {
    p(`<details><summary>${r.name}: files</summary>`);
    p();
    p('| file | raw, KB | transferred, KB | when |');
    p('| --- | ---: | ---: | --- |');
    for (const [name, f] of Object.entries(r.files))
      p(`| \`${name}\` | ${f.raw == null ? '?' : KB(f.raw)} | ${KB(f.transferred)} | ${f.afterFirstFrame ? 'after the first frame' : 'first view'} |`);
    if (r.problems.length) p(`\nProblems seen: ${r.problems.map((x) => `\`${x}\``).join('; ')}`);
    p();
    p('</details>');
    p();
  }
  const g = fv.gongkai, e = fv.echarts, b = fv.bare;
  if (g?.settledMs) {
    p(`Gongkai's \`gongkai.ready\`, which also waits for the stored reports (IndexedDB) and the URL's view: ` +
      `${range(g.settledMs)} ms.`);
    p();
  }
  if (g && e) targets.push(['First view: transferred bytes (gzip) ≤ the ECharts page', `${KB(g.totalTransferred)} KB vs ${KB(e.totalTransferred)} KB`, g.totalTransferred <= e.totalTransferred]);
  if (g && b) targets.push(['First view: first frame ≤ 1.1 × the bare ImGui page', `${n1(g.firstFrameMs.median)} ms vs ${n1(b.firstFrameMs.median)} ms (× ${(g.firstFrameMs.median / b.firstFrameMs.median).toFixed(2)})`, g.firstFrameMs.median <= 1.1 * b.firstFrameMs.median]);
  if (fv['gongkai-font-file']) {
    const f = fv['gongkai-font-file'];
    p(`Gongkai in a browser without any Chinese font (\`?font=file\`) fetches the font subset after start-up: ` +
      `${KB(f.totalTransferred)} KB transferred, first frame ${range(f.firstFrameMs)} ms.`);
    p();
  }
}

// ---- scale ---------------------------------------------------------------------------------
const sc = browser.scale;
if (sc) {
  p('## 2. Scale: load + validate + group by area, in the page');
  p();
  p('Synthetic collections from `bench/native/synthetic.cpp` (via `gongkai_synth`), about 100 figures per report. ' +
    'The page fetches `synthetic-N.json.gz` and decompresses it first (not timed); then, on the same bytes: ' +
    '**Gongkai** is handed them as `gongkai.load` is (they stay in JavaScript\'s memory and the loader reads them a ' +
    'chunk of 1 MiB at a time), parses and validates them into reports (`load_json`), counts the ' +
    'published figures by area (`aggregate`) and builds the columns later regroups run on (`FigureColumns`, part of ' +
    'its time); **plain JS** decodes them (`TextDecoder`), `JSON.parse`s and groups by area ' +
    'with the same counting rule (`bench/browser/group-by.js`, no validation). Both give the same groups. ' +
    'Ratio = plain JS time / Gongkai time (≥ 1.0: Gongkai at least as fast).');
  p();
  p('| reports | figures | JSON, MB | Gongkai, ms | (load_json / group) | plain JS, ms | (parse / group) | ratio | wasm memory, MiB | malloc in use, MiB | JS heap with the parsed doc, MiB |');
  p('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of Object.values(sc)) {
    if (r.error) {
      p(`| ${r.reports.toLocaleString('en-US')} | | | failed: ${r.error} | | | | | | | |`);
      continue;
    }
    const ratio = r.plain.total.median / r.gongkai.total.median;
    p(`| ${r.reports.toLocaleString('en-US')} | ${r.figures.toLocaleString('en-US')} | ${MB(r.bytes)} | ${range(r.gongkai.total)} | ` +
      `${n1(r.gongkai.load.median)} / ${n1(r.gongkai.group.median)} | ${range(r.plain.total)} | ${n1(r.plain.parse.median)} / ${n1(r.plain.group.median)} | ` +
      `${ratio.toFixed(2)} | ${MiB(r.memory.wasm_memory)} | ${MiB(r.memory.heap_in_use)} | ${MiB(r.memory.js_heap_with_doc)} |`);
  }
  p();
  const big = sc['10000'];
  if (big && big.error) {
    targets.push(['Scale: Gongkai at least as fast as plain JS at 10,000 reports (ratio ≥ 1.0)', `did not load: ${big.error}`, false]);
  } else if (big) {
    targets.push(['Scale: Gongkai at least as fast as plain JS at 10,000 reports (ratio ≥ 1.0)',
      `ratio ${(big.plain.total.median / big.gongkai.total.median).toFixed(2)}`, big.plain.total.median >= big.gongkai.total.median]);
    targets.push(['Scale: memory after loading ≤ the JSON size (10,000 reports)',
      `malloc in use ${MB(big.memory.heap_in_use)} MB, wasm memory ${MB(big.memory.wasm_memory)} MB, JSON ${MB(big.bytes)} MB`,
      big.memory.wasm_memory <= big.bytes]);
  }
  const probs = [...new Set(Object.values(sc).flatMap((r) => r.problems ?? []))];
  if (probs.length) { p(`Problems seen: ${probs.map((x) => `\`${x}\``).join('; ')}`); p(); }
}

// ---- import ---------------------------------------------------------------------------------
const imp = browser.import;
if (imp) {
  p('## Text import in the page');
  p();
  if (imp.error) p(`Not measured: ${imp.error}`);
  else {
    p(`The Fuxin 2017 text repeated to ${(imp.bytes / 1e6).toFixed(2)} MB, imported through \`gongkai.importText\` ` +
      `(${imp.figures.toLocaleString('en-US')} figures): ${imp.ms.median.toFixed(0)} ms ` +
      `(${imp.ms.min.toFixed(0)}–${imp.ms.max.toFixed(0)}), **${imp.mbPerS.toFixed(2)} MB/s**; natively see BM_ImportText below.`);
  }
  p();
}

// ---- interaction ---------------------------------------------------------------------------
const it = browser.interaction;
if (it && it.error) {
  p('## 3. Interaction');
  p();
  p(`Not measured: ${it.error}`);
  p();
  targets.push(['Interaction: regroup or filter 1M figures within 16 ms', `not measured in the page (${it.error})`, false]);
} else if (it) {
  p(`## 3. Interaction at ${it.figures.toLocaleString('en-US')} figures (${it.reports.toLocaleString('en-US')} reports)`);
  p();
  p('Regroup and filter run in the page on `FigureColumns` (src/core/figure_columns.hpp: the counted figures as interned ' +
    'columns, built once after a load); the same groups as `aggregate()`.');
  p();
  p('| operation | ms |');
  p('| --- | ---: |');
  for (const [label, s] of Object.entries(it.group)) p(`| ${label} | ${range(s)} |`);
  p(`| the app's own load of the collection (\`gongkai.load\`: parse, validate, audit) | ${n1(it.appLoad)} |`);
  for (const tab of ['figures', 'chart', 'audit'])
    if (it[`frame_${tab}`]) p(`| CPU of one UI frame, ${tab} tab, collection loaded (main-loop tick, main thread) | ${range(it[`frame_${tab}`])} |`);
  p();
  if (it.idle) {
    p(`Idle for ${it.idle.seconds.toFixed(1)} s with the collection loaded: ${it.idle.framesDrawn} frames drawn, ` +
      `${it.idle.loopTicks} animation-frame ticks costing ${n1(it.idle.tickMs)} ms in all; the main thread was busy ` +
      `${n1(it.idle.mainThreadTaskMs)} ms (${(it.idle.mainThreadTaskMs / it.idle.seconds / 10).toFixed(2)} % of one core).`);
    p();
  }
  const worst = Math.max(...Object.values(it.group).map((s) => s.median));
  targets.push([`Interaction: regroup or filter within 16 ms (measured at ${it.figures.toLocaleString('en-US')} figures; the target is 1M)`,
    `slowest median ${n1(worst)} ms`, worst <= 16 && it.figures >= 1e6]);
  if (it.idle) targets.push(['Interaction: no rendering while nothing changes', `${it.idle.framesDrawn} frames in ${it.idle.seconds.toFixed(1)} s idle`, it.idle.framesDrawn === 0]);
}

// ---- native --------------------------------------------------------------------------------
if (native) {
  p('## 4. Native (Google Benchmark, Release, `build/bench/gongkai_bench`)');
  p();
  p('Medians of 3 repetitions. Wall time is inflated by other jobs on this machine; CPU time is the steadier figure.');
  p();
  p('| benchmark | wall, ms | CPU, ms | throughput (per CPU second) |');
  p('| --- | ---: | ---: | ---: |');
  const med = native.benchmarks.filter((b) => b.aggregate_name === 'median');
  for (const b of med) {
    const name = b.run_name.replace('/real_time', '');
    const scaleToMs = b.time_unit === 'ms' ? 1 : b.time_unit === 'us' ? 1e-3 : b.time_unit === 'ns' ? 1e-6 : 1e3;
    const wall = b.real_time * scaleToMs, cpu = b.cpu_time * scaleToMs;
    let tp = '';
    // Counters are per wall second (UseRealTime); restate them per CPU second.
    if (b.bytes_per_second) tp = `${((b.bytes_per_second * wall) / cpu / 1e6).toFixed(1)} MB/s`;
    else if (b.items_per_second) tp = `${((b.items_per_second * wall) / cpu / 1e6).toFixed(2)} M figures/s`;
    p(`| ${name} | ${n1(wall)} | ${n1(cpu)} | ${tp} |`);
  }
  p();
}

// ---- CLI -------------------------------------------------------------------------------------
const cli = ['validate', 'stats'].map((c) => [c, readJson(`cli-${c}.json`)]).filter(([, r]) => r);
if (cli.length) {
  const size = fs.existsSync(path.resolve(opt('--data', 'build/bench-data'), 'synthetic-10000.json'))
    ? fs.statSync(path.resolve(opt('--data', 'build/bench-data'), 'synthetic-10000.json')).size : null;
  p(`## 5. The CLI on synthetic-10000.json${size ? ` (${MB(size)} MB)` : ''}`);
  p();
  p('| command | wall, s | CPU (user), s | peak memory (max RSS), MiB |');
  p('| --- | ---: | ---: | ---: |');
  for (const [c, r] of cli) p(`| \`gongkai ${c}\` | ${r.seconds} | ${r.cpu_seconds} | ${(r.max_rss_kb / 1024).toFixed(0)} |`);
  p();
}

// ---- targets -------------------------------------------------------------------------------------
if (targets.length) {
  p('## Targets of issue 7');
  p();
  p('| target | measured | |');
  p('| --- | --- | --- |');
  for (const [what, measured, ok] of targets) p(`| ${what} | ${measured} | ${yes(ok)} |`);
  p();
}
const notes = path.join(path.dirname(OUT), 'NOTES.md');
if (fs.existsSync(notes)) { p(fs.readFileSync(notes, 'utf8').trim()); p(); }
fs.writeFileSync(OUT, lines.join('\n'));

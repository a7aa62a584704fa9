#!/usr/bin/env node
// split-wasm.mjs — splits the linked app into what its first view runs and the rest (issue 7).
//
//   node scripts/split-wasm.mjs --build DIR --web DIR --font FILE --out DIR
//
// Run by the web build (cmake/GongkaiWeb.cmake) after the link with -sSPLIT_MODULE, which left
// in --build: gongkai.js, gongkai.wasm.orig (the whole module, with function names) and
// gongkai.wasm (the same module instrumented by binaryen to record the functions it runs).
//   1. Serves the instrumented app (the --web page files, gongkai.js, the font subset) and opens
//      it in headless Chromium three times: with the system's Chinese fonts, as a browser without
//      any (?font=file), and at the link the app writes for its first view (a reload). Each time,
//      once gongkai.ready and three more frames are in, the module's __write_profile hands over
//      what ran.
//   2. binaryen's wasm-split merges the profiles and writes --out/gongkai.wasm (the functions
//      that ran) and --out/gongkai.deferred.wasm (the rest, called through placeholders until it
//      is loaded: web/gongkai-api.js fetches it after the first frame). Names are not kept.
// If the profile cannot be taken because the machine has no headless browser (no Chromium, no
// playwright-core), the whole module is written as gongkai.wasm, with an empty
// gongkai.deferred.wasm beside it, and a warning: the app works the same, only its first view is
// larger. If the app itself fails while profiled (a crash, an error on the page, no first frame in
// time) or wasm-split fails, the build fails: that app would fail in every browser too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) throw new Error(`split-wasm: ${name} is required (see the top of scripts/split-wasm.mjs)`);
  return path.resolve(args[i + 1]);
};
const BUILD = opt('--build');
const WEB = opt('--web');
const FONT = opt('--font');
const OUT = opt('--out');
const CHROMIUM = process.env.GONGKAI_CHROMIUM ?? '/usr/bin/chromium';
// The features Emscripten 3.1.6 builds with here (-fwasm-exceptions); binaryen must be told.
const FEATURES = ['--enable-exception-handling', '--enable-bulk-memory', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-nontrapping-float-to-int'];
// Frames drawn after gongkai.ready before the profile is written: the settled frames that follow
// the first one (storage, the URL) belong to the first view too.
const FRAMES_AFTER_READY = 3;
const PROFILE_LIMIT_MS = 60000;

const log = (...a) => console.log('split-wasm:', ...a);
const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;

fs.mkdirSync(OUT, { recursive: true });
const orig = path.join(BUILD, 'gongkai.wasm.orig');
const primary = path.join(OUT, 'gongkai.wasm');
const deferred = path.join(OUT, 'gongkai.deferred.wasm');

/** The instrumented app as a site: the page files, gongkai.js, the instrumented .wasm, the font. */
function assembleSite(site) {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(path.join(site, 'assets/fonts'), { recursive: true });
  // index.html and the scripts and style it names, except Emscripten's output (from --build).
  const index = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const names = [...index.matchAll(/\b(?:src|href)="([\w.-]+\.(?:js|css))"/g)].map((m) => m[1]);
  for (const f of ['index.html', ...names.filter((n) => n !== 'gongkai.js')]) fs.copyFileSync(path.join(WEB, f), path.join(site, f));
  fs.copyFileSync(path.join(BUILD, 'gongkai.js'), path.join(site, 'gongkai.js'));
  fs.copyFileSync(path.join(BUILD, 'gongkai.wasm'), path.join(site, 'gongkai.wasm'));
  fs.copyFileSync(FONT, path.join(site, 'assets/fonts', path.basename(FONT)));
}

/** Opens the site at `query` in a fresh browser; returns the profile bytes. */
async function profileFirstView(chromium, CHROMIUM_ARGS, url, query) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const failures = [];
    let crashed;
    const crash = new Promise((_, reject) => { crashed = reject; });
    crash.catch(() => {});
    // An uncaught error or a wasm trap on the page: the app crashed; no need to wait for the limit.
    page.on('pageerror', (e) => { failures.push(e.message); crashed(new Error(`the page failed: ${e.message}`)); });
    page.on('crash', () => crashed(new Error('the browser tab crashed')));
    await page.goto(`${url}${query}`);
    let timer;
    const bytes = await Promise.race([
      page.evaluate(async (frames) => {
        await window.gongkai.ready;
        for (let i = 0; i < frames; i++) await window.gongkai.debug.nextFrame();
        const size = 1 << 20;
        const ptr = Module._malloc(size);
        const n = Module.asm.__write_profile(ptr, size);
        return Array.from(Module.HEAPU8.subarray(ptr, ptr + n));
      }, FRAMES_AFTER_READY),
      crash,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no first frame within ${PROFILE_LIMIT_MS / 1000} s`)), PROFILE_LIMIT_MS);
      }),
    ]).finally(() => clearTimeout(timer));   // a pending timer would keep the build waiting
    if (failures.length) throw new Error(`the page failed: ${failures.join('; ')}`);
    return Buffer.from(bytes);
  } finally {
    await browser.close();
  }
}

/** The machine cannot run the profile (not the app's fault): the build goes on, unsplit. */
class NoBrowser extends Error {}

async function split() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new NoBrowser(`playwright-core cannot be loaded (${e.message})`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new NoBrowser(`no Chromium at ${CHROMIUM} (set GONGKAI_CHROMIUM)`);
  const { CHROMIUM_ARGS, startServer } = await import('../tests/e2e/harness.mjs');
  const site = path.join(OUT, 'profile-site');
  assembleSite(site);
  const server = await startServer(site);
  const profiles = [];
  try {
    // The app's own link to its first view (a reload, a bookmark) takes other paths at start-up.
    for (const [query, name] of [['', 'system-font'], ['?font=file', 'font-file'], ['#r=fuxin-2017&t=figures&l=zh', 'link']]) {
      const file = path.join(OUT, `first-view-${name}.profile`);
      let bytes;
      try {
        bytes = await profileFirstView(chromium, CHROMIUM_ARGS, server.url, query);
      } catch (e) {
        if (/Executable doesn't exist|Failed to launch|browserType\.launch/.test(e.message)) throw new NoBrowser(e.message);
        throw new Error(`the app failed in headless Chromium at ${query || 'the plain address'} (${name}): ${e.message}`);
      }
      fs.writeFileSync(file, bytes);
      profiles.push(file);
    }
  } finally {
    server.close();
  }
  const merged = path.join(OUT, 'first-view.profile');
  execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged], { stdio: 'inherit' });
  execFileSync('wasm-split', ['--split', orig, `--profile=${merged}`, '-o1', primary, '-o2', deferred, ...FEATURES],
    { stdio: 'inherit' });
}

try {
  await split();
  log(`gongkai.wasm ${kb(fs.statSync(primary).size)} (${kb(gzipSize(primary))} gzip), ` +
      `gongkai.deferred.wasm ${kb(fs.statSync(deferred).size)} (${kb(gzipSize(deferred))} gzip)`);
} catch (e) {
  if (!(e instanceof NoBrowser)) {
    // Never ship an app that crashed on its first view, and never say the build is complete.
    for (const f of [primary, deferred]) fs.rmSync(f, { force: true });
    console.error(`split-wasm: error: ${e.message}\n` +
                  `split-wasm: the web build stops here (the instrumented app is in ${path.join(OUT, 'profile-site')})`);
    process.exit(1);
  }
  console.warn(`split-wasm: warning: no profile of the first view (${e.message}); ` +
               'gongkai.wasm is the whole module and gongkai.deferred.wasm is empty');
  execFileSync('wasm-opt', [orig, '--strip-debug', '-o', primary, ...FEATURES], { stdio: 'inherit' });
  fs.writeFileSync(deferred, Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));  // an empty module
}

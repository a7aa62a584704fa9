// harness.mjs — shared helpers for the end-to-end tests: serve dist/, start headless
// Chromium (SwiftShader WebGL), open the app and wait for it, find and click UI items.
//
// Never a fixed sleep: tests wait on gongkai.ready and on drawn frames.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(process.env.GONGKAI_DIST_DIR ?? path.join(ROOT, 'dist'));
export const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.GONGKAI_CHROMIUM ?? '/usr/bin/chromium';

// Flags that make headless Chromium render WebGL here without touching the network
// (see ../shared/TOOLCHAIN.md).
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serves `dir` on 127.0.0.1 with scripts/serve.mjs, under the sub-path `base` when given;
 * resolves to {url, close()}.
 */
export async function startServer(dir = DIST, { base } = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the web app first (scripts/build)`);
  }
  const args = [path.join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', '0', ...(base ? ['--base', base] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Serving (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].endsWith('/') ? m[1] : `${m[1]}/`);
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${stderr}`)));
  });
  return {
    url,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

/**
 * Headless Chromium (Playwright gives it a temporary profile, removed on close).
 * Close with browser.close().
 */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The usual fixture of a describe(): serve dist/ (under the sub-path `base` when given) and
 * start Chromium before its tests, close both after them. Call it in the describe() body; the
 * {server, browser} it returns are set by the time the tests run. With { serve: false } only
 * Chromium is started.
 */
export function useServerAndBrowser({ serve = true, base } = {}) {
  const web = { server: null, browser: null };
  before(async () => {
    if (serve) web.server = await startServer(DIST, { base });
    web.browser = await launchBrowser();
  });
  after(async () => {
    await web.browser?.close();
    await web.server?.close();
  });
  return web;
}

/**
 * Opens the app in a fresh browser context and waits for gongkai.ready. A phone is
 * { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true }.
 * Returns {page, context, consoleErrors, state}; consoleErrors collects console errors,
 * uncaught page errors and failed requests. Close with context.close().
 * The first visit's welcome is marked as dismissed before the page opens (tests start where a
 * returning reader does) unless { firstVisit: true }.
 */
export async function openApp(browser, url, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, hasTouch = false, isMobile = false, beforeOpen, firstVisit = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, isMobile, acceptDownloads: true });
  if (!firstVisit) await context.addInitScript(markWelcomeDismissed);
  const page = await context.newPage();
  if (beforeOpen) await beforeOpen(context, page);   // e.g. browser settings that must precede the page
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url;
      consoleErrors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // The rest of the code is fetched in the background after the first frame; a reload or a
    // navigation at that moment cancels it (and the next page fetches it again): not a failure.
    if (/\/gongkai\.deferred\.[0-9a-f]{10}\.wasm$/.test(req.url()) && req.failure()?.errorText === 'net::ERR_ABORTED') return;
    consoleErrors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) consoleErrors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  const state = await page.evaluate(() => window.gongkai.ready);
  return { page, context, consoleErrors, state };
}

/** In the page, before its scripts: the welcome counts as dismissed (see welcome_window.cpp). */
export function markWelcomeDismissed() {
  try {
    window.localStorage.setItem('gongkai.welcomeDismissed', '1');
  } catch { /* about:blank and sandboxed frames have no storage */ }
}

/** Resolves after the page has drawn one more frame. */
export function nextFrame(page) {
  return page.evaluate(() => window.gongkai.debug.nextFrame());
}

/** The rectangle of a named UI item (CSS pixels), waiting up to `frames` frames for it to appear. */
export async function itemRect(page, key, { frames = 20 } = {}) {
  for (let i = 0; i < frames; i++) {
    const r = await page.evaluate((k) => window.gongkai.debug.itemRect(k), key);
    if (r && r.w > 0 && r.h > 0) return r;
    await nextFrame(page);
  }
  const known = Object.keys(await page.evaluate(() => window.gongkai.debug.itemRects()));
  throw new Error(`UI item "${key}" was not drawn (drawn: ${known.join(', ')})`);
}

/**
 * Clicks at (x, y) with the real mouse, the way a person does: move there, let a frame see
 * the hover, press, release. (Some ImGui widgets, table headers among them, only take a
 * press on an item hovered in the previous frame.)
 */
export async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await nextFrame(page);
  await page.mouse.down();
  await nextFrame(page);
  await page.mouse.up();
  await nextFrame(page);
  await nextFrame(page);
}

/** Clicks the middle of a named UI item (clickAt); returns its rectangle. */
export async function clickItem(page, key) {
  const r = await itemRect(page, key);
  await clickAt(page, r.x + r.w / 2, r.y + r.h / 2);
  return r;
}

/** Waits, frame by frame, until predicate(gongkai.state()) holds; returns that state. */
export async function waitForState(page, predicate, { frames = 30, what = 'the expected state' } = {}) {
  let state;
  for (let i = 0; i < frames; i++) {
    state = await page.evaluate(() => window.gongkai.state());
    if (predicate(state)) return state;
    await nextFrame(page);
  }
  throw new Error(`gave up waiting for ${what}; last state: ${JSON.stringify(state.view)}`);
}

/**
 * How many distinct colours a PNG screenshot has, decoded by the page itself
 * (createImageBitmap), sampled on a grid. A blank or failed render has one or two.
 */
export async function distinctColours(page, png) {
  const b64 = png.toString('base64');
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const { data: px } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set();
    for (let y = 0; y < bitmap.height; y += 2) {
      for (let x = 0; x < bitmap.width; x += 2) {
        const i = (y * bitmap.width + x) * 4;
        colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      }
    }
    return colours.size;
  }, b64);
}

/** Saves a screenshot into test-results/ (git-ignored) and returns its path. */
export function saveResult(name, bytes) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  fs.writeFileSync(file, bytes);
  return file;
}

#!/usr/bin/env node
// package-web.mjs — the last step of the web build (cmake/GongkaiWeb.cmake, target gongkai_package).
//
// 1. Content-hashed file names in dist/, for fast second visits without a service worker:
//    gongkai.js -> gongkai.<hash>.js, gongkai.wasm, style.css, gongkai-api.js, storage.js and the
//    UI font likewise. index.html (always revalidated) is rewritten to point at them; files the
//    JavaScript fetches itself (the .wasm, the font) are listed in <meta name="gongkai-assets">,
//    which web/gongkai-api.js reads. A host may cache every hashed file forever.
// 2. dist/gongkai-offline.html: the whole app in one file that works from file:// with no
//    network: the CSS inlined as <style>, the scripts inlined, the .wasm and the font as base64
//    data blocks (web/gongkai-api.js hands the wasm to Emscripten as Module.wasmBinary, so
//    nothing is fetched, not even a data: URL), and a Content-Security-Policy <meta> allowing
//    exactly those inline scripts and that style by sha256 hash (no 'unsafe-inline').
//
// 0. Before both: the scripts are minified with terser (Debian's node-terser), when it is
//    installed. Emscripten 3.1.6 has no working Closure Compiler here, so gongkai.js keeps its long
//    names otherwise: terser cuts the first view by about 15 KB gzip (docs/deploying.md).
//    gongkai.js is mangled whole (its only global the other scripts use is `Module`); the
//    hand-written scripts are IIFEs and keep their top-level names.
//
//   node scripts/package-web.mjs --dist DIR [--no-minify]
//
// Input: dist/ as the gongkai_dist target assembles it (index.html and the files it names,
// gongkai.wasm, assets/fonts/*). Run it again after every gongkai_dist: it needs the plain names.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { META_CONTENT_SECURITY_POLICY } from './csp.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) die(`missing ${name}`);
  return args[i + 1];
};
function die(message) {
  console.error(`package-web: ${message}`);
  process.exit(1);
}

const dist = path.resolve(opt('--dist'));
// Above this the offline file stops being easy to mail and copy (docs/deploying.md).
const OFFLINE_BUDGET_BYTES = 5_000_000;
const HASH_LENGTH = 10;   // hex digits of sha256: enough to never collide between two builds
const HASHED = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}(\\.[a-z0-9]+)$`);

const MIME = {
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
};

const read = (rel) => {
  const file = path.join(dist, rel);
  if (!fs.existsSync(file)) die(`${file} is missing (build the gongkai_dist target first)`);
  return fs.readFileSync(file);
};
const isLocal = (url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
const sha256 = (bytes, encoding) => crypto.createHash('sha256').update(bytes).digest(encoding);
const hashedName = (rel, bytes) => {
  const ext = path.extname(rel);
  return `${rel.slice(0, -ext.length)}.${sha256(bytes, 'hex').slice(0, HASH_LENGTH)}${ext}`;
};

const template = read('index.html').toString('utf8');
if (template.includes('name="gongkai-assets"')) {
  die('dist/index.html was already processed: run the gongkai_dist target first (it copies the plain files)');
}

// ---- what the page refers to ------------------------------------------------------------
const scriptTags = [...template.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>\s*/g)]
  .filter((m) => isLocal(m[1]));
const styleTags = [...template.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>\s*/g)]
  .filter((m) => isLocal(m[1]));
// Files the JavaScript fetches by name (not named in index.html).
const runtimeAssets = ['gongkai.wasm', 'gongkai.deferred.wasm'];   // scripts/split-wasm.mjs
const fontsDir = path.join(dist, 'assets/fonts');
if (fs.existsSync(fontsDir)) {
  for (const f of fs.readdirSync(fontsDir).sort()) {
    if (!HASHED.test(f) && MIME[path.extname(f)]) runtimeAssets.push(`assets/fonts/${f}`);
  }
}

// CSS may refer to fonts or images with url(...): relative to the stylesheet.
function rewriteCssUrls(css, cssRel, replace) {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (all, quote, url) => {
    if (!isLocal(url)) return all;
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(cssRel), url));
    const out = replace(rel, url);
    return out === undefined ? all : `url(${quote}${out}${quote})`;
  });
}

// ---- 1. hashed names ----------------------------------------------------------------------
const renamed = new Map();   // plain relative name -> hashed relative name
const removeStale = (rel) => {
  // Hashed copies of this file from earlier builds.
  const dir = path.join(dist, path.dirname(rel));
  const ext = path.extname(rel);
  const stem = path.basename(rel, ext);
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(`${stem}.`) && HASHED.test(f) && f.endsWith(ext) && f.split('.').length === stem.split('.').length + 2) {
      fs.rmSync(path.join(dir, f));
    }
  }
};
function hashFile(rel, bytes) {
  const out = hashedName(rel, bytes);
  removeStale(rel);
  fs.writeFileSync(path.join(dist, out), bytes);
  fs.rmSync(path.join(dist, rel));
  renamed.set(rel, out);
  return out;
}

// Keep the plain bytes: the single-file page is built from them below.
const plain = new Map();
for (const rel of [...runtimeAssets, ...styleTags.map((m) => m[1]), ...scriptTags.map((m) => m[1])]) {
  plain.set(rel, read(rel));
}

// ---- 0. minified scripts ---------------------------------------------------------------------
/** terser's module, from node's usual search or Debian's /usr/share/nodejs; null if absent. */
function loadTerser() {
  const require = createRequire(import.meta.url);
  const bases = [path.dirname(new URL(import.meta.url).pathname),
    ...(process.env.NODE_PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/share/nodejs'];
  for (const base of bases) {
    try {
      return require(require.resolve('terser', { paths: [base] }));
    } catch {
      // not there: try the next place
    }
  }
  return null;
}
if (!args.includes('--no-minify')) {
  const terser = loadTerser();
  if (!terser) {
    console.warn('package-web: warning: terser not found (apt-get install node-terser): the scripts are not minified');
  } else {
    for (const [, rel] of scriptTags) {
      const whole = path.basename(rel) === 'gongkai.js';   // Emscripten's output: one script, one global
      const out = await terser.minify(plain.get(rel).toString('utf8'), {
        ecma: 2020,
        compress: { passes: 2 },
        mangle: whole ? { toplevel: true, reserved: ['Module'] } : true,
        toplevel: whole,
      });
      if (typeof out.code !== 'string') die(`terser failed on ${rel}`);
      plain.set(rel, Buffer.from(out.code, 'utf8'));
    }
  }
}

for (const rel of runtimeAssets) hashFile(rel, plain.get(rel));

// ---- PDF: pdf.js, the extraction and the Chinese CMaps, loaded when the first PDF arrives --------
// (web/gongkai-api.js, docs/import-pdf.md). Not in index.html: the first view does not change.
// The modules get hashed names (listed in asset-manifest.json, which the loader reads); the CMaps
// keep their names under pdf/cmaps/ (pdf.js asks for them by name).
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pdfjsDir = path.join(repoRoot, 'node_modules/pdfjs-dist');
const PDF_MODULE_SOURCES = {
  'pdf/pdf.min.mjs': path.join(pdfjsDir, 'build/pdf.min.mjs'),
  'pdf/pdf.worker.min.mjs': path.join(pdfjsDir, 'build/pdf.worker.min.mjs'),
  'pdf/pdf-extract.mjs': path.join(repoRoot, 'web/pdf-extract.mjs'),
};
// The Adobe-GB1 family: simplified Chinese CMaps (UniGB-*, GB*, GBK*, Adobe-GB1-*).
const isChineseCMap = (f) => /^(Adobe-GB1-|UniGB-|GB)/.test(f) && f.endsWith('.bcmap');
const pdfModules = new Map();   // plain name -> text
const pdfCMaps = new Map();     // plain name -> bytes
if (fs.existsSync(pdfjsDir)) {
  for (const [rel, file] of Object.entries(PDF_MODULE_SOURCES)) pdfModules.set(rel, fs.readFileSync(file, 'utf8'));
  for (const f of fs.readdirSync(path.join(pdfjsDir, 'cmaps')).filter(isChineseCMap).sort()) {
    pdfCMaps.set(`pdf/cmaps/${f}`, fs.readFileSync(path.join(pdfjsDir, 'cmaps', f)));
  }
  fs.rmSync(path.join(dist, 'pdf'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'pdf/cmaps'), { recursive: true });
  for (const [rel, text] of pdfModules) {
    const out = hashedName(rel, Buffer.from(text));
    fs.writeFileSync(path.join(dist, out), text);
    renamed.set(rel, out);
  }
  for (const [rel, bytes] of pdfCMaps) fs.writeFileSync(path.join(dist, rel), bytes);
} else {
  console.warn('package-web: warning: node_modules/pdfjs-dist is missing (run scripts/setup): PDF import will not work');
}
for (const [, rel] of styleTags) {
  const css = rewriteCssUrls(plain.get(rel).toString('utf8'), rel, (target, url) => {
    const h = renamed.get(target);
    return h ? path.posix.relative(path.posix.dirname(rel), h) : url;
  });
  hashFile(rel, Buffer.from(css, 'utf8'));
}
for (const [, rel] of scriptTags) hashFile(rel, plain.get(rel));

let index = template;
for (const [all, rel] of [...scriptTags, ...styleTags]) {
  index = index.replace(all, () => all.replace(`"${rel}"`, `"${renamed.get(rel)}"`));
}
const assetList = runtimeAssets.map((rel) => `${rel}=${renamed.get(rel)}`).join(';');
// The .wasm is requested as soon as the page is, not once gongkai.js has been read and run: a
// preload (as=fetch, crossorigin: the same mode and credentials as Emscripten's own fetch, so
// the browser hands that fetch the preloaded response). Only here: the single file has no fetch.
const wasmPreload = `<link rel="preload" href="${renamed.get('gongkai.wasm')}" as="fetch" type="application/wasm" crossorigin>`;
// The served page carries its policy as a <meta> too: a static host or a CMS may send no headers.
index = index.replace(/(<meta charset="utf-8">\s*)/i,
  `$1<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">\n  ` +
  `<meta name="gongkai-assets" content="${assetList}">\n  ${wasmPreload}\n  `);
fs.writeFileSync(path.join(dist, 'index.html'), index);
// A machine-readable list for scripts (benchmarks, deploy tools) that need the real names.
fs.writeFileSync(path.join(dist, 'asset-manifest.json'),
  `${JSON.stringify(Object.fromEntries([...renamed].sort()), null, 2)}\n`);

// ---- 2. gongkai-offline.html ----------------------------------------------------------------
// Inline text must not end its element early: "</script" and "<!--" are the only sequences that
// can (HTML's script data states). In JavaScript both rewrites are equivalent inside strings,
// regular expressions and comments, which is where they can appear.
const inlineScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const inlineStyle = (css) => css.replace(/<\/(style)/gi, '<\\/$1');
const dataUrl = (rel, bytes) => `data:${MIME[path.extname(rel)] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;

let page = template;
const styleHashes = [];
for (const [all, rel] of styleTags) {
  const css = inlineStyle(rewriteCssUrls(plain.get(rel).toString('utf8'), rel, (target) => {
    const bytes = plain.get(target) ?? (fs.existsSync(path.join(dist, target)) ? fs.readFileSync(path.join(dist, target)) : null);
    return bytes ? dataUrl(target, bytes) : undefined;
  }));
  styleHashes.push(sha256(css, 'base64'));
  page = page.replace(all, () => `<style>${css}</style>\n  `);
}
const scripts = [];
for (const [all, rel] of scriptTags) {
  page = page.replace(all, () => '');
  scripts.push(inlineScript(plain.get(rel).toString('utf8')));
}
// Files the JavaScript would fetch (the .wasm, the font): base64 in data blocks. A <script> of an
// unknown type is never run, so the CSP's script-src does not apply to it; gongkai-api.js decodes it.
const dataBlocks = runtimeAssets.map((rel) =>
  `<script type="application/octet-stream" data-gongkai-asset="${rel}">${plain.get(rel).toString('base64')}</script>`);
const scriptHashes = scripts.map((js) => sha256(js, 'base64'));
// pdf.js and the extraction: gzip-compressed text in data blocks, run as inline module scripts
// when the first PDF arrives (web/gongkai-api.js). Each text ends by telling the loader it ran; the
// CSP allows exactly these texts by their hash. The CMaps are plain data blocks.
const zlib = await import('node:zlib');
for (const [rel, text] of pdfModules) {
  const run = `${text}\n;globalThis.gongkaiModuleRan?.[${JSON.stringify(rel)}]?.();\n`;
  scriptHashes.push(sha256(Buffer.from(run, 'utf8'), 'base64'));
  dataBlocks.push(`<script type="text/x-gongkai-module" data-gongkai-asset="${rel}">${zlib.gzipSync(Buffer.from(run, 'utf8'), { level: 9 }).toString('base64')}</script>`);
}
for (const [rel, bytes] of pdfCMaps) {
  dataBlocks.push(`<script type="application/octet-stream" data-gongkai-asset="${rel}">${bytes.toString('base64')}</script>`);
}

// The policy a file opened from disk gets (docs/security.md, "The single-file build").
const policy = [
  "default-src 'none'",
  `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${styleHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
  'img-src blob: data:',
  'font-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
page = page.replace(/(<meta charset="utf-8">\s*)/i,
  `$1<meta http-equiv="Content-Security-Policy" content="${policy}">\n  ` +
  '<meta name="gongkai-build" content="single-file">\n  ');
page = page.replace(/<\/body>/i, () =>
  `${dataBlocks.join('\n')}\n${scripts.map((js) => `<script>${js}</script>`).join('\n')}\n</body>`);
if (!page.includes('http-equiv="Content-Security-Policy"') || !page.includes('</body>')) {
  die('web/index.html does not have the expected <meta charset="utf-8"> and </body>');
}
const offline = path.join(dist, 'gongkai-offline.html');
fs.writeFileSync(offline, page);

const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
console.log(`package-web: ${[...renamed.values()].join(', ')}`);
const size = Buffer.byteLength(page);
console.log(`package-web: gongkai-offline.html ${kb(size)} (budget ${kb(OFFLINE_BUDGET_BYTES)})`);
if (size > OFFLINE_BUDGET_BYTES) {
  console.warn(`package-web: warning: gongkai-offline.html is over its budget of ${kb(OFFLINE_BUDGET_BYTES)} (docs/deploying.md)`);
}

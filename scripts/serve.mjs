#!/usr/bin/env node
// serve.mjs — a small static file server for dist/ (loopback only).
//
// Used by scripts/run and by the end-to-end tests. It sends the same headers a
// production host should (see docs/deploying.md): correct MIME types (.wasm as
// application/wasm, which streaming compilation requires) and the app's
// Content-Security-Policy, so that tests exercise the locked-down page.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--no-csp] [--base /sub/path/]
// --base serves the folder under a sub-path (as many static hosts do); other paths get 404.
// Prints "Serving http://HOST:PORT/" once listening (port 0 picks a free port).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(opt('--dir', 'dist'));
const port = Number(opt('--port', process.env.PORT ?? '8080'));
const host = opt('--host', '127.0.0.1');
const csp = !args.includes('--no-csp');
const base = `/${opt('--base', '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
// Content-hashed names (scripts/package-web.mjs: gongkai.1a2b3c4d5e.wasm) never change content.
const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
};

// The policy lives in scripts/csp.mjs (dist/index.html carries it as a <meta> too).
import { CONTENT_SECURITY_POLICY } from './csp.mjs';
export { CONTENT_SECURITY_POLICY };

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist (run scripts/build first)`);
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { Location: base }).end();   // relative URLs need the trailing slash
    return;
  }
  if (!pathname.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  pathname = `/${pathname.slice(base.length)}`;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // Resolve inside root only: no path traversal.
  let file = path.normalize(path.join(root, pathname));
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  } catch { /* handled below */ }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // index.html is revalidated; hashed files are kept for a year; the rest briefly.
      'Cache-Control': ext === '.html' ? 'no-cache'
        : HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    };
    if (csp) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    const gzipOk = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
                   ['.html', '.js', '.css', '.json', '.wasm', '.ttf', '.txt', '.svg'].includes(ext);
    if (gzipOk) {
      body = zlib.gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Serving http://${host}:${actual}${base}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));

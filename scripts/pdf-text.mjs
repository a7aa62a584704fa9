#!/usr/bin/env node
// pdf-text.mjs — the PDF extraction of the page (web/pdf-extract.mjs, with pdf.js), run under Node
// for the command line: `gongkai import report.pdf` runs this and imports what it prints.
//
//   node scripts/pdf-text.mjs FILE.pdf      -> one JSON document on stdout (docs/import-pdf.md)
//
// Exit status 0 whenever it printed a document (a refused file is a document with "error"),
// 2 when it could not start (no pdf.js installed: run scripts/setup).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/pdf-text.mjs FILE.pdf');
  process.exit(2);
}
let pdfjsLib;
try {
  // The worker's code in this thread (pdf.js' fake worker), as in the page; Node takes pdf.js'
  // legacy build (same version, same extraction code), which brings its own DOM polyfills.
  await import(path.join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'));
  pdfjsLib = await import(path.join(root, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
} catch (e) {
  console.error(`pdf-text: pdf.js is not installed (run scripts/setup): ${e.message}`);
  process.exit(2);
}
const { extractPdf } = await import(path.join(root, 'web/pdf-extract.mjs'));
const cmapDir = path.join(root, 'node_modules/pdfjs-dist/cmaps');

let out;
try {
  const bytes = new Uint8Array(fs.readFileSync(file));
  out = await extractPdf(pdfjsLib, bytes, {
    loadCMap: async (name) => new Uint8Array(fs.readFileSync(path.join(cmapDir, path.basename(name)))),
  });
} catch (e) {
  out = { gongkai_pdf: 1, error: 'unreadable', args: { what: String(e.message).slice(0, 200) } };
}
process.stdout.write(`${JSON.stringify(out)}\n`);

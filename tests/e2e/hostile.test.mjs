// hostile.test.mjs — hostile files through the real file picker (File → 打开报告…), the way a
// person opens them: each is refused with a located error, the report loaded before stays, the
// page keeps responding, report text is never run as HTML, the page runs under its CSP without
// a violation, and every request it makes is same-origin. docs/security.md, docs/hostile-inputs.md.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, test } from 'node:test';
import { ROOT, clickItem, nextFrame, saveResult, useServerAndBrowser, waitForState } from './harness.mjs';

const FUXIN = fs.readFileSync(path.join(ROOT, 'assets/reports/fuxin-2017.json'));

/** A small real PNG: what a screenshot renamed .json holds. */
function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, tail]);
  };
  const ihdr = Buffer.from([0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0]);
  const raw = Buffer.alloc(16 * (1 + 16 * 3), 0x7f);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Files that must each be refused, with a located error naming the file.
const HOSTILE = [
  { name: 'screenshot.json', mimeType: 'application/json', buffer: png() },
  { name: 'truncated.json', mimeType: 'application/json', buffer: FUXIN.subarray(0, FUXIN.length >> 1) },
  { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from('['.repeat(100000)) },
  { name: 'utf16.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FUXIN.toString('utf8'), 'utf16le')]) },
  { name: 'nan.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"gongkai.report","version":1,"id":"n","meta":{"title":"t"},"figures":[{"id":"f","value":NaN,"unit":"条"}]}') },
  { name: '<img src=x onerror=window.__pwned=1>.json', mimeType: 'application/json', buffer: Buffer.from('{"format": <b>bold</b>}') },
];

// A valid report whose strings are HTML and a spreadsheet formula: it loads, and is only ever text.
const XSS_ID = 'xss-1';
const XSS = {
  name: 'xss.json', mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({
    format: 'gongkai.report', version: 1, id: XSS_ID,
    meta: { title: '<img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script>', region: { name: '../../CON' } },
    figures: [{ id: 'f1', area: '=HYPERLINK("http://198.51.100.7/","x")', department: '<iframe src="http://198.51.100.7/">', value: 1, unit: '条' }],
  })),
};

describe('hostile files through the file picker', () => {
  const web = useServerAndBrowser();

  test('each is refused, the loaded report stays, nothing runs and nothing leaves the origin', async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Recorded from the very first request, so the page's own loading is covered too.
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const response = await page.goto(web.server.url);
    assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'self'/, 'the page is served with its CSP');
    const initial = await page.evaluate(() => window.gongkai.ready);
    assert.ok(initial.reports.some((r) => r.id === 'fuxin-2017' && r.figures > 0), 'the bundled report is loaded');

    async function pick(files) {
      await clickItem(page, 'menu.file');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'menu.file.open')]);
      assert.equal(chooser.isMultiple(), true);
      await chooser.setFiles(files);
    }

    for (const file of HOSTILE) {
      await pick([file]);
      const state = await waitForState(page, (s) => s.errors.some((e) => e.file === file.name),
        { frames: 120, what: `an error for ${file.name}` });
      const errors = state.errors.filter((e) => e.file === file.name);
      assert.ok(errors.every((e) => e.severity !== 'error' || e.message.length > 0));
      assert.ok(errors.some((e) => e.severity === 'error' && e.line > 0 && e.column > 0),
        `${file.name}: a located error (${JSON.stringify(errors[0])})`);
      assert.ok(state.reports.some((r) => r.id === 'fuxin-2017' && r.figures === initial.reports.find((x) => x.id === 'fuxin-2017').figures),
        `${file.name}: the Fuxin report is still there, whole`);
      assert.equal(state.reports.length, initial.reports.length, `${file.name}: nothing half-loaded was added`);
    }

    // A valid report full of HTML and formulas loads as text.
    await pick([XSS]);
    const loaded = await waitForState(page, (s) => s.reports.some((r) => r.id === XSS_ID), { frames: 120, what: 'the xss report' });
    assert.ok(loaded.reports.some((r) => r.id === 'fuxin-2017'), 'loading another report keeps the first');
    await page.evaluate((id) => window.gongkai.setView({ report: id, tab: 'figures' }), XSS_ID);
    await nextFrame(page);
    await page.evaluate(() => window.gongkai.setView({ tab: 'errors' }));
    await nextFrame(page);
    saveResult('hostile-errors.png', await page.screenshot());
    await page.evaluate((id) => window.gongkai.setView({ report: id, tab: 'figures' }), XSS_ID);
    const csv = await page.evaluate(() => window.gongkai.exportText('csv'));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://198.51.100.7/"",""x"")"`), `the formula is neutralised in the CSV:\n${csv}`);
    const name = await page.evaluate(() => window.gongkai.exportFileName('csv'));
    assert.ok(!/[/\\:*?"<>|]/.test(name) && !name.startsWith('.'), `a safe download name: ${name}`);

    // Never run as HTML: no flag set, no element made from report text (the accessible mirror
    // of the canvas holds report text, as text only), no request to the report's URLs.
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no report text ran as script');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed').length), 0,
      'no element was made from report text');
    assert.equal(await page.evaluate(() => [...document.scripts].filter((x) => x.textContent.includes('__pwned')).length), 0);

    // Still responding: frames are drawn, the menus work, the view changes.
    const frame = await page.evaluate(() => window.gongkai.debug.frame());
    await nextFrame(page);
    assert.ok(await page.evaluate(() => window.gongkai.debug.frame()) > frame);
    await page.evaluate(() => window.gongkai.setView({ report: 'fuxin-2017', tab: 'chart' }));
    const after = await waitForState(page, (s) => s.view.tab === 'chart' && s.view.report === 'fuxin-2017', { what: 'the chart of Fuxin' });
    assert.ok(after.reports.some((r) => r.id === 'fuxin-2017' && r.figures > 0));
    await clickItem(page, 'menu.help');
    await clickItem(page, 'menu.help.about');
    await clickItem(page, 'about.close');

    const origin = new URL(web.server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'every request is same-origin');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});


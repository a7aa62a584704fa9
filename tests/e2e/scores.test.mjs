// scores.test.mjs — the Scores tab (评分): the fictional 云岭县 family (tests/data/family) and the
// fictional 青禾县 2021 template report loaded through the page API; the ranking (state, the
// hidden HTML table #a11y-scores, a click on a row), a score card's evidence clicks (words of
// the text in the source panel, a figure in the figures table, an audit finding in the audit
// tab), the family finding on a child's audit tab, and the scores export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, clickItem, openApp, useServerAndBrowser, waitForState } from './harness.mjs';

const FAMILY = ['yunling-2018', 'xikou-2018', 'songping-2018', 'shiqiao-2018', 'yunling-finance-2018'];

async function loadFile(page, file) {
  const text = fs.readFileSync(file, 'utf8');
  const out = await page.evaluate(([name, data]) => window.gongkai.load(name, data), [path.basename(file), text]);
  assert.ok(out.ok, `${file}: ${JSON.stringify(out.errors)}`);
}

async function loadFamily(page) {
  for (const id of FAMILY) await loadFile(page, path.join(ROOT, 'tests/data/family', `${id}.json`));
}

describe('scores tab', () => {
  const web = useServerAndBrowser();

  test('ranks every loaded report, in state, hash and the hidden table; a row selects its report', async () => {
    const { page, consoleErrors } = await openApp(web.browser, web.server.url, { viewport: { width: 1400, height: 1400 } });
    await loadFamily(page);
    await page.evaluate(() => window.gongkai.setView({ tab: 'scores', report: 'yunling-2018', language: 'en' }));
    const state = await waitForState(page, (s) => s.view.tab === 'scores' && s.view.scores.score === 95,
      { what: 'the scores tab on 云岭县' });
    assert.match(state.view.hash, /(^|[#&])t=scores(&|$)/, 'the tab is in the URL hash');
    // By hand (docs/scorecard.md): 95, 70, 64.7 (no date: out of 85), 62.5 (10 days late), 55 (45 days late);
    // the bundled Fuxin report is loaded too and ranks among them.
    const family = state.view.scores.ranking.filter((r) => FAMILY.includes(r.id));
    assert.deepEqual(family, [
      { id: 'yunling-2018', score: 95 }, { id: 'xikou-2018', score: 70 }, { id: 'shiqiao-2018', score: 64.7 },
      { id: 'songping-2018', score: 62.5 }, { id: 'yunling-finance-2018', score: 55 },
    ]);
    const mirror = await page.evaluate(() => {
      const t = document.getElementById('a11y-scores');
      return t && {
        caption: t.querySelector('caption').textContent,
        rows: Array.from(t.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (c) => c.textContent)),
        hidden: t.closest('[aria-hidden="true"]') !== null,
      };
    });
    assert.ok(mirror, '#a11y-scores exists');
    assert.equal(mirror.hidden, false, 'not hidden from screen readers');
    assert.equal(mirror.caption, 'Ranking of all loaded reports');
    const ids = mirror.rows.map((r) => r[2]);
    assert.deepEqual(ids.filter((id) => FAMILY.includes(id)), FAMILY.slice(0, 2).concat(['shiqiao-2018', 'songping-2018', 'yunling-finance-2018']));
    const card = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y-score-card li'), (li) => li.textContent));
    assert.ok(card.some((t) => t.includes('Item 6: other matters') && t.includes('0 / 5')), card.join('\n'));

    await clickItem(page, 'scores.rank.songping-2018');
    const picked = await waitForState(page, (s) => s.view.report === 'songping-2018', { what: '松坪乡 selected' });
    assert.equal(picked.view.scores.score, 62.5);
    assert.equal(picked.view.tab, 'scores');
    assert.deepEqual(consoleErrors, []);
  });

  test('a score card point opens its evidence: the words, a figure, an audit finding', async () => {
    const { page, consoleErrors } = await openApp(web.browser, web.server.url, { viewport: { width: 1400, height: 1400 } });
    await loadFamily(page);
    await page.evaluate(() => window.gongkai.setView({ tab: 'scores', report: 'yunling-2018' }));
    await waitForState(page, (s) => s.view.tab === 'scores' && s.view.report === 'yunling-2018', { what: 'the card' });

    // Section 一: its heading's words, highlighted in the source panel; the tab stays.
    await clickItem(page, 'scores.point.completeness.item.1');
    let s = await waitForState(page, (x) => x.view.scores.point === 'completeness.item.1', { what: 'the point opened' });
    assert.equal(s.view.tab, 'scores');
    const text = fs.readFileSync(path.join(ROOT, 'tests/data/family/yunling-2018.json'), 'utf8');
    const words = Array.from(JSON.parse(text).text).slice(s.view.scores.quote[0], s.view.scores.quote[1]).join('');
    assert.equal(words, '一、主动公开政府信息情况');

    // The applications figure: selected and focused in the figures table.
    await clickItem(page, 'scores.point.specificity.figure.applications_received');
    s = await waitForState(page, (x) => x.view.tab === 'figures' && x.view.focused === 'f2', { what: 'figure f2 focused' });
    assert.deepEqual(s.view.selection, ['f2']);

    // A template report's table identity: its findings, opened in the audit tab.
    await loadFile(page, path.join(ROOT, 'tests/data/template-era/qinghe-2021.json'));
    await page.evaluate(() => window.gongkai.setView({ tab: 'scores', report: 'qinghe-2021' }));
    await waitForState(page, (x) => x.view.tab === 'scores' && x.view.report === 'qinghe-2021', { what: '青禾县 card' });
    await clickItem(page, 'scores.point.consistency.table_identities');
    s = await waitForState(page, (x) => x.view.tab === 'audit' && x.view.finding !== null, { what: 'the finding selected' });
    const findings = JSON.parse(Buffer.from(await page.evaluate(() => Array.from(window.gongkai.exportData('scores_json'))))
      .toString('utf8'));
    const qinghe = findings.reports.find((r) => r.id === 'qinghe-2021');
    const point = qinghe.points.find((p) => p.rule === 'consistency.table_identities');
    assert.equal(point.earned, 4);
    assert.equal(point.max, 10);
    assert.equal(point.evidence.length, 2);
    assert.deepEqual(consoleErrors, []);
  });

  test('the family finding shows on a child; the scores CSV export has every report', async () => {
    const { page, consoleErrors } = await openApp(web.browser, web.server.url, { viewport: { width: 1400, height: 1400 } });
    await loadFamily(page);
    await page.evaluate(() => window.gongkai.setView({ tab: 'audit', report: 'xikou-2018' }));
    const s = await waitForState(page, (x) => x.view.report === 'xikou-2018', { what: '溪口镇' });
    assert.equal(s.view.findings, 3, 'coverage and the two 全县 totals, made on the county, shown on its township');
    const csv = await page.evaluate(() => window.gongkai.exportText('scores_csv'));
    assert.ok(csv.startsWith('\uFEFFreport,title,score,dimension,rule,earned,max,applicable,flag,message,evidence\r\n'));
    for (const id of FAMILY) assert.ok(csv.includes(`\r\n${id},`), id);
    assert.equal(await page.evaluate(() => window.gongkai.exportFileName('scores_csv')), 'gongkai-scores.csv');
    assert.deepEqual(consoleErrors, []);
  });
});

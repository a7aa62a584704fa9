// group-by.js — the plain-JavaScript peer of Gongkai's aggregate(): counts by area of the
// "published" figures of parsed report JSON, with the counting rule of
// docs/report-format.md ("Totals and their parts": a total counts through its first
// breakdown, a positive remainder stays with the total, percentages are never summed,
// units never mixed). What a hand-written dashboard would do, minus any validation.
//
// Loaded as a classic script by the ECharts peer page and injected by the scale benchmark.
// Defines globalThis.benchGroupBy(collectionOrReport, field = 'area', measure = 'published')
// -> [{key, unit, total, figures}] sorted like Gongkai's groups (total desc, key, unit).
(function () {
  'use strict';

  function nearlyEqual(a, b) {
    if (a === b) return true;
    const scale = Math.max(1, Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= 1e-9 * scale;
  }

  function countReport(report, field, measure, groups) {
    const figures = report.figures || [];
    const n = figures.length;
    const byId = new Map();
    for (let i = 0; i < n; i++) if (!byId.has(figures[i].id)) byId.set(figures[i].id, i);
    const parent = new Int32Array(n).fill(-1);
    const children = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = figures[i].parent ? byId.get(figures[i].parent) : undefined;
      if (p !== undefined && p !== i) {
        parent[i] = p;
        (children[p] || (children[p] = [])).push(i);
      }
    }
    const isPart = (part, total) => part.unit === total.unit && part.unit !== '%';
    const add = (f, value) => {
      if (measure && f.measure !== measure) return;
      const keyText = f[field] || '';
      const k = keyText + '\u0000' + f.unit;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { key: keyText, unit: f.unit, total: 0, figures: 0 }));
      g.total += value;
      g.figures += 1;
    };
    const stack = [];
    for (let root = 0; root < n; root++) {
      const f = figures[root];
      if (f.unit === '%') continue;
      const p = parent[root];
      if (p >= 0 && isPart(f, figures[p])) continue;
      stack.push(root);
      while (stack.length) {
        const t = stack.pop();
        const total = figures[t];
        const kids = children[t] || [];
        let first;
        for (const c of kids) if (isPart(figures[c], total)) { first = figures[c].breakdown || ''; break; }
        if (first === undefined) { add(total, total.value); continue; }
        let parts = 0;
        for (let j = kids.length - 1; j >= 0; j--) {
          const c = figures[kids[j]];
          if (isPart(c, total) && (c.breakdown || '') === first) { parts += c.value; stack.push(kids[j]); }
        }
        const rest = total.value - parts;
        if (rest > 0 && !nearlyEqual(total.value, parts)) add(total, rest);
      }
    }
  }

  globalThis.benchGroupBy = function (doc, field = 'area', measure = 'published') {
    const reports = doc.format === 'gongkai.collection' ? doc.reports : [doc];
    const groups = new Map();
    for (const r of reports) countReport(r, field, measure, groups);
    return [...groups.values()].sort((a, b) =>
      b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  };
})();

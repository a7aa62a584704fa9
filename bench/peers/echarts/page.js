// page.js — what a typical government dashboard does: fetch the report JSON, count the
// published figures by area (bench/browser/group-by.js, the same rule as Gongkai) and
// draw a bar chart with ECharts. Tells the benchmark when the chart's first frame is shown.
(async function () {
  'use strict';
  const doc = await (await fetch('fuxin-2017.json')).json();
  const groups = benchGroupBy(doc, 'area', 'published').filter((g) => g.unit === '条').reverse();
  const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
  chart.on('finished', () => {
    // 'finished' fires after ECharts has painted; the next animation frame is on screen.
    requestAnimationFrame(() => { if (window.benchPeerReady) window.benchPeerReady(); });
  });
  chart.setOption({
    animation: false,
    title: { text: doc.meta.title, subtext: '公开数量（条），按领域' },
    grid: { left: 120, right: 40 },
    tooltip: {},
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: groups.map((g) => g.key || '（未注明）') },
    series: [{ type: 'bar', data: groups.map((g) => g.total), label: { show: true, position: 'right' } }],
  });
})();

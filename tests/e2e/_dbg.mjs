import { startServer, launchBrowser, openApp, saveResult, clickItem, itemRect, nextFrame } from './harness.mjs';
const server = await startServer();
const ctx = await launchBrowser();
try {
  const { page } = await openApp(ctx, server.url);
  const r = await itemRect(page, 'figures.header.value');
  console.log(r, await itemRect(page, 'figures.header.area'));
  await clickItem(page, 'figures.header.value');
  for (let i=0;i<5;i++) await nextFrame(page);
  console.log(JSON.stringify((await page.evaluate(() => gongkai.state())).view));
  saveResult('dbg.png', await page.screenshot());
} finally { await ctx.close(); await server.close(); }

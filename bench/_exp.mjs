import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tsLoader } from './load-ts.mjs';
const ts = await tsLoader();
const { startFixtureServer, MAPPED_HOSTS } = await ts.load('/test/e2e/support/fixture-server.ts');
const { startRecordingProxy } = await ts.load('/test/e2e/support/recording-proxy.ts');
const server = await startFixtureServer();
const proxy = await startRecordingProxy(MAPPED_HOSTS, server.port);
const EXT = resolve('dist/chrome');
const t0 = performance.now();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'b-')), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
console.log('launch', performance.now() - t0, 'browser()', !!context.browser());
const page = await context.newPage();
await page.goto('https://account.ring.com/account/dashboard');
await page.waitForSelector('body[data-app-loaded="true"]');
await page.waitForTimeout(1000);
console.log('main world measures', await page.evaluate(() => performance.getEntriesByType('measure').map((e) => [e.name, e.startTime, e.duration])));
console.log('nav', await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON()));
// CDP: isolated world
const cdp = await context.newCDPSession(page);
const ctxs = [];
cdp.on('Runtime.executionContextCreated', (e) => ctxs.push(e.context));
await cdp.send('Runtime.enable');
await new Promise((r) => setTimeout(r, 200));
console.log(ctxs.map((c) => [c.id, c.name, c.origin, c.auxData]));
for (const c of ctxs) {
  const r = await cdp.send('Runtime.evaluate', { expression: "JSON.stringify(performance.getEntriesByType('measure').map(e=>e.name))", contextId: c.id, returnByValue: true });
  console.log(c.name, r.result.value);
}
// browser CDP → service worker heap
const browser = context.browser();
const bcdp = await browser.newBrowserCDPSession();
const { targetInfos } = await bcdp.send('Target.getTargets');
console.log(targetInfos.map((t) => [t.type, t.url]));
const sw = targetInfos.find((t) => t.type === 'service_worker');
const { sessionId } = await bcdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
let id = 0; const waiting = new Map();
bcdp.on('Target.receivedMessageFromTarget', (e) => { const m = JSON.parse(e.message); if (waiting.has(m.id)) { waiting.get(m.id)(m); waiting.delete(m.id); } });
const send = (method, params = {}) => new Promise((res) => { const i = ++id; waiting.set(i, res); bcdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) }); });
console.log(await send('Runtime.getHeapUsage'));
console.log(await send('HeapProfiler.collectGarbage'));
console.log(await send('Runtime.getHeapUsage'));
await context.close(); await proxy.close(); await server.close(); await ts.close();

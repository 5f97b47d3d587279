// A second fixture server, on the pattern of test/e2e/support/fixture-site.ts (same certificate helper, same
// hostname), for a generated account of any size. Its dashboard is shaped like the real one: the device list
// in __NEXT_DATA__, and an app that requests the device list again (as account.ring.com does) and, when asked
// for, each owned camera's settings.
import { createServer } from 'node:https';
import { ringAccount } from './generate.mjs';

// The content script sends what it saw in one message after 300 ms of quiet, and the background accepts at most
// 200 captures per message. The stand-in app therefore asks for settings in rounds below that, with a pause.
const ROUND = 190;
const PAUSE_MS = 450;

const app = (withSettings, round = ROUND, pauseMs = PAUSE_MS) => `(async function () {
  'use strict';
  var pause = function () { return new Promise(function (r) { setTimeout(r, ${pauseMs}); }); };
  var getJson = function (url) { return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); };
  try {
    var devices = await getJson('/api/cgw/clients_api/ring_devices');
    var ids = ${withSettings} ? [].concat(devices.doorbots || [], devices.stickup_cams || []).filter(function (d) { return d.owned; }).map(function (d) { return d.id; }) : [];
    await pause();
    for (var i = 0; i < ids.length; i += ${round}) {
      await Promise.all(ids.slice(i, i + ${round}).map(function (id) { return getJson('/api/cgw/devices/v1/devices/' + id + '/settings'); }));
      await pause();
    }
    document.body.setAttribute('data-app-loaded', 'true');
  } catch (e) {
    document.body.setAttribute('data-app-error', String(e));
  }
})();`;

function page(devices) {
  const nextData = {
    props: { userDevices: devices, pageProps: { locale: 'en-us' }, __N_SSP: true },
    page: '/account/dashboard',
    query: {},
    buildId: 'bench',
    locale: 'en-us',
  };
  // `<` inside JSON would end the script element: escaped the way Next.js does.
  const json = JSON.stringify(nextData).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Ring | Dashboard</title>
<link rel="canonical" href="https://account.ring.com/account/dashboard"/>
<script src="/_next/static/chunks/pages/bench-app.js" defer=""></script></head>
<body><div id="__next"><main><h1>My devices</h1></main></div>
<script id="__NEXT_DATA__" type="application/json">${json}</script></body></html>`;
}

/** Serves an account of `count` devices; with `withSettings` the app also loads every owned camera's settings. */
/** `round`/`pauseMs`: how many settings the app requests at once, and the pause between rounds. */
export async function startBigAccountServer(makeCertificate, hosts, count, { withSettings = false, round = ROUND, pauseMs = PAUSE_MS } = {}) {
  const account = ringAccount(count);
  const devicesJson = JSON.stringify(account.devices);
  const html = page(account.devices);
  const script = app(withSettings, round, pauseMs);
  const settings = new Map(account.settings.map((s) => [String(s.id), JSON.stringify(s.body)]));
  const server = createServer(makeCertificate(hosts), (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (!hosts.includes((req.headers.host ?? '').replace(/:\d+$/, ''))) return send(421, 'text/plain', 'not a mapped host');
    if (path === '/account/dashboard') return send(200, 'text/html; charset=utf-8', html);
    if (path === '/_next/static/chunks/pages/bench-app.js') return send(200, 'application/javascript', script);
    if (path === '/api/cgw/clients_api/ring_devices') return send(200, 'application/json', devicesJson);
    const m = /^\/api\/cgw\/devices\/v1\/devices\/(\d+)\/settings$/.exec(path);
    if (m && settings.has(m[1])) return send(200, 'application/json', settings.get(m[1]));
    return send(404, 'application/json', '{"error":"not found"}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    devicesChars: devicesJson.length,
    pageChars: html.length,
    settingsCount: withSettings ? settings.size : 0,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// A second fixture server, on the pattern of test/e2e/support/fixture-server.ts (same certificate helper, same
// hostname), that serves a generated account of any size: a dashboard whose app loads the device list and
// then each owned camera's settings, as account.ring.com's app does.
import { createServer } from 'node:https';
import { ringAccount } from './generate.mjs';

// The content script sends what it saw in one message after 300 ms of quiet, and the background accepts at most
// 200 captures per message. The stand-in app therefore asks for settings in rounds below that, with a pause.
const ROUND = 150;
const PAUSE_MS = 450;

const APP = `(async function () {
  'use strict';
  var pause = function () { return new Promise(function (r) { setTimeout(r, ${PAUSE_MS}); }); };
  var getJson = function (url) { return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); };
  try {
    var devices = await getJson('/api/cgw/clients_api/ring_devices');
    var ids = [].concat(devices.doorbots || [], devices.stickup_cams || []).filter(function (d) { return d.owned; }).map(function (d) { return d.id; });
    await pause();
    for (var i = 0; i < ids.length; i += ${ROUND}) {
      await Promise.all(ids.slice(i, i + ${ROUND}).map(function (id) { return getJson('/api/cgw/devices/v1/devices/' + id + '/settings'); }));
      document.body.setAttribute('data-settings-read', String(Math.min(i + ${ROUND}, ids.length)));
      await pause();
    }
    document.body.setAttribute('data-app-loaded', 'true');
  } catch (e) {
    document.body.setAttribute('data-app-error', String(e));
  }
})();`;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Ring | Dashboard</title>
<link rel="canonical" href="https://account.ring.com/account/dashboard"/>
<script src="/_next/static/chunks/pages/bench-app.js" defer=""></script></head>
<body><div id="__next"><main><h1>My devices</h1></main></div></body></html>`;

/** Starts the server for an account of `count` devices; `settingsCount` is the number of settings documents. */
export async function startBigAccountServer(makeCertificate, hosts, count) {
  const account = ringAccount(count);
  const devicesJson = JSON.stringify(account.devices);
  const settings = new Map(account.settings.map((s) => [String(s.id), JSON.stringify(s.body)]));
  const server = createServer(makeCertificate(hosts), (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (!hosts.includes((req.headers.host ?? '').replace(/:\d+$/, ''))) return send(421, 'text/plain', 'not a mapped host');
    if (path === '/account/dashboard') return send(200, 'text/html; charset=utf-8', PAGE);
    if (path === '/_next/static/chunks/pages/bench-app.js') return send(200, 'application/javascript', APP);
    if (path === '/api/cgw/clients_api/ring_devices') return send(200, 'application/json', devicesJson);
    const m = /^\/api\/cgw\/devices\/v1\/devices\/(\d+)\/settings$/.exec(path);
    if (m && settings.has(m[1])) return send(200, 'application/json', settings.get(m[1]));
    return send(404, 'application/json', '{"error":"not found"}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    devicesChars: devicesJson.length,
    settingsCount: settings.size,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TOKEN_PLACEHOLDER, type FixtureServer } from './fixture-site.ts';

/**
 * The shared user's account site (issue 11): a stand-in for the web app that requests the v3 responses of
 * test/fixtures/ring/shared-user, served through the fixture server's `routes` map. Used by shared-user.e2e.test.ts
 * and shared-user-first-screen.e2e.test.ts.
 */
export const SHARED = resolve(import.meta.dirname, '../../fixtures/ring/shared-user');
export const API = '/api/cgw';
/** Path → fixture, in the order the stand-in app requests them. */
export const RESPONSES: [string, string][] = [
  ['clients_api/ring_devices', 'ring-devices.json'],
  ['devices/v1/locations', 'devices-v1-locations.json'],
  ['location_info/v3/locations', 'location-info-v3-locations.json'],
  ['device_info/v3/devices', 'device-info-v3-devices.json'],
  ['device_info/v3/devices/70030003', 'device-info-v3-70030003.json'],
];

/**
 * The stand-in for the web app's bundle: the page's own requests, one after another, as the app would make them.
 * The fixture site templates the session's csrf-token into it (it stays in the closure, as on the real site).
 */
const APP_JS = `(function () {
  'use strict';
  var headers = { 'csrf-token': '${TOKEN_PLACEHOLDER}', Accept: 'application/json' };
  var paths = ${JSON.stringify(RESPONSES.map(([p]) => `${API}/${p}`))};
  paths.reduce(function (done, url) {
    return done.then(function () { return fetch(url, { headers: headers }).then(function (r) { if (!r.ok) throw new Error(url + ' ' + r.status); return r.json(); }); });
  }, Promise.resolve()).then(function () {
    document.body.setAttribute('data-app-loaded', 'true');
  }, function (e) { document.body.setAttribute('data-app-error', String(e)); });
})();`;

const DASHBOARD = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Dashboard | Ring</title></head>
<body><div id="__next"><main><h1>Elternhaus</h1></main></div><script src="/_next/static/chunks/pages/shared-app.js"></script></body></html>`;

export function serveSharedUser(server: FixtureServer): void {
  server.routes.set('account.ring.com /account/shared-dashboard', { type: 'text/html; charset=utf-8', body: DASHBOARD });
  server.routes.set('account.ring.com /_next/static/chunks/pages/shared-app.js', { type: 'application/javascript', body: APP_JS });
  for (const [path, file] of RESPONSES)
    server.routes.set(`account.ring.com ${API}/${path}`, { type: 'application/json', body: readFileSync(resolve(SHARED, file), 'utf8') });
}

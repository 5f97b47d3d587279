import { createServer, type Server } from 'node:https';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const RING_FIXTURES = resolve(ROOT, 'test/fixtures/ring');
export const MAPPED_HOSTS = ['account.ring.com', 'www.amazon.de', 'alexa.amazon.de'] as const;
const ALEXA_FIXTURES = resolve(ROOT, 'test/fixtures/alexa');
const SITE = resolve(import.meta.dirname, '../site');

/** The fixture file behind a same-origin API path, shaped like Ring's own responses. */
function jsonFixture(path: string): string | null {
  const routes: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^\/api\/cgw\/clients_api\/ring_devices$/, () => 'ring-devices.json'],
    [/^\/api\/cgw\/devices\/v1\/devices\/(\d+)\/settings$/, (m) => `settings-${m[1]}.json`],
    [/^\/api\/cgw\/clients_api\/(profile|session)$/, () => 'session.json'],
    [/^\/api\/cgw\/devices\/v1\/locations$/, () => 'locations.json'],
    [/^\/api\/cgw\/clients_api\/locations\/([\w-]+)\/users$/, (m) => `users-${m[1]}.json`],
    [/^\/api\/cgw\/location_info\/v4\/locations\/([\w-]+)$/, (m) => `location-v4-${m[1]}.json`],
    [/^\/api\/cgw\/integrations\/amazonkey\/v2\/devices\/lock_associations$/, () => 'lock-associations.json'],
  ];
  for (const [pattern, file] of routes) {
    const m = pattern.exec(path);
    if (m) return resolve(RING_FIXTURES, file(m));
  }
  return null;
}

/** www.amazon.de pages and JSON, and the Alexa app API on alexa.amazon.de, from test/fixtures/alexa. */
function amazonRoute(host: string, method: string, path: string): { file: string; type: string } | null {
  const html = (file: string) => ({ file, type: 'text/html; charset=utf-8' });
  const json = (name: string) => ({ file: resolve(ALEXA_FIXTURES, name), type: 'application/json;charset=UTF-8' });
  if (host === 'www.amazon.de') {
    if (path === '/alexa-privacy/apd/myad') return html(resolve(ALEXA_FIXTURES, 'alexa-privacy-myad-de.html'));
    if (path === '/alexa-privacy/apd/skill-permissions') return html(resolve(ALEXA_FIXTURES, 'alexa-privacy-skill-permissions-de.html'));
    if (path === '/ap/adam') return html(resolve(ALEXA_FIXTURES, 'apps-with-access-de.html'));
    if (path === '/alexa-privacy/apd/rvh') return html(resolve(SITE, 'amazon-rvh.html'));
    if (path === '/alexa-privacy/apd/static/rvh-app.js') return { file: resolve(SITE, 'rvh-app.js'), type: 'application/javascript' };
    if (path === '/alexa-privacy/apd/rvh/customer-history-records-v2' && method === 'POST') return json('voice-history-rvh.json');
    if (path === '/alexa-privacy/apd/rvh/persons-in-household') return json('persons-in-household.json');
    return null;
  }
  if (path === '/api/devices-v2/device') return json('devices-v2.json');
  if (path === '/nexus/v1/graphql' && method === 'POST') return json('graphql-endpoints.json');
  if (path === '/api/household') return json('household.json');
  if (/^\/api\/v1\/devices\/A1EXAMPLE0SHOWACCT\/settings\/liveView$/.test(path)) return json('liveview-setting.json');
  return null;
}

export interface FixtureServer {
  port: number;
  /** Every request seen, as `host path`. */
  requests: string[];
  /** When set, the API answers 401 as Ring does for an expired session. */
  sessionExpired: boolean;
  /**
   * Extra responses a test serves, keyed `host path` or `host path?query` (the exact query is tried first).
   * They take precedence over the fixture files (the hostile account replaces the device list this way).
   */
  routes: Map<string, { type: string; body: string }>;
  close(): Promise<void>;
}

/** HTTPS server answering for the account hostnames, choosing the response by Host header. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const state = { sessionExpired: false };
  const routes = new Map<string, { type: string; body: string }>();
  const server: Server = createServer(makeCertificate(MAPPED_HOSTS), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    requests.push(`${host} ${path}`);
    req.resume(); // request bodies (the GraphQL query) are not needed
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const extra = (query ? routes.get(`${host} ${path}?${query}`) : undefined) ?? routes.get(`${host} ${path}`);
    if (extra && !state.sessionExpired) return send(200, extra.type, extra.body);
    if (host === 'www.amazon.de' || host === 'alexa.amazon.de') {
      if (state.sessionExpired && host === 'alexa.amazon.de') return send(401, 'application/json', '{"message":"Unauthorized"}');
      const page = amazonRoute(host, req.method ?? 'GET', path);
      return page ? send(200, page.type, readFileSync(page.file)) : send(404, 'text/html', '<h1>Seite nicht gefunden</h1>');
    }
    if (host !== 'account.ring.com') return send(421, 'text/plain', 'not a mapped host');
    if (state.sessionExpired && path.startsWith('/api/')) return send(401, 'application/json', '{"error":"unauthorized"}');
    if (path === '/account/dashboard') return send(200, 'text/html; charset=utf-8', readFileSync(resolve(RING_FIXTURES, 'account-dashboard.html')));
    if (path === '/_next/static/chunks/pages/account-app.js') return send(200, 'application/javascript', readFileSync(resolve(import.meta.dirname, '../site/account-app.js')));
    // The real site picks the language from a cookie; the fixture takes `?hl=de`.
    if (path === '/account/control-center/household-sharing') return send(200, 'text/html; charset=utf-8', readFileSync(resolve(RING_FIXTURES, 'control-center-unrecognized.html')));
    if (path === '/account/control-center') return send(200, 'text/html; charset=utf-8', readFileSync(resolve(RING_FIXTURES, query.includes('hl=de') ? 'control-center-de.html' : 'control-center-en.html')));
    const file = jsonFixture(path);
    if (file && existsSync(file)) return send(200, 'application/json', readFileSync(file));
    return send(404, 'application/json', '{"error":"not found"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    routes,
    get sessionExpired() {
      return state.sessionExpired;
    },
    set sessionExpired(value: boolean) {
      state.sessionExpired = value;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * The fixture site every end-to-end test runs against: one HTTPS server answering as account.ring.com, ring.com
 * (sign-in), www.amazon.de and alexa.amazon.de, with sessions that behave like the real ones:
 *
 * - Ring: signing in at ring.com/users/sign_in sets `rs_session` (HttpOnly, Secure) on account.ring.com. Every
 *   `/api/cgw/` call needs that cookie and the exact `csrf-token` the page's own script holds in a closure (templated
 *   into the script, never into the DOM or a cookie), else 401. Expired session → 401; signed out → 302 to sign-in.
 *   Over `rateLimit.perSecond` calls in a second → 429 with `Retry-After`. The dashboard's script loads only the device
 *   list (`dashboardApp: 'everything'` keeps the older stand-in that loads settings and users too).
 * - Amazon: signing in at www.amazon.de/ap/signin sets the session cookies on the parent domain `.amazon.de` without a
 *   SameSite attribute, and a readable `csrf` cookie. The Alexa API on alexa.amazon.de needs those cookies, and on POST
 *   a `csrf` header equal to the `csrf` cookie, else 401; its bootstrap `/api/language` sets `csrf` when absent.
 * - Sign-in is automatic (a remembered device) while `autoSignIn` is true, so a test that opens an account page lands
 *   on it signed in; `signOut()` ends every session and shows the sign-in page instead.
 *
 * Every request is logged with whether its cookie and token were the session's (`log`).
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const RING_FIXTURES = resolve(ROOT, 'test/fixtures/ring');
const ALEXA_FIXTURES = resolve(ROOT, 'test/fixtures/alexa');
const SITE = resolve(import.meta.dirname, '../site');
export const MAPPED_HOSTS = ['account.ring.com', 'ring.com', 'www.amazon.de', 'alexa.amazon.de'] as const;
/** Placeholder in served scripts for the session's csrf-token: the script keeps it in a closure. */
export const TOKEN_PLACEHOLDER = '__SESSION_TOKEN__';
const RING_SIGN_IN = 'https://ring.com/users/sign_in';
const AMAZON_SESSION_COOKIES = ['session-id', 'session-token', 'at-acbde', 'ubid-acbde'] as const;

export interface RequestLogEntry {
  host: string;
  method: string;
  path: string;
  query: string;
  status: number;
  /** The session cookie(s) of a live session came with it (Ring: rs_session; Amazon: every session cookie). */
  cookie: boolean;
  /** Ring: the exact csrf-token of that session came with it. Amazon: a `csrf` header equal to the `csrf` cookie. */
  token: boolean;
  /** The request's Origin and Sec-Fetch-Site headers, as the browser sent them. */
  origin: string | null;
  fetchSite: string | null;
}

type SessionMode = 'signed-in' | 'expired';

export interface FixtureServer {
  port: number;
  /** Every request seen, as `host path`. */
  requests: string[];
  /** Every request with what came with it. */
  log: RequestLogEntry[];
  /** When set, the Ring and Alexa APIs answer 401 as for an expired session. */
  sessionExpired: boolean;
  /** Sign-in pages sign in at once (default) or show a sign-in form the test does not fill. */
  autoSignIn: boolean;
  /** The dashboard script loads only the device list (default, as Ring's own), or settings and users too. */
  dashboardApp: 'device-list' | 'everything';
  /** Ring answers 429 once more than this many `/api/cgw/` calls arrive within a second. */
  rateLimit: { perSecond: number; retryAfterSeconds: number } | null;
  /** Ends every Ring and Amazon session and stops signing in automatically: pages and API redirect to sign-in. */
  signOut(): void;
  /** The csrf-tokens of the live Ring sessions (for tests that check what was sent). */
  ringTokens(): string[];
  /**
   * Extra responses a test serves, keyed `host path` or `host path?query` (the exact query is tried first).
   * They take precedence over the fixture files, behind the same session checks (the hostile account replaces the
   * device list this way). Scripts among them get the session token templated in like the site's own.
   */
  routes: Map<string, { type: string; body: string }>;
  /**
   * Large JSON bodies streamed with backpressure (`host path?query` → size), for measuring how much of a body the
   * browser really downloaded: `sent` counts the bytes the server could hand to the connection before it closed.
   */
  /** Bodies streamed in 64 KB pieces as fast as the connection takes them; `withoutLength`: no content-length (chunked). */
  streams: Map<string, { size: number; sent: number; withoutLength?: boolean }>;
  close(): Promise<void>;
}

/** The name the benchmark harness imports. */
export const startFixtureServer = startFixtureSite;

function parseCookies(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

const id = () => randomBytes(16).toString('hex');

/** The Ring fixture file behind a same-origin API path. */
function ringJson(path: string): string | null {
  const routes: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^\/api\/cgw\/clients_api\/ring_devices$/, () => 'ring-devices.json'],
    [/^\/api\/cgw\/devices\/v1\/devices\/(\d+)\/settings$/, (m) => `settings-${m[1]}.json`],
    [/^\/api\/cgw\/clients_api\/(profile|session)$/, () => 'session.json'],
    [/^\/api\/cgw\/devices\/v1\/locations$/, () => 'locations.json'],
    [/^\/api\/cgw\/clients_api\/locations\/([\w-]+)\/users$/, (m) => `users-${m[1]}.json`],
    [/^\/api\/cgw\/location_info\/v4\/locations\/([\w-]+)$/, (m) => `location-v4-${m[1]}.json`],
    [/^\/api\/cgw\/location_info\/v3\/locations$/, () => 'location-info-v3-locations.json'],
    [/^\/api\/cgw\/device_info\/v3\/devices$/, () => 'device-info-v3-devices.json'],
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
  if (path === '/api/behaviors/entities') return json('smart-home-entities.json');
  if (path === '/api/device-preferences') return json('device-preferences.json');
  if (/^\/api\/v1\/devices\/A1EXAMPLE0SHOWACCT\/settings\/liveView$/.test(path)) return json('liveview-setting.json');
  return null;
}

/** HTTPS server answering for the mapped hostnames, choosing the response by Host header. */
export async function startFixtureSite(): Promise<FixtureServer> {
  const requests: string[] = [];
  const log: RequestLogEntry[] = [];
  const routes = new Map<string, { type: string; body: string }>();
  const streams = new Map<string, { size: number; sent: number; withoutLength?: boolean }>();
  /** rs_session value → the csrf-token its pages' script holds. */
  const ringSessions = new Map<string, string>();
  /** Sign-in tickets handed from ring.com to account.ring.com. */
  const ringTickets = new Map<string, string>();
  /** Amazon session-id → its cookies. */
  const amazonSessions = new Map<string, Record<string, string>>();
  const apiCalls: number[] = [];
  const state = {
    mode: 'signed-in' as SessionMode,
    autoSignIn: true,
    dashboardApp: 'device-list' as FixtureServer['dashboardApp'],
    rateLimit: null as FixtureServer['rateLimit'],
  };

  const server: Server = createServer(makeCertificate(MAPPED_HOSTS), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const method = req.method ?? 'GET';
    requests.push(`${host} ${path}`);
    const cookies = parseCookies(req.headers.cookie);
    const entry: RequestLogEntry = {
      host,
      method,
      path,
      query,
      status: 0,
      cookie: false,
      token: false,
      origin: typeof req.headers.origin === 'string' ? req.headers.origin : null,
      fetchSite: typeof req.headers['sec-fetch-site'] === 'string' ? req.headers['sec-fetch-site'] : null,
    };
    log.push(entry);
    req.resume(); // request bodies (the GraphQL query) are not needed
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string | string[]> = {}) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const redirect = (location: string, setCookie: string[] = []) =>
      send(302, 'text/html', '', { location, ...(setCookie.length ? { 'set-cookie': setCookie } : {}) });
    const extra = (query ? routes.get(`${host} ${path}?${query}`) : undefined) ?? routes.get(`${host} ${path}`);

    if (host === 'ring.com') return ringSignIn(path, query, send, redirect);
    const stream = streams.get(`${host} ${path}?${query}`);
    if (stream && host === 'account.ring.com') {
      entry.status = 200;
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(stream.withoutLength ? {} : { 'content-length': String(stream.size) }),
        'cache-control': 'no-store',
      });
      // A JSON array padded with spaces, written in chunks only as fast as the connection takes them.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      stream.sent = 0;
      const pump = () => {
        while (stream.sent < stream.size) {
          const n = Math.min(chunk.length, stream.size - stream.sent);
          const piece = Buffer.from(chunk.subarray(0, n));
          if (stream.sent === 0) piece[0] = 0x5b;
          if (stream.sent + n === stream.size) piece[n - 1] = 0x5d;
          stream.sent += n;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return pump();
    }
    if (host === 'account.ring.com') return ringAccount(req, path, query, cookies, entry, extra, send, redirect);
    if (host === 'www.amazon.de') return amazonRetail(method, path, query, cookies, entry, extra, send, redirect);
    if (host === 'alexa.amazon.de') return alexaApi(req, method, path, cookies, entry, extra, send);
    return send(421, 'text/plain', 'not a mapped host');
  });

  type Send = (status: number, type: string, body: string | Buffer, headers?: Record<string, string | string[]>) => void;
  type Redirect = (location: string, setCookie?: string[]) => void;

  /** ring.com's sign-in: a remembered device signs in at once and returns to account.ring.com with a ticket. */
  function ringSignIn(path: string, query: string, send: Send, redirect: Redirect): void {
    if (path !== '/users/sign_in') return send(404, 'text/html', '<h1>Not found</h1>');
    if (!state.autoSignIn)
      return send(
        200,
        'text/html; charset=utf-8',
        '<!DOCTYPE html><title>Sign In | Ring</title><h1>Sign in</h1><form method="post"><input name="email"><input name="password" type="password"></form>',
      );
    const ticket = id();
    ringTickets.set(ticket, id());
    const back = new URLSearchParams(query).get('path') ?? '/account/dashboard';
    redirect(`https://account.ring.com/account/sign-in-callback?ticket=${ticket}&path=${encodeURIComponent(back)}`);
  }

  function ringSignInUrl(path: string): string {
    return `${RING_SIGN_IN}?return=account&path=${encodeURIComponent(path)}`;
  }

  function ringAccount(
    req: IncomingMessage,
    path: string,
    query: string,
    cookies: Map<string, string>,
    entry: RequestLogEntry,
    extra: { type: string; body: string } | undefined,
    send: Send,
    redirect: Redirect,
  ): void {
    if (path === '/account/sign-in-callback') {
      const params = new URLSearchParams(query);
      const ticket = params.get('ticket') ?? '';
      const session = ringTickets.get(ticket);
      if (!session) return redirect(ringSignInUrl('/account/dashboard'));
      ringTickets.delete(ticket);
      ringSessions.set(session, id());
      state.mode = 'signed-in';
      const back = params.get('path') ?? '/account/dashboard';
      return redirect(back.startsWith('/account/') ? back : '/account/dashboard', [`rs_session=${session}; Path=/; Secure; HttpOnly`]);
    }
    const session = cookies.get('rs_session');
    const token = session ? ringSessions.get(session) : undefined;
    entry.cookie = token !== undefined;
    const sent = req.headers['csrf-token'];
    entry.token = token !== undefined && sent === token;

    if (path.startsWith('/api/')) {
      if (!entry.cookie && ringSessions.size === 0) return redirect(ringSignInUrl('/account/dashboard'));
      if (state.mode === 'expired' || !entry.cookie || !entry.token) return send(401, 'application/json', '{"error":"unauthorized"}');
      if (state.rateLimit) {
        const now = Date.now();
        while (apiCalls.length > 0 && (apiCalls[0] ?? 0) < now - 1000) apiCalls.shift();
        apiCalls.push(now);
        if (apiCalls.length > state.rateLimit.perSecond)
          return send(429, 'application/json', '{"error":"too many requests"}', { 'retry-after': String(state.rateLimit.retryAfterSeconds) });
      }
      if (extra) return send(200, extra.type, extra.body);
      const file = ringJson(path);
      if (file && existsSync(file)) return send(200, 'application/json', readFileSync(file));
      return send(404, 'application/json', '{"error":"not found"}');
    }
    const script = (body: string) => send(200, 'application/javascript', token ? body.replaceAll(TOKEN_PLACEHOLDER, token) : body);
    // Pages and scripts need a session too: without one, the sign-in page.
    if (!entry.cookie) return redirect(ringSignInUrl(path));
    if (extra) return extra.type.includes('javascript') ? script(extra.body) : send(200, extra.type, extra.body);
    if (path === '/account/dashboard') return send(200, 'text/html; charset=utf-8', readFileSync(resolve(RING_FIXTURES, 'account-dashboard.html')));
    if (path === '/_next/static/chunks/pages/account-app.js')
      return script(readFileSync(resolve(SITE, state.dashboardApp === 'everything' ? 'account-app-everything.js' : 'account-app.js'), 'utf8'));
    if (path === '/account/control-center/household-sharing')
      return send(200, 'text/html; charset=utf-8', readFileSync(resolve(RING_FIXTURES, 'control-center-unrecognized.html')));
    // The real site picks the language from a cookie; the fixture takes `?hl=de`.
    if (path === '/account/control-center')
      return send(
        200,
        'text/html; charset=utf-8',
        readFileSync(resolve(RING_FIXTURES, query.includes('hl=de') ? 'control-center-de.html' : 'control-center-en.html')),
      );
    return send(404, 'text/html', '<h1>Not found</h1>');
  }

  const amazonSession = (cookies: Map<string, string>) => {
    const sid = cookies.get('session-id');
    const session = sid ? amazonSessions.get(sid) : undefined;
    return session && AMAZON_SESSION_COOKIES.every((name) => cookies.get(name) === session[name]) ? session : undefined;
  };
  /** Parent-domain cookies without a SameSite attribute, as Amazon sets them; only `at-acbde` is HttpOnly here. */
  const amazonCookie = (name: string, value: string) =>
    `${name}=${value}; Domain=.amazon.de; Path=/; Secure${name === 'at-acbde' || name === 'session-token' ? '; HttpOnly' : ''}`;

  function amazonRetail(
    method: string,
    path: string,
    query: string,
    cookies: Map<string, string>,
    entry: RequestLogEntry,
    extra: { type: string; body: string } | undefined,
    send: Send,
    redirect: Redirect,
  ): void {
    if (path === '/ap/signin') {
      const back = new URLSearchParams(query).get('openid.return_to') ?? 'https://www.amazon.de/alexa-privacy/apd/myad';
      if (!state.autoSignIn)
        return send(
          200,
          'text/html; charset=utf-8',
          '<!DOCTYPE html><title>Amazon Anmelden</title><h1>Anmelden</h1><form method="post"><input name="email"></form>',
        );
      const session: Record<string, string> = {
        'session-id': id(),
        'session-token': id(),
        'at-acbde': id(),
        'ubid-acbde': id(),
        csrf: String(randomBytes(4).readUInt32BE()),
      };
      amazonSessions.set(session['session-id'] as string, session);
      state.mode = 'signed-in';
      return redirect(
        back.startsWith('https://www.amazon.de/') ? back : 'https://www.amazon.de/',
        Object.entries(session).map(([k, v]) => amazonCookie(k, v)),
      );
    }
    entry.cookie = amazonSession(cookies) !== undefined;
    if (!entry.cookie)
      return redirect(`https://www.amazon.de/ap/signin?openid.return_to=${encodeURIComponent(`https://www.amazon.de${path}${query ? `?${query}` : ''}`)}`);
    if (extra) return send(200, extra.type, extra.body);
    const page = amazonRoute('www.amazon.de', method, path);
    return page ? send(200, page.type, readFileSync(page.file)) : send(404, 'text/html', '<h1>Seite nicht gefunden</h1>');
  }

  function alexaApi(
    req: IncomingMessage,
    method: string,
    path: string,
    cookies: Map<string, string>,
    entry: RequestLogEntry,
    extra: { type: string; body: string } | undefined,
    send: Send,
  ): void {
    const session = amazonSession(cookies);
    entry.cookie = session !== undefined;
    const csrfCookie = cookies.get('csrf');
    entry.token = csrfCookie !== undefined && req.headers['csrf'] === csrfCookie;
    if (state.mode === 'expired' || !session) return send(401, 'application/json', '{"message":"Unauthorized"}');
    // The bootstrap the Alexa web app and public clients call first: it sets the csrf cookie when absent.
    if (path === '/api/language') {
      const headers: Record<string, string | string[]> = {};
      if (!csrfCookie) {
        session['csrf'] = String(randomBytes(4).readUInt32BE());
        headers['set-cookie'] = [amazonCookie('csrf', session['csrf'])];
      }
      return send(200, 'application/json;charset=UTF-8', '{"marketplaceLanguage":"de-DE"}', headers);
    }
    if (method === 'POST' && !entry.token) return send(401, 'application/json', '{"message":"Unauthorized"}');
    if (extra) return send(200, extra.type, extra.body);
    const page = amazonRoute('alexa.amazon.de', method, path);
    return page ? send(200, page.type, readFileSync(page.file)) : send(404, 'application/json', '{"message":"Not Found"}');
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    log,
    routes,
    streams,
    get sessionExpired() {
      return state.mode === 'expired';
    },
    set sessionExpired(value: boolean) {
      state.mode = value ? 'expired' : 'signed-in';
    },
    get autoSignIn() {
      return state.autoSignIn;
    },
    set autoSignIn(value: boolean) {
      state.autoSignIn = value;
    },
    get dashboardApp() {
      return state.dashboardApp;
    },
    set dashboardApp(value) {
      state.dashboardApp = value;
    },
    get rateLimit() {
      return state.rateLimit;
    },
    set rateLimit(value) {
      state.rateLimit = value;
      apiCalls.length = 0;
    },
    signOut() {
      ringSessions.clear();
      amazonSessions.clear();
      state.autoSignIn = false;
      state.mode = 'signed-in';
    },
    ringTokens: () => [...ringSessions.values()],
    close: () => new Promise((done) => server.close(() => done())),
  };
}

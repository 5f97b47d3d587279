// @vitest-environment node
/** The Alexa deep scan against a fake fetch that serves the fixtures, and the message handler that starts it. */
import { ENDPOINTS_QUERY, runDeepScan } from '../../../src/background/deep-scan.ts';
import { handleDeepScan, type DeepScanDeps } from '../../../src/background/handle-deep-scan.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import type { DeepScanProgress } from '../../../src/model/messages.ts';
import type { SenderLike } from '../../../src/background/sender-policy.ts';
import { createMemoryArea, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { ALEXA_API, ECHO_SHOW, alexaFixtureJson } from '../fixtures.ts';

interface Call {
  url: URL;
  method: string;
  body: string | null;
  init: RequestInit | undefined;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json;charset=UTF-8' } });

/** The Alexa API of the fixture account; `override` answers some paths differently. */
function fakeAlexa(override: (url: URL, n: number) => Response | undefined = () => undefined) {
  const calls: Call[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : null, init });
    const special = override(url, calls.length);
    if (special) return special;
    const path = url.pathname;
    if (path === '/api/devices-v2/device') return json(alexaFixtureJson('devices-v2.json'));
    if (path === '/nexus/v1/graphql') return json(alexaFixtureJson('graphql-endpoints.json'));
    if (path === '/api/household') return json(alexaFixtureJson('household.json'));
    if (path === '/api/device-preferences') return json(alexaFixtureJson('2026/device-preferences.json'));
    if (path === `/api/v1/devices/${ECHO_SHOW.deviceAccountId}/settings/liveView`) return json(alexaFixtureJson('liveview-setting.json'));
    return json({ message: 'not found' }, 404);
  });
  return { calls, fetch: fetchImpl as unknown as typeof fetch };
}

function progressLog() {
  const log: Omit<DeepScanProgress, 'type'>[] = [];
  return { log, report: (p: Omit<DeepScanProgress, 'type'>) => void log.push(p) };
}

describe('runDeepScan', () => {
  it('asks devices, then graphql, then household, then liveView of each LIVE_VIEW Echo, all on the given origin', async () => {
    const { calls, fetch } = fakeAlexa();
    const { log, report } = progressLog();
    const { state, results } = await runDeepScan(ALEXA_API, fetch, report);
    expect(state).toBe('finished');
    expect(calls.every((c) => c.url.origin === ALEXA_API)).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /api/devices-v2/device',
      'POST /nexus/v1/graphql',
      'GET /api/household',
      'GET /api/behaviors/entities',
      'GET /api/device-preferences',
      `GET /api/v1/devices/${ECHO_SHOW.deviceAccountId}/settings/liveView`,
    ]);
    expect(calls.map((c) => c.init)).toEqual(calls.map(() => expect.objectContaining({ credentials: 'include', redirect: 'manual' })));
    expect(results.map((r) => [r.source.id, r.source.status])).toEqual([
      ['alexa.devices', 'read'],
      ['alexa.smart-home', 'read'],
      ['alexa.household', 'read'],
      ['alexa.device-preferences', 'read'],
      ['alexa.device-setting', 'read'],
    ]);
    expect(results[4]?.records.alexaDeviceSettings).toEqual([{ deviceAccountId: ECHO_SHOW.deviceAccountId, key: 'liveView', value: 'ENABLED' }]);
    expect(log.every((p) => p.state === 'running')).toBe(true);
    expect(log.map((p) => [p.done, p.total])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 6],
    ]);
    expect(calls[3]?.url.search).toBe('?skillId=amzn1.ask.1p.smarthome');
  });

  it('posts the Endpoints query as JSON', async () => {
    const { calls, fetch } = fakeAlexa();
    await runDeepScan(ALEXA_API, fetch, () => undefined);
    const graphql = calls[1];
    expect(graphql?.init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
    const body = JSON.parse(graphql?.body ?? '{}') as { query?: string };
    expect(body.query).toBe(ENDPOINTS_QUERY);
    expect(body.query).toMatch(/^query Endpoints /);
    expect(graphql?.body).toContain('query Endpoints');
  });

  it('asks liveView for no Echo when none has LIVE_VIEW', async () => {
    const devices = alexaFixtureJson('devices-v2.json') as { devices: { capabilities: string[] }[] };
    for (const d of devices.devices) d.capabilities = d.capabilities.filter((c) => c !== 'LIVE_VIEW');
    const { calls, fetch } = fakeAlexa((url) => (url.pathname === '/api/devices-v2/device' ? json(devices) : undefined));
    const { state } = await runDeepScan(ALEXA_API, fetch, () => undefined);
    expect(state).toBe('finished');
    expect(calls.map((c) => c.url.pathname)).toEqual([
      '/api/devices-v2/device',
      '/nexus/v1/graphql',
      '/api/household',
      '/api/behaviors/entities',
      '/api/device-preferences',
    ]);
  });

  it.each([
    ['401', () => json({ message: 'Unauthorized' }, 401)],
    ['403', () => json({ message: 'Forbidden' }, 403)],
    [
      'an HTML login page with 200',
      () => new Response('<!doctype html><title>Amazon Sign-In</title>', { status: 200, headers: { 'content-type': 'text/html;charset=UTF-8' } }),
    ],
    ['a redirect to sign-in', () => ({ status: 0, ok: false, type: 'opaqueredirect', headers: new Headers() }) as unknown as Response],
  ])('is refused after %s on the first request, asking nothing more', async (_name, answer) => {
    const { calls, fetch } = fakeAlexa(() => answer());
    const { log, report } = progressLog();
    const { state, results } = await runDeepScan(ALEXA_API, fetch, report);
    expect(state).toBe('refused');
    expect(results).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(log).toEqual([{ done: 1, total: 5, state: 'running' }]);
  });

  it.each(['https://www.amazon.de', 'http://alexa.amazon.de', 'https://alexa.amazon.de.evil.example', 'https://alexa.amazon.fr', 'https://evil.example'])(
    'fails for %s, not an Alexa API origin, without any request',
    async (origin) => {
      const { calls, fetch } = fakeAlexa();
      const { log, report } = progressLog();
      expect(await runDeepScan(origin, fetch, report)).toEqual({ state: 'failed', results: [] });
      expect(calls).toEqual([]);
      expect(log).toEqual([]);
    },
  );

  it('fails when every request errors, without throwing', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const { log, report } = progressLog();
    expect(await runDeepScan(ALEXA_API, failing, report)).toEqual({ state: 'failed', results: [] });
    expect(log.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['2026/graphql-rate-limited.json', 'rate-limited'],
    ['2026/graphql-forbidden.json', 'refused'],
  ] as const)("ends %s as %s: Amazon's own errorCode decides, what was read is kept", async (file, state) => {
    const { fetch } = fakeAlexa((url) => (url.pathname === '/nexus/v1/graphql' ? json(alexaFixtureJson(file)) : undefined));
    const result = await runDeepScan(ALEXA_API, fetch, () => undefined);
    expect(result.state).toBe(state);
    expect(result.results.map((r) => [r.source.id, r.source.status])).toContainEqual(['alexa.devices', 'read']);
    expect(result.results.map((r) => [r.source.id, r.source.status])).toContainEqual(['alexa.smart-home', 'error']);
  });
});

describe('handleDeepScan', () => {
  const EXT_ORIGIN = 'chrome-extension://alexposeid/';
  const POPUP: SenderLike = { id: FAKE_EXTENSION_ID, url: `${EXT_ORIGIN}popup.html` };
  const REQUEST = { type: 'alexpose/deep-scan', origin: ALEXA_API };

  function setup(access = true) {
    const area = createMemoryArea();
    const store = new ScanStore(area, () => NOW_ISO);
    const { calls, fetch } = fakeAlexa();
    const reports: DeepScanProgress[] = [];
    const deps: DeepScanDeps = {
      extensionId: FAKE_EXTENSION_ID,
      extensionOrigin: EXT_ORIGIN,
      store,
      fetch,
      hasAccess: vi.fn(async () => access),
      report: (p) => void reports.push(p),
      newScanId: () => 'deep-1',
    };
    return { area, store, calls, reports, deps };
  }
  const NOW_ISO = '2026-11-21T10:00:00.000Z';

  it.each<[string, SenderLike]>([
    ['a web page', { id: FAKE_EXTENSION_ID, url: 'https://alexa.amazon.de/spa/index.html' }],
    ['a content script tab', { id: FAKE_EXTENSION_ID, url: 'https://www.amazon.de/alexa-privacy/apd/myad', tab: {} }],
    ['another extension', { id: 'evil-extension', url: `${EXT_ORIGIN}popup.html` }],
    ['a sender without url', { id: FAKE_EXTENSION_ID }],
  ])('ignores %s', async (_name, sender) => {
    const { calls, reports, deps } = setup();
    expect(await handleDeepScan(REQUEST, sender, deps)).toBeNull();
    expect(calls).toEqual([]);
    expect(reports).toEqual([]);
    expect(deps.hasAccess).not.toHaveBeenCalled();
  });

  it.each([
    { type: 'alexpose/deep-scan', origin: 'https://evil.example' },
    { type: 'alexpose/deep-scan', origin: 'https://www.amazon.de' },
    { type: 'alexpose/snapshot', origin: ALEXA_API },
    { type: 'alexpose/deep-scan' },
    null,
  ])('rejects the request %j', async (message) => {
    const { calls, reports, deps } = setup();
    expect(await handleDeepScan(message, POPUP, deps)).toBeNull();
    expect(calls).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('reports refused without any request when the origin was not granted', async () => {
    const { area, calls, reports, deps } = setup(false);
    expect(await handleDeepScan(REQUEST, POPUP, deps)).toBe('refused');
    expect(deps.hasAccess).toHaveBeenCalledWith(ALEXA_API);
    expect(calls).toEqual([]);
    expect(reports).toEqual([{ type: 'alexpose/deep-scan-progress', done: 0, total: 0, state: 'refused' }]);
    expect(area.data.size).toBe(0);
  });

  it('scans and stores the results under the Amazon account of the marketplace', async () => {
    const { store, calls, reports, deps } = setup();
    expect(await handleDeepScan(REQUEST, POPUP, deps)).toBe('finished');
    expect(calls).toHaveLength(6);
    const { state } = await store.load();
    expect(state.scans).toHaveLength(1);
    expect(state.scans[0]).toMatchObject({ id: 'deep-1', accountKey: 'amazon:amazon.de', service: 'alexa', origin: ALEXA_API });
    expect(state.scans[0]?.results.map((r) => r.source.id)).toEqual([
      'alexa.devices',
      'alexa.smart-home',
      'alexa.household',
      'alexa.device-preferences',
      'alexa.device-setting',
    ]);
    expect(reports.at(-1)).toEqual({ type: 'alexpose/deep-scan-progress', done: 5, total: 5, state: 'finished' });
    expect(reports.slice(0, -1).every((p) => p.type === 'alexpose/deep-scan-progress' && p.state === 'running')).toBe(true);
  });
});

describe('runDeepScan with the marketplace csrf cookie', () => {
  const headerOf = (c: Call, name: string) => (c.init?.headers as Record<string, string> | undefined)?.[name];

  it('sends the csrf header, equal to the cookie value, on every request, as public clients do', async () => {
    const { calls, fetch } = fakeAlexa();
    const csrf = vi.fn(async () => '1234567890');
    const { state } = await runDeepScan(ALEXA_API, fetch, () => undefined, { csrf });
    expect(state).toBe('finished');
    expect(csrf).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => headerOf(c, 'csrf'))).toEqual(calls.map(() => '1234567890'));
    expect(calls[0]?.url.pathname).toBe('/api/devices-v2/device');
  });

  it('without a csrf cookie yet, calls the bootstrap that sets one, then reads it again', async () => {
    const { calls, fetch } = fakeAlexa();
    const answers = [null, 'after-bootstrap'];
    const { state } = await runDeepScan(ALEXA_API, fetch, () => undefined, { csrf: async () => answers.shift() ?? null });
    expect(state).toBe('finished');
    expect(calls[0]?.url.href).toBe(`${ALEXA_API}/api/language`);
    expect(calls.slice(1).every((c) => headerOf(c, 'csrf') === 'after-bootstrap')).toBe(true);
  });

  it('sends no csrf header when none can be found, and a 401 on the query is still "refused"', async () => {
    const { calls, fetch } = fakeAlexa((url) => (url.pathname === '/nexus/v1/graphql' ? json({ message: 'Unauthorized' }, 401) : undefined));
    const { state } = await runDeepScan(ALEXA_API, fetch, () => undefined, { csrf: async () => null });
    expect(state).toBe('refused');
    expect(calls.every((c) => headerOf(c, 'csrf') === undefined)).toBe(true);
  });

  it('never asks a liveView URL built from an id that could change the path', async () => {
    const devices = alexaFixtureJson('devices-v2.json') as { devices: { deviceAccountId: string; capabilities: string[] }[] };
    for (const d of devices.devices) if (d.capabilities.includes('LIVE_VIEW')) d.deviceAccountId = '..';
    const { calls, fetch } = fakeAlexa((url) => (url.pathname === '/api/devices-v2/device' ? json(devices) : undefined));
    await runDeepScan(ALEXA_API, fetch, () => undefined);
    expect(calls.filter((c) => c.url.pathname.includes('liveView'))).toEqual([]);
  });
});

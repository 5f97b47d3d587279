/** Scan now against a fake same-origin API shaped like Ring's: what is sent, and how each refusal ends. */
import { scanNow } from '../../../src/content/scan-now.ts';
import { isSafePathId } from '../../../src/model/safe-path-id.ts';
import type { ScanProgress } from '../../../src/model/messages.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { fixtureJson } from '../fixtures.ts';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The fixture account's API: device list, profile, locations and the per-id documents. */
function ringApi(override: (path: string, n: number) => Response | undefined = () => undefined) {
  const calls: { path: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const path = url.pathname;
    calls.push({ path, init });
    const special = override(path, calls.length);
    if (special) return special;
    if (path.endsWith('/clients_api/ring_devices')) return json(fixtureJson('ring-devices.json'));
    if (path.endsWith('/clients_api/profile')) return json(fixtureJson('session.json'));
    if (path.endsWith('/devices/v1/locations')) return json(fixtureJson('locations.json'));
    const settings = /\/devices\/v1\/devices\/(\d+)\/settings$/.exec(path);
    if (settings) return json(fixtureJson(`settings-${settings[1]}.json`));
    return json({ error: 'not found' }, 404);
  });
  return { calls, fetch: fetchImpl as unknown as typeof fetch };
}

function run(fetchImpl: typeof fetch, csrfToken: string | null = 'page-token') {
  const delivered: Capture[] = [];
  const progress: Omit<ScanProgress, 'type'>[] = [];
  const sleeps: number[] = [];
  const ended = scanNow({
    csrfToken,
    fetch: fetchImpl,
    deliver: (c) => void delivered.push(c),
    report: (p) => void progress.push(p),
    sleep: async (ms) => void sleeps.push(ms),
  });
  return { ended, delivered, progress, sleeps };
}

const headerOf = (init: RequestInit | undefined, name: string) => (init?.headers as Record<string, string> | undefined)?.[name];

describe('scanNow', () => {
  it('sends the page token on every request, to the page origin only, and reads settings of owned cameras and the shared-user endpoints', async () => {
    const { calls, fetch } = ringApi();
    const { ended, delivered, progress } = run(fetch);
    expect(await ended).toBe('finished');
    expect(calls.every((c) => headerOf(c.init, 'csrf-token') === 'page-token')).toBe(true);
    expect(calls.every((c) => c.init?.credentials === 'same-origin' && c.init.redirect === 'manual')).toBe(true);
    const paths = calls.map((c) => c.path);
    expect(paths.slice(0, 5)).toEqual([
      '/api/cgw/clients_api/ring_devices',
      '/api/cgw/clients_api/profile',
      '/api/cgw/devices/v1/locations',
      '/api/cgw/device_info/v3/devices',
      '/api/cgw/location_info/v3/locations',
    ]);
    expect(paths).toContain('/api/cgw/devices/v1/devices/70010001/settings');
    expect(delivered.every((c) => new URL(c.url ?? '').origin === location.origin)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ state: 'finished' });
  });

  it('without a token sends no csrf-token header, and a 401 then says the page sign-in could not be used yet, not "expired"', async () => {
    const { calls, fetch } = ringApi((path) => (path.endsWith('/profile') ? json({ error: 'unauthorized' }, 401) : undefined));
    const { ended, delivered } = run(fetch, null);
    expect(await ended).toBe('no-credentials');
    expect(calls.every((c) => headerOf(c.init, 'csrf-token') === undefined)).toBe(true);
    // The device list read before the refusal is kept, and nothing more is asked after it.
    expect(delivered.map((c) => new URL(c.url ?? '').pathname)).toEqual(['/api/cgw/clients_api/ring_devices']);
    expect(calls).toHaveLength(2);
  });

  it.each([
    [401, 'session-expired'],
    [403, 'session-expired'],
  ] as const)('%i with the page token is an expired session', async (status, state) => {
    const { fetch } = ringApi(() => json({ error: 'unauthorized' }, status));
    expect(await run(fetch).ended).toBe(state);
  });

  it('a redirect to the sign-in page means signed out', async () => {
    const { fetch } = ringApi(() => ({ status: 0, ok: false, type: 'opaqueredirect', headers: new Headers() }) as unknown as Response);
    expect(await run(fetch).ended).toBe('signed-out');
  });

  it('429 waits (Retry-After, with back-off) and retries once; read on', async () => {
    const { calls, fetch } = ringApi((path, n) => (n === 2 ? json({}, 429, { 'retry-after': '3' }) : undefined));
    const { ended, sleeps } = run(fetch);
    expect(await ended).toBe('finished');
    expect(sleeps).toEqual([3750]);
    expect(calls.filter((c) => c.path.endsWith('/clients_api/profile'))).toHaveLength(2);
  });

  it('429 twice ends as rate-limited, keeping what was read', async () => {
    const { fetch } = ringApi((path) => (path.endsWith('/devices/v1/locations') ? json({}, 429) : undefined));
    const { ended, delivered, sleeps } = run(fetch);
    expect(await ended).toBe('rate-limited');
    expect(sleeps).toEqual([2000]);
    expect(delivered).toHaveLength(2);
  });

  it('5xx and network errors: Ring did not answer, the rest is still read', async () => {
    const { fetch } = ringApi((path) => {
      if (path.endsWith('/profile')) return json({}, 503);
      if (path.endsWith('/locations')) throw new TypeError('Failed to fetch');
      return undefined;
    });
    const { ended, delivered } = run(fetch);
    expect(await ended).toBe('unreachable');
    expect(delivered.some((c) => (c.url ?? '').endsWith('/settings'))).toBe(true);
  });

  it('never builds a URL from an id that could change the path', async () => {
    const devices = {
      doorbots: [
        { id: '..', owned: true },
        { id: '.', owned: true },
        { id: 'a/../../x', owned: true },
        { id: '%2e%2e', owned: true },
        { id: 70010001, owned: true },
      ],
      stickup_cams: [],
    };
    const locations = { user_locations: [{ location_id: '../clients_api/profile' }, { location_id: '9f2d5a7e-0000-4000-8000-000000000001' }] };
    const { calls, fetch } = ringApi((path) =>
      path.endsWith('/ring_devices') ? json(devices) : path.endsWith('/devices/v1/locations') ? json(locations) : undefined,
    );
    await run(fetch).ended;
    const idPaths = calls.map((c) => c.path).filter((p) => p.includes('/devices/v1/devices/') || p.includes('/clients_api/locations/'));
    expect(idPaths).toEqual(['/api/cgw/devices/v1/devices/70010001/settings', '/api/cgw/clients_api/locations/9f2d5a7e-0000-4000-8000-000000000001/users']);
  });

  it('reads ids only from entries that are objects, whatever else the lists hold', async () => {
    const devices = {
      doorbots: [null, 5, 'id', [], true, { id: true }, { id: null }, { id: 70010002, owned: false }, { id: 70010003 }],
      stickup_cams: 'not a list',
      other: [{ id: 'cam-4', owned: true }],
    };
    const locations = { user_locations: [null, 7, 'loc', [], { location_id: 42 }, { location_id: 'loc-1' }] };
    const { calls, fetch } = ringApi((path) =>
      path.endsWith('/ring_devices') ? json(devices) : path.endsWith('/devices/v1/locations') ? json(locations) : undefined,
    );
    await run(fetch).ended;
    const idPaths = calls.map((c) => c.path).filter((p) => p.includes('/devices/v1/devices/') || p.includes('/locations/loc'));
    expect(idPaths).toEqual([
      '/api/cgw/devices/v1/devices/70010003/settings',
      '/api/cgw/devices/v1/devices/cam-4/settings',
      '/api/cgw/clients_api/locations/loc-1/users',
      '/api/cgw/location_info/v4/locations/loc-1',
    ]);
  });

  it.each([null, 3, 'devices', [{ id: 70010001 }]])('asks no settings when the device list is %j', async (devices) => {
    const { calls, fetch } = ringApi((path) => (path.endsWith('/ring_devices') ? json(devices) : undefined));
    await run(fetch).ended;
    expect(calls.filter((c) => c.path.endsWith('/settings'))).toEqual([]);
  });
});

describe('isSafePathId', () => {
  it.each(['.', '..', '', 'a/b', 'a?b', 'a#b', '%2e%2e', 'a b', 'x'.repeat(129)])('rejects %j', (id) => expect(isSafePathId(id)).toBe(false));
  it.each(['70010001', '9f2d5a7e-0000-4000-8000-000000000001', 'A1EXAMPLE0SHOWACCT', 'a.b'])('accepts %j', (id) => expect(isSafePathId(id)).toBe(true));
});

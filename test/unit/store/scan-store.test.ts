// @vitest-environment node
import { ScanStore } from '../../../src/store/scan-store.ts';
import { migrate } from '../../../src/store/migrate.ts';
import { inventories } from '../../../src/store/inventory.ts';
import { QUARANTINE_PREFIX, STORE_KEY, STORE_VERSION, type StoreState } from '../../../src/store/schema.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { devicesCapture, fixtureJson, settingsCapture } from '../fixtures.ts';

const ORIGIN = 'https://account.ring.com';
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++)).toISOString();

function setup() {
  const area = createMemoryArea();
  return { area, store: new ScanStore(area, now) };
}

const devices = () => readCapture(devicesCapture());
const settings = (id: string) => readCapture(settingsCapture(id));

describe('ScanStore.addResults', () => {
  it('creates a scan keyed by the account owner of the device list', async () => {
    const { area, store } = setup();
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices()] });
    const { state, problem } = await store.load();
    expect(problem).toBeUndefined();
    expect(state.scans).toHaveLength(1);
    expect(state.scans[0]).toMatchObject({ id: 's1', accountKey: 'ring:4100001', origin: ORIGIN });
    expect((area.data.get(STORE_KEY) as StoreState).schemaVersion).toBe(STORE_VERSION);
  });

  it('replaces a repeated read of the same source and location', async () => {
    const { store } = setup();
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices(), settings('70010001')] });
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [settings('70010001'), settings('70010002')] });
    const { state } = await store.load();
    expect(state.scans[0]?.results.map((r) => r.source.location)).toEqual([
      '/api/cgw/clients_api/ring_devices',
      '/api/cgw/devices/v1/devices/70010001/settings',
      '/api/cgw/devices/v1/devices/70010002/settings',
    ]);
  });

  it('keeps both of two concurrent writes', async () => {
    const { store } = setup();
    await Promise.all([
      store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices()] }),
      store.addResults({ scanId: 's2', service: 'ring', origin: ORIGIN, results: [settings('70010003')] }),
    ]);
    const { state } = await store.load();
    expect(state.scans.map((s) => s.id).sort()).toEqual(['s1', 's2']);
  });

  it('gives a settings-only scan of the same origin the account found before', async () => {
    const { store } = setup();
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices()] });
    await store.addResults({ scanId: 's2', service: 'ring', origin: ORIGIN, results: [settings('70010003')] });
    const { state } = await store.load();
    expect(state.scans.map((s) => s.accountKey)).toEqual(['ring:4100001', 'ring:4100001']);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a wrong schema version', { schemaVersion: 0, scans: [] }],
    ['a newer version', { schemaVersion: STORE_VERSION + 1, scans: [], future: true }],
  ])('keeps %s aside (in place, no second copy) before writing, never losing it', async (_name, raw) => {
    const { area, store } = setup();
    await area.set({ [STORE_KEY]: raw });
    expect((await store.load()).problem).toBeTruthy();
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices()] });
    const quarantined = [...area.data.entries()].filter(([key]) => key.startsWith(QUARANTINE_PREFIX));
    expect(quarantined).toHaveLength(1);
    // The quarantine record names where the data is; the data itself was not copied (issue 20.4).
    expect(quarantined[0]?.[1]).toMatchObject({ keys: [STORE_KEY] });
    expect(area.data.get(STORE_KEY)).toEqual(raw);
    expect((await store.load()).state.scans).toHaveLength(1);
  });
});

describe('migrate', () => {
  it('treats nothing stored as empty', () => {
    expect(migrate(undefined)).toEqual({ kind: 'empty', state: { schemaVersion: STORE_VERSION, scans: [] } });
  });

  it('accepts the current version', () => {
    expect(migrate({ schemaVersion: STORE_VERSION, scans: [] }).kind).toBe('ok');
  });

  it.each([null, 'text', 7, [], {}, { schemaVersion: '1', scans: [] }, { schemaVersion: 1.5, scans: [] }, { schemaVersion: STORE_VERSION, scans: [{ id: 1 }] }, { schemaVersion: STORE_VERSION + 1, scans: [] }])(
    'calls %j corrupt',
    (raw) => {
      const outcome = migrate(raw);
      expect(outcome.kind).toBe('corrupt');
      expect(outcome.state.scans).toEqual([]);
    },
  );
});

describe('stored results that are not source results', () => {
  const raw = { schemaVersion: STORE_VERSION, scans: [{ id: 's1', accountKey: 'k', service: 'ring', origin: ORIGIN, startedAt: 't', updatedAt: 't', results: [null] }] };

  it('are treated as corrupt and moved aside, not crashed on', async () => {
    const { area, store } = setup();
    await area.set({ [STORE_KEY]: raw });
    await store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [devices()] });
    expect([...area.data.keys()].some((key) => key.startsWith(QUARANTINE_PREFIX))).toBe(true);
    expect(migrate(raw).kind).toBe('corrupt');
  });
});

describe('inventories', () => {
  it('groups scans by account, oldest scan first, newest account first', async () => {
    const { store } = setup();
    const other = JSON.parse(JSON.stringify(fixtureJson('ring-devices.json')).replaceAll('4100001', '4200001')) as unknown;
    await store.addResults({ scanId: 'a1', service: 'ring', origin: ORIGIN, results: [devices()] });
    await store.addResults({ scanId: 'b1', service: 'ring', origin: ORIGIN, results: [readCapture(devicesCapture(other))] });
    await store.addResults({ scanId: 'a2', service: 'ring', origin: ORIGIN, results: [devices(), settings('70010001')] });
    const invs = inventories((await store.load()).state);
    expect(invs.map((i) => [i.accountKey, i.scanCount])).toEqual([
      ['ring:4100001', 2],
      ['ring:4200001', 1],
    ]);
    expect(invs[0]?.lastScan.id).toBe('a2');
    expect(invs[0]?.results).toHaveLength(3);
  });
});

// @vitest-environment node
/**
 * Issue 19: nothing lost, nothing silent, linear cost. The storage area here enforces a quota the way
 * Chrome's storage.local does (key length + JSON of each value; a set over the quota fails as a whole).
 */
import { ScanStore } from '../../../src/store/scan-store.ts';
import { CHUNK_PREFIX, QUARANTINE_PREFIX, ROOT_POINTER_KEY, STORE_KEY, STORE_VERSION, storedBytes, type StoreIndex } from '../../../src/store/schema.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import type { StorageAreaLike } from '../../../src/store/storage-area.ts';
import { eraseQuarantined, listQuarantine, readQuarantined } from '../../../src/store/quarantine.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { devicesCapture, fixtureJson, harResults, settingsCapture } from '../fixtures.ts';

const ORIGIN = 'https://account.ring.com';
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++)).toISOString();

/** A memory area with Chrome's quota rule; `sets` counts writes, `fail` makes the next set throw. */
function quotaArea(quota: number) {
  const inner = createMemoryArea();
  const used = (data: Map<string, unknown>) => [...data.entries()].reduce((n, [k, v]) => n + storedBytes(k, v), 0);
  const area = {
    data: inner.data,
    sets: 0,
    fail: false,
    get: inner.get,
    remove: inner.remove,
    async getBytesInUse() {
      return used(inner.data);
    },
    async set(items: Record<string, unknown>) {
      area.sets++;
      if (area.fail) throw new Error('IO error');
      const next = new Map(inner.data);
      for (const [k, v] of Object.entries(items)) next.set(k, v);
      if (used(next) > quota) throw new Error('QuotaBytes quota exceeded');
      await inner.set(items);
    },
  } satisfies StorageAreaLike & Record<string, unknown>;
  return area;
}

const scanOf = (id: string) => ({ scanId: id, service: 'ring' as const, origin: ORIGIN, results: harResults() });
/** A scan whose settings differ from the last (one camera's encryption switched), so compaction must keep it. */
function changedScan(id: string, encryption: boolean) {
  const body = structuredClone(fixtureJson('settings-70010001.json')) as { video_settings: { encryption_enabled: boolean } };
  body.video_settings.encryption_enabled = encryption;
  return { scanId: id, service: 'ring' as const, origin: ORIGIN, results: [readCapture(devicesCapture()), readCapture(settingsCapture('70010001', body))] };
}
const report = (results: Parameters<typeof buildReport>[0]) => buildReport(results, { t: bundledTranslator('en'), locale: 'en', toolVersion: '0', now: 'now' });

/** The bytes the given scans take once stored, and what one more scan of them adds. */
async function measure(scans: ReturnType<typeof changedScan>[]): Promise<{ filled: number; one: number }> {
  const area = quotaArea(Number.MAX_SAFE_INTEGER);
  const store = new ScanStore(area, now, { compactAfter: 100 });
  for (const s of scans) await store.addResults(s);
  const filled = await area.getBytesInUse();
  await store.addResults({ ...scans[0]!, scanId: 'x-late' });
  return { filled, one: (await area.getBytesInUse()) - filled };
}

describe('the quota edge', () => {
  it('filled to within one scan of the limit, a further scan is refused: nothing earlier is lost, the user is told, nothing throws', async () => {
    const scans = [changedScan('s0', true), changedScan('s1', false), changedScan('s2', true)];
    const { filled, one } = await measure(scans);
    // Room for less than one more scan, even after compaction drops the repeated device lists (the store keeps 8 KB for its notes).
    const quota = filled + 8 * 1024 + 100;
    expect(one).toBeGreaterThan(100);
    const area = quotaArea(quota);
    const store = new ScanStore(area, now, { quotaBytes: quota, compactAfter: 100 });
    for (const scan of scans) expect((await store.addResults(scan)).stored).toBe(true);
    const before = (await store.load()).state.scans;
    expect(before).toHaveLength(3);

    const outcome = await store.addResults(changedScan('s-late', false));
    expect(outcome).toEqual({ stored: false, scanIds: [], problem: 'store-full' });
    const after = await store.load();
    // Compaction ran first (it may drop repeats), so compare what the scans say, not their bytes.
    expect(after.state.scans.map((s) => s.id)).toEqual(before.map((s) => s.id));
    const [was, is] = [report(before.flatMap((s) => s.results)), report(after.state.scans.flatMap((s) => s.results))];
    expect([is.devices, is.findings, is.policePaths]).toEqual([was.devices, was.findings, was.policePaths]);
    expect(after.state.notes).toEqual([expect.objectContaining({ code: 'store-full', accountKey: 'ring:4100001', count: 2 })]);
  });

  it('recovers: compaction of unchanged scans makes room, and a scan after an erase is stored', async () => {
    const scans = [changedScan('a', true), changedScan('b', true), changedScan('c', false)];
    const { filled, one } = await measure(scans);
    const quota = filled + 8 * 1024 + Math.floor(one / 2);
    const area = quotaArea(quota);
    const store = new ScanStore(area, now, { quotaBytes: quota, compactAfter: 100 });
    for (const scan of scans) expect((await store.addResults(scan)).stored).toBe(true);
    // Full, but b only repeats a: compaction summarises it and the new scan fits.
    const outcome = await store.addResults(changedScan('d', true));
    expect(outcome.stored).toBe(true);
    const { state } = await store.load();
    expect(state.scans.map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(state.notes).toEqual([expect.objectContaining({ code: 'compacted', count: 1 })]);
    await store.clear();
    expect((await store.addResults(scanOf('e'))).stored).toBe(true);
    expect([...area.data.keys()].filter((k) => k.startsWith(`${CHUNK_PREFIX}a.`))).toEqual([]);
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['e']);
  });

  it('a write the browser refuses keeps the previous state and says so', async () => {
    const area = quotaArea(50_000_000);
    const store = new ScanStore(area, now, { quotaBytes: 50_000_000 });
    await store.addResults(scanOf('s1'));
    area.fail = true;
    const outcome = await store.addResults(scanOf('s2'));
    expect(outcome.problem).toBe('write-failed');
    area.fail = false;
    // The note itself could not be written while the browser refused everything; the state is unchanged.
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['s1']);
    expect((await store.addResults(scanOf('s3'))).stored).toBe(true);
  });
});

describe('linear cost', () => {
  it('batches what arrives together into one write, one chunk per scan', async () => {
    const area = quotaArea(50_000_000);
    const store = new ScanStore(area, now, { quotaBytes: 50_000_000 });
    const settings = Array.from({ length: 40 }, () => readCapture(settingsCapture('70010001')));
    await Promise.all([store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [readCapture(devicesCapture())] }), ...settings.map((r) => store.addResults({ scanId: 's1', service: 'ring', origin: ORIGIN, results: [r] }))]);
    // The first write starts alone; the other 40 arrive while it runs and go in one more.
    expect(area.sets).toBeLessThanOrEqual(2);
    const index = area.data.get(STORE_KEY) as StoreIndex;
    expect(index.scans[0]?.chunks.length).toBeLessThanOrEqual(2);
    // The same document read 40 times is one result.
    expect((await store.load()).state.scans[0]?.results.map((r) => r.source.id)).toEqual(['ring.devices', 'ring.device-settings']);
  });

  it('a batch writes only its own chunk and the index, not what is already stored', async () => {
    const area = quotaArea(50_000_000);
    const store = new ScanStore(area, now, { quotaBytes: 50_000_000, compactAfter: 100 });
    for (let i = 0; i < 20; i++) await store.addResults(changedScan(`s${i}`, i % 2 === 0));
    const written: string[] = [];
    const set = area.set.bind(area);
    area.set = async (items) => {
      written.push(...Object.keys(items));
      await set(items);
    };
    await store.addResults({ scanId: 's19', service: 'ring', origin: ORIGIN, results: [readCapture(settingsCapture('70010002'))] });
    expect(written).toEqual([expect.stringMatching(/^alexpose\.scan\.s19\.1-/), STORE_KEY]);
  });
});

describe('two writers at once (a stopping and a starting worker)', () => {
  it('a chunk whose index entry was overwritten by the other writer is still read', async () => {
    const area = createMemoryArea();
    const first = new ScanStore(area, now);
    await first.addResults({ scanId: 'v', service: 'ring', origin: ORIGIN, results: [readCapture(devicesCapture())] });
    const staleIndex = structuredClone(area.data.get(STORE_KEY));
    await first.addResults({ scanId: 'v', service: 'ring', origin: ORIGIN, results: [readCapture(settingsCapture('70010001'))] });
    // The other instance read the index before that write landed, and writes its own on top.
    await area.set({ [STORE_KEY]: staleIndex });
    await new ScanStore(area, now).addResults({ scanId: 'v', service: 'ring', origin: ORIGIN, results: [readCapture(settingsCapture('70010002'))] });
    const { state } = await new ScanStore(area, now).load();
    // Both writers used chunk number 1; which came first cannot be told, but neither is lost.
    expect(state.scans[0]?.results.map((r) => r.source.location).sort()).toEqual([
      '/api/cgw/clients_api/ring_devices',
      '/api/cgw/devices/v1/devices/70010001/settings',
      '/api/cgw/devices/v1/devices/70010002/settings',
    ]);
  });
});

describe('history compaction', () => {
  it('keeps every change and the newest scan, summarises unchanged scans with a note, and the report stays the same', async () => {
    const area = createMemoryArea();
    const store = new ScanStore(area, now, { compactAfter: 100 });
    const scans = [changedScan('s0', false), changedScan('s1', false), changedScan('s2', true), changedScan('s3', true), changedScan('s4', false), changedScan('s5', false)];
    for (const s of scans) await store.addResults(s);
    const before = report((await store.load()).state.scans.flatMap((s) => s.results));
    expect(await store.compact()).toBe(2);
    const { state } = await store.load();
    expect(state.scans.map((s) => s.id)).toEqual(['s0', 's2', 's4', 's5']);
    // s2 and s4 keep only what changed: the settings, not the repeated device list.
    expect(state.scans.find((s) => s.id === 's2')?.results.map((r) => r.source.id)).toEqual(['ring.device-settings']);
    expect(state.scans.find((s) => s.id === 's5')?.results).toHaveLength(2);
    expect(state.notes).toEqual([expect.objectContaining({ code: 'compacted', accountKey: 'ring:4100001', count: 2 })]);
    const after = report(state.scans.flatMap((s) => s.results));
    expect(after.findings).toEqual(before.findings);
    expect(after.devices).toEqual(before.devices);
    // The chunks of the summarised scans are gone from storage.
    expect([...area.data.keys()].filter((k) => k.startsWith(`${CHUNK_PREFIX}s1.`) || k.startsWith(`${CHUNK_PREFIX}s3.`))).toEqual([]);
  });

  it('runs on its own once an account has more scans than the threshold', async () => {
    const store = new ScanStore(createMemoryArea(), now, { compactAfter: 5 });
    for (let i = 0; i < 12; i++) await store.addResults(scanOf(`s${i}`));
    await store.idle();
    const { state } = await store.load();
    expect(state.scans.length).toBeLessThan(12);
    expect(state.scans[0]?.id).toBe('s0');
    expect(state.scans.at(-1)?.id).toBe('s11');
    expect(state.notes?.[0]).toMatchObject({ code: 'compacted' });
  });
});

describe('accounts kept apart', () => {
  const otherOwner = () => JSON.parse(JSON.stringify(fixtureJson('ring-devices.json')).replaceAll('4100001', '4200001')) as unknown;

  it('a capture naming another account never re-keys the stored scan: it gets a scan of its own', async () => {
    const store = new ScanStore(createMemoryArea(), now);
    await store.addResults({ scanId: 'visit', service: 'ring', origin: ORIGIN, results: harResults() });
    const outcome = await store.addResults({ scanId: 'visit', service: 'ring', origin: ORIGIN, results: [readCapture(devicesCapture(otherOwner()))] });
    expect(outcome.scanIds).toEqual(['visit~ring:4200001']);
    const { state } = await store.load();
    expect(state.scans.map((s) => [s.id, s.accountKey])).toEqual([
      ['visit', 'ring:4100001'],
      ['visit~ring:4200001', 'ring:4200001'],
    ]);
    expect(state.scans[0]?.results).toHaveLength(harResults().length);
  });

  it('a scan keyed by a guess takes its own identity once it arrives', async () => {
    const store = new ScanStore(createMemoryArea(), now);
    await store.addResults({ scanId: 'v', service: 'ring', origin: ORIGIN, results: [readCapture(settingsCapture('70010001'))] });
    expect((await store.load()).state.scans[0]?.accountKey).toBe(`ring:${ORIGIN}`);
    await store.addResults({ scanId: 'v', service: 'ring', origin: ORIGIN, results: [readCapture(devicesCapture())] });
    expect((await store.load()).state.scans.map((s) => s.accountKey)).toEqual(['ring:4100001']);
  });
});

describe('version 1 stores and quarantine', () => {
  it('reads a version-1 store and moves it into chunks on the first write, every scan kept', async () => {
    const area = createMemoryArea();
    const v1 = { schemaVersion: 1, scans: [{ id: 'old', accountKey: 'ring:4100001', service: 'ring', origin: ORIGIN, startedAt: 't0', updatedAt: '2026-01-01T00:00:00.000Z', results: harResults() }] };
    await area.set({ [STORE_KEY]: v1 });
    const store = new ScanStore(area, now);
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['old']);
    await store.addResults(changedScan('new', true));
    const { state, problem } = await store.load();
    expect(problem).toBeUndefined();
    expect(state.scans.map((s) => s.id)).toEqual(['old', 'new']);
    expect(state.scans[0]?.results).toEqual(harResults());
    expect((area.data.get(STORE_KEY) as StoreIndex).schemaVersion).toBe(STORE_VERSION);
  });

  it('writes chunks as JSON strings (version 3) and still reads the arrays version 2 wrote', async () => {
    const area = createMemoryArea();
    const v2 = {
      schemaVersion: 2,
      notes: [],
      scans: [{ id: 'old', accountKey: 'ring:4100001', keyFrom: 'identity', service: 'ring', origin: ORIGIN, startedAt: 't0', updatedAt: '2026-01-01T00:00:00.000Z', chunks: [`${CHUNK_PREFIX}old.0`], chunkSeq: 1, bytes: 1, results: harResults().length }],
    };
    await area.set({ [STORE_KEY]: v2, [`${CHUNK_PREFIX}old.0`]: harResults() });
    const store = new ScanStore(area, now);
    await store.addResults(changedScan('new', true));
    const index = area.data.get(STORE_KEY) as StoreIndex;
    expect(index.schemaVersion).toBe(STORE_VERSION);
    const written = index.scans.find((s) => s.id === 'new')!.chunks.map((k) => area.data.get(k));
    expect(written.every((v) => typeof v === 'string')).toBe(true);
    expect(area.data.get(`${CHUNK_PREFIX}old.0`)).toEqual(harResults());
    const { state, problem } = await store.load();
    expect(problem).toBeUndefined();
    expect(state.scans.find((s) => s.id === 'old')?.results).toEqual(harResults());
    expect(state.scans.find((s) => s.id === 'new')?.results.length).toBe(changedScan('new', true).results.length);
  });

  it('a large store from a newer version is left in place, never copied, and writing goes on beside it', async () => {
    const future = { schemaVersion: 9, scans: [], blob: 'x'.repeat(600_000) };
    const quota = 600_000 + storedBytes(`${CHUNK_PREFIX}x.0`, harResults()) + 8 * 1024 + 5000;
    const area = quotaArea(quota);
    await area.set({ [STORE_KEY]: future });
    const store = new ScanStore(area, now, { quotaBytes: quota });
    expect((await store.addResults(scanOf('s1'))).stored).toBe(true);
    expect(area.data.get(STORE_KEY)).toEqual(future);
    const pointer = area.data.get(ROOT_POINTER_KEY) as string;
    expect(pointer.startsWith(`${STORE_KEY}.`)).toBe(true);
    const records = [...area.data.entries()].filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
    expect(records).toEqual([[expect.any(String), expect.objectContaining({ reason: 'written by a newer version (9)', keys: [STORE_KEY] })]]);
    const { state } = await store.load();
    expect(state.scans.map((s) => s.id)).toEqual(['s1']);
    expect(state.notes?.map((n) => n.code)).toEqual(['quarantined']);
    // Viewable, exportable and erasable from the report page.
    const [entry] = await listQuarantine(area);
    expect(entry).toMatchObject({ reason: 'written by a newer version (9)', keys: [STORE_KEY] });
    expect(entry!.bytes).toBeGreaterThan(600_000);
    expect((await readQuarantined(area, entry!))[STORE_KEY]).toEqual(future);
    await eraseQuarantined(area, entry!);
    expect(await listQuarantine(area)).toEqual([]);
    expect(area.data.has(STORE_KEY)).toBe(false);
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['s1']);
  });
});

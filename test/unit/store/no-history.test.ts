// @vitest-environment node
/** "Keep no history": the store keeps only each account's latest state, no "last looked at" mark, and the badge stays empty. */
import { ScanStore } from '../../../src/store/scan-store.ts';
import { NO_HISTORY_KEY } from '../../../src/store/no-history.ts';
import { SEEN_KEY } from '../../../src/store/seen.ts';
import { refreshBadge } from '../../../src/background/refresh-badge.ts';
import { changesSinceSeen } from '../../../src/report/account-changes.ts';
import { inventories } from '../../../src/store/inventory.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { NOW, devicesCapture, settingsCapture } from '../fixtures.ts';

const ORIGIN = 'https://account.ring.com';
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++)).toISOString();
const devices = () => readCapture(devicesCapture());
const settings = (id: string) => readCapture(settingsCapture(id));
const badge = () => {
  const calls: string[] = [];
  return { calls, action: { setBadgeText: async ({ text }: { text: string }) => void calls.push(text), setBadgeBackgroundColor: async () => undefined } };
};

async function twoVisits(noHistory: boolean) {
  const area = createMemoryArea();
  await area.set({ [NO_HISTORY_KEY]: noHistory });
  const store = new ScanStore(area, now, { keepNoHistory: async () => (await area.get(NO_HISTORY_KEY))[NO_HISTORY_KEY] === true });
  await store.addResults({ scanId: 'visit-1', service: 'ring', origin: ORIGIN, results: [devices(), settings('70010001')] });
  await store.idle();
  await area.set({ [SEEN_KEY]: { 'ring:4100001': 'visit-1' } });
  await store.addResults({ scanId: 'visit-2', service: 'ring', origin: ORIGIN, results: [settings('70010001'), settings('70010002')] });
  await store.idle();
  return { area, store };
}

describe('keep no history', () => {
  it('off: the second visit is a scan of its own (the history the change list needs)', async () => {
    const { store } = await twoVisits(false);
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['visit-1', 'visit-2']);
  });

  it('on: a second visit leaves one scan with the latest copy of every document, the same report, and no seen mark', async () => {
    const { area, store } = await twoVisits(true);
    const { state } = await store.load();
    expect(state.scans.map((s) => s.id)).toEqual(['visit-2']);
    expect(state.scans[0]?.results.map((r) => r.source.location).sort()).toEqual([
      '/api/cgw/clients_api/ring_devices',
      '/api/cgw/devices/v1/devices/70010001/settings',
      '/api/cgw/devices/v1/devices/70010002/settings',
    ]);
    // No chunk of the first visit is left in storage.
    expect([...area.data.keys()].filter((k) => k.includes('visit-1'))).toEqual([]);
    expect(area.data.has(SEEN_KEY)).toBe(false);
    expect(changesSinceSeen(state, {}).size).toBe(0);
    const t = bundledTranslator('en');
    const report = buildReport(inventories(state)[0]?.results ?? [], { t, locale: 'en', toolVersion: '0', now: NOW });
    expect(report.devices.length).toBeGreaterThan(0);
  });

  it('on: the badge stays empty although there are high-risk findings', async () => {
    const { area } = await twoVisits(true);
    const { calls, action } = badge();
    expect(await refreshBadge(area, action)).toEqual({ high: null, worse: 0 });
    expect(calls).toEqual(['']);
    await area.set({ [NO_HISTORY_KEY]: false });
    const after = badge();
    expect((await refreshBadge(area, after.action)).high).toBeGreaterThan(0);
  });

  it('turned on later: the history kept so far is folded at once', async () => {
    const { area, store } = await twoVisits(false);
    await area.set({ [NO_HISTORY_KEY]: true });
    await store.keepNoHistory();
    expect((await store.load()).state.scans.map((s) => s.id)).toEqual(['visit-2']);
  });
});

// @vitest-environment node
import { handleCaptureBatch } from '../../../src/background/handle-capture-batch.ts';
import { highRiskCount, showBadge } from '../../../src/background/badge.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { emptyState, STORE_KEY } from '../../../src/store/schema.ts';
import type { Capture } from '../../../src/model/capture.ts';
import type { SenderLike } from '../../../src/background/sender-policy.ts';
import { createMemoryArea, fakeBrowser, FAKE_EXTENSION_ID } from '../fake-browser.ts';
import { devicesCapture, harResults, settingsCapture } from '../fixtures.ts';

const PAGE = 'https://account.ring.com/account/dashboard';
const SESSION = '0b5e8c1a-3f2d-4c7e-9a61-5d2f8e4b7c90';
const SENDER: SenderLike = { id: FAKE_EXTENSION_ID, tab: {}, url: PAGE };

function snapshot(captures: Capture[] = [devicesCapture(), settingsCapture('70010001')], over: Record<string, unknown> = {}) {
  return { type: 'alexpose/snapshot', version: 1, pageSession: SESSION, pageUrl: PAGE, captures, ...over };
}

function setup() {
  const area = createMemoryArea();
  return { area, store: new ScanStore(area) };
}

describe('handleCaptureBatch', () => {
  it('stores the results of a valid snapshot from our content script', async () => {
    const { store } = setup();
    const outcome = await handleCaptureBatch(snapshot(), SENDER, FAKE_EXTENSION_ID, store);
    expect(outcome).toEqual({ stored: true, scanIds: [SESSION] });
    const { state } = await store.load();
    expect(state?.scans).toHaveLength(1);
    expect(state?.scans[0]).toMatchObject({ id: SESSION, accountKey: 'ring:4100001', origin: 'https://account.ring.com' });
    expect(state?.scans[0]?.results.map((r) => [r.source.id, r.source.status])).toEqual([
      ['ring.devices', 'read'],
      ['ring.device-settings', 'read'],
    ]);
  });

  it.each<[string, SenderLike]>([
    ['another extension', { ...SENDER, id: 'evil-extension' }],
    ['a sender without tab', { id: FAKE_EXTENSION_ID, url: PAGE }],
    ['a page on another origin', { ...SENDER, url: 'https://evil.example/account/dashboard' }],
    ['a sender without URL', { id: FAKE_EXTENSION_ID, tab: {} }],
  ])('refuses %s', async (_name, sender) => {
    const { area, store } = setup();
    expect(await handleCaptureBatch(snapshot(), sender, FAKE_EXTENSION_ID, store)).toBeNull();
    expect(area.data.has(STORE_KEY)).toBe(false);
  });

  const tooMany = Array.from({ length: 201 }, () => devicesCapture());
  it.each<[string, unknown]>([
    ['no object', 'alexpose/snapshot'],
    ['a missing field', (({ captures: _c, ...rest }) => rest)(snapshot())],
    ['a wrong type', snapshot(undefined, { type: 'alexpose/other' })],
    ['a wrong version', snapshot(undefined, { version: 2 })],
    ['captures that are no list', snapshot(undefined, { captures: {} })],
    ['a pageSession that is no uuid', snapshot(undefined, { pageSession: 'session-1' })],
    ['more than 200 captures', snapshot(tooMany)],
    ['a capture of a kind content scripts do not make', snapshot([{ ...devicesCapture(), via: 'har' }])],
    ['a capture without time', snapshot([{ ...devicesCapture(), capturedAt: 'yesterday' }])],
  ])('refuses a message with %s', async (_name, message) => {
    const { area, store } = setup();
    expect(await handleCaptureBatch(message, SENDER, FAKE_EXTENSION_ID, store)).toBeNull();
    expect(area.data.has(STORE_KEY)).toBe(false);
  });

  it('accepts exactly 200 captures', async () => {
    const { store } = setup();
    expect(await handleCaptureBatch(snapshot(tooMany.slice(0, 200)), SENDER, FAKE_EXTENSION_ID, store)).not.toBeNull();
  });

  it('drops captures whose URL is on another origin', async () => {
    const { store } = setup();
    const foreign = { ...settingsCapture('70010002'), url: 'https://evil.example/api/cgw/devices/v1/devices/70010002/settings' };
    await handleCaptureBatch(snapshot([devicesCapture(), foreign]), SENDER, FAKE_EXTENSION_ID, store);
    const { state } = await store.load();
    expect(state.scans[0]?.results.map((r) => r.source.id)).toEqual(['ring.devices']);
    expect(await handleCaptureBatch(snapshot([foreign]), SENDER, FAKE_EXTENSION_ID, setup().store)).toBeNull();
  });
});

describe('background entry', () => {
  // Fake time: the badge waits for the writes to pause (2.5 s), which the test steps through instead of sleeping.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Steps fake time until `done()` (storage answers after a timer tick, the badge after its quiet time); returns the fake ms it took. */
  async function stepUntil(done: () => boolean, limitMs = 10_000): Promise<number> {
    const start = Date.now();
    while (!done() && Date.now() - start < limitMs) await vi.advanceTimersByTimeAsync(50);
    expect(done(), `within ${limitMs} ms of fake time`).toBe(true);
    return Date.now() - start;
  }
  async function settle<T>(promise: Promise<T> | undefined): Promise<T | undefined> {
    let settled = false;
    void promise?.finally(() => (settled = true));
    await stepUntil(() => settled);
    return promise;
  }

  it('registers its listener on import, stores a snapshot and sets the badge once the writes have paused', async () => {
    await import('../../../src/background/index.ts');
    const [listener] = fakeBrowser.runtime.onMessage.listeners;
    expect(await settle(listener?.(snapshot(), SENDER) as Promise<unknown>)).toEqual({ accepted: true, stored: true, retry: false });
    expect(fakeBrowser.storage.local.data.has(STORE_KEY)).toBe(true);
    const count = highRiskCount((await settle(new ScanStore(fakeBrowser.storage.local).load()))!.state);
    expect(count).toBeGreaterThanOrEqual(1); // e2ee off on 70010001
    // The badge follows storage, but not while snapshots may still be streaming in: it waits for the writes to pause.
    const setText = fakeBrowser.action.setBadgeText;
    await vi.advanceTimersByTimeAsync(2000);
    expect(setText).not.toHaveBeenCalled();
    await stepUntil(() => setText.mock.calls.some(([details]) => details.text === String(count)), 5000);
    expect(await settle(listener?.(snapshot(), { ...SENDER, id: 'evil' }) as Promise<unknown>)).toEqual({ accepted: false, stored: false, retry: false });
    // Let the last recomputation finish inside this test.
    await stepUntil(() => fakeBrowser.action.setBadgeBackgroundColor.mock.calls.length > 0, 5000);
    await vi.runOnlyPendingTimersAsync();
  });
});

describe('badge', () => {
  it('stays empty, not zero, when nothing was scanned', async () => {
    expect(highRiskCount(emptyState())).toBeNull();
    await showBadge(fakeBrowser.action, null);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ text: '' });
    expect(fakeBrowser.action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });

  it('counts the high-risk findings of the stored scans', async () => {
    const { store } = setup();
    await store.addResults({ scanId: 's1', service: 'ring', origin: 'https://account.ring.com', results: harResults() });
    const { state } = await store.load();
    const high = buildReport(harResults(), { t: bundledTranslator('en'), locale: 'en', toolVersion: '0', now: 'now' }).findings.filter(
      (f) => f.risk === 'high',
    );
    // At least e2ee off on 70010001 and 70010002 (both subscribed, so high); other high-risk checks add to it.
    expect(
      high
        .filter((f) => f.id === 'ring.e2ee-off')
        .map((f) => f.subject.id)
        .sort(),
    ).toEqual(['70010001', '70010002']);
    expect(highRiskCount(state)).toBe(high.length);
    await showBadge(fakeBrowser.action, 2);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ text: '2' });
    expect(fakeBrowser.action.setBadgeBackgroundColor).toHaveBeenCalledTimes(1);
  });

  it('shows 0 once something was scanned without high risk', () => {
    const scan = { id: 's', accountKey: 'k', service: 'ring' as const, origin: 'o', startedAt: 't', updatedAt: 't', results: [] };
    expect(highRiskCount({ ...emptyState(), scans: [scan] })).toBe(0);
  });
});

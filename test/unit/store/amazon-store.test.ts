// @vitest-environment node
/** Storing Amazon and Alexa scans: one account per marketplace, voice history kept page by page. */
import { ScanStore } from '../../../src/store/scan-store.ts';
import { amazonAccountKey } from '../../../src/store/account-key.ts';
import { inventories } from '../../../src/store/inventory.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { voiceHistory } from '../../../src/findings/alexa/voice-history.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { createMemoryArea } from '../fake-browser.ts';
import { ALEXA_API, AMAZON_DE, alexaCapture, alexaFixtureJson } from '../fixtures.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 21, 10, 0, clock++)).toISOString();
const setup = () => new ScanStore(createMemoryArea(), now);

const RVH = `${AMAZON_DE}/alexa-privacy/apd/rvh/customer-history-records-v2`;
const rvhPage1 = () => readCapture(alexaCapture(`${RVH}?startTime=0&endTime=1795198200000`, alexaFixtureJson('voice-history-rvh.json')));

/** The next page: two older records, and one the first page already had (same time, same device). */
function rvhPage2() {
  const first = (alexaFixtureJson('voice-history-rvh.json') as { customerHistoryRecords: unknown[] }).customerHistoryRecords[0];
  const older = [1786000000000, 1785000000000].map((t) => ({ recordKey: `A2EXAMPLE0CUSTOMER#${t}#A32DOYMUN6DTXA#G091LF0293520C1D`, timestamp: t, device: { deviceName: 'Echo Dot Wohnzimmer' } }));
  return readCapture(alexaCapture(`${RVH}?startTime=0&endTime=1787455908017`, { customerHistoryRecords: [first, ...older], encodedRequestToken: null }));
}

describe('amazonAccountKey', () => {
  it.each([
    ['https://www.amazon.de', 'amazon:amazon.de'],
    ['https://alexa.amazon.de', 'amazon:amazon.de'],
    ['https://skills-store.amazon.de', 'amazon:amazon.de'],
    ['https://www.amazon.com', 'amazon:amazon.com'],
    ['https://alexa.amazon.co.uk', 'amazon:amazon.co.uk'],
    ['not a url', null],
    ['https://example.com', null],
  ])('%s → %s', (origin, key) => {
    expect(amazonAccountKey(origin)).toBe(key);
  });
});

describe('ScanStore with Amazon scans', () => {
  it('gives www.amazon.de and alexa.amazon.de scans one account, amazon.com another', async () => {
    const store = setup();
    const devices = readCapture(alexaCapture(`${ALEXA_API}/api/devices-v2/device`, alexaFixtureJson('devices-v2.json')));
    await store.addResults({ scanId: 'page', service: 'amazon', origin: AMAZON_DE, results: [rvhPage1()] });
    await store.addResults({ scanId: 'deep', service: 'alexa', origin: ALEXA_API, results: [devices] });
    await store.addResults({ scanId: 'us', service: 'amazon', origin: 'https://www.amazon.com', results: [rvhPage1()] });
    const { state } = await store.load();
    expect(state.scans.map((s) => [s.id, s.accountKey])).toEqual([
      ['page', 'amazon:amazon.de'],
      ['deep', 'amazon:amazon.de'],
      ['us', 'amazon:amazon.com'],
    ]);
    const accounts = inventories(state);
    expect(accounts.map((a) => [a.accountKey, a.scanCount]).sort()).toEqual([
      ['amazon:amazon.com', 1],
      ['amazon:amazon.de', 2],
    ]);
    const de = accounts.find((a) => a.accountKey === 'amazon:amazon.de');
    const merged = mergeRecords(de?.results ?? []);
    expect(merged.alexaDevices).toHaveLength(2);
    expect(merged.voiceHistory?.[0]?.recordKeys).toHaveLength(12);
  });

  it('keeps two different pages of voice history in one scan, and they merge to the union of records', async () => {
    const store = setup();
    await store.addResults({ scanId: 's1', service: 'amazon', origin: AMAZON_DE, results: [rvhPage1()] });
    await store.addResults({ scanId: 's1', service: 'amazon', origin: AMAZON_DE, results: [rvhPage2()] });
    const { state } = await store.load();
    const results = state.scans[0]?.results ?? [];
    expect(results.map((r) => r.source.id)).toEqual(['amazon.voice-history', 'amazon.voice-history']);
    const [history] = mergeRecords(results).voiceHistory ?? [];
    expect(history?.recordKeys).toHaveLength(14); // 12 + 3 − 1 seen on both pages
    expect(history).toMatchObject({ earliest: new Date(1785000000000).toISOString(), latest: '2026-11-19T17:42:08.311Z', devices: ['Echo Show Küche', 'Echo Dot Wohnzimmer'], more: false });
    expect(voiceHistory.run(mergeRecords(results))[0]?.details).toMatchObject({ count: 14, atLeast: false });
  });

  it('keeps the empty last page the README describes, which ends "at least"', async () => {
    const store = setup();
    const last = readCapture(alexaCapture(`${RVH}?startTime=0&endTime=1787455908017`, { customerHistoryRecords: [], encodedRequestToken: null }));
    await store.addResults({ scanId: 's1', service: 'amazon', origin: AMAZON_DE, results: [rvhPage1(), last] });
    const { state } = await store.load();
    const results = state.scans[0]?.results ?? [];
    expect(results).toHaveLength(2);
    expect(voiceHistory.run(mergeRecords(results))[0]?.details).toMatchObject({ count: 12, atLeast: false });
    expect(voiceHistory.run(mergeRecords(results.slice(0, 1)))[0]?.details).toMatchObject({ count: 12, atLeast: true });
  });

  it('keeps the same page read twice only once, in one write or in two', async () => {
    const store = setup();
    await store.addResults({ scanId: 's1', service: 'amazon', origin: AMAZON_DE, results: [rvhPage1(), rvhPage1()] });
    await store.addResults({ scanId: 's1', service: 'amazon', origin: AMAZON_DE, results: [rvhPage1()] });
    const { state } = await store.load();
    expect(state.scans[0]?.results).toHaveLength(1);
    expect(mergeRecords(state.scans[0]?.results ?? []).voiceHistory?.[0]?.recordKeys).toHaveLength(12);
  });

  it('still replaces a re-read of a source that is not paged', async () => {
    const store = setup();
    const household = () => readCapture(alexaCapture(`${ALEXA_API}/api/household`, alexaFixtureJson('household.json')));
    await store.addResults({ scanId: 's1', service: 'alexa', origin: ALEXA_API, results: [household()] });
    await store.addResults({ scanId: 's1', service: 'alexa', origin: ALEXA_API, results: [household()] });
    const { state } = await store.load();
    expect(state.scans[0]?.results.map((r) => r.source.id)).toEqual(['alexa.household']);
  });
});

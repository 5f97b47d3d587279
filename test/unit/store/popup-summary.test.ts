/**
 * The popup's first-screen summary as kept in storage (src/store/popup-summary.ts): a round trip, and every way a
 * kept summary stops being trusted (another language or version, a changed store, an invalid value).
 */
import { createMemoryArea } from '../fake-browser.ts';
import {
  POPUP_SUMMARY_KEY,
  SUMMARY_MAX_STORE_BYTES,
  clearPopupSummary,
  storeSmallEnoughForSummary,
  onlyPopupSummaryChanged,
  readPopupSummary,
  summaryContext,
  writePopupSummary,
  type FirstScreen,
} from '../../../src/store/popup-summary.ts';
import { ROOT_POINTER_KEY, STORE_KEY } from '../../../src/store/schema.ts';
import { refreshPopupSummary } from '../../../src/background/refresh-popup-summary.ts';
import { SEEN_KEY } from '../../../src/store/seen.ts';
import { NO_HISTORY_KEY } from '../../../src/store/no-history.ts';
import { MANUAL_ANSWERS_KEY } from '../../../src/store/manual-answers.ts';

const CONTEXT = summaryContext('en', '0.1.0');
const INDEX = { schemaVersion: 3, scans: [{ id: 's1', accountKey: 'ring:1', updatedAt: '2026-11-21T10:00:00.000Z', chunks: ['alexpose.scan.s1.0'] }], notes: [] };

const SCREEN: FirstScreen = {
  accounts: [
    {
      accountKey: 'ring:1',
      lastScanAt: '2026-11-21T10:00:00.000Z',
      summary: {
        grade: 'C',
        score: 62,
        provisional: false,
        formula: '100 − 38 = 62',
        costs: [{ findingId: 'ring.e2ee-off', subjectName: 'Front Door', title: 'End-to-end encryption is off', risk: 'high', points: 38 }],
        coverage: { complete: true, sourcesRead: 4, sourcesTotal: 4, gaps: [] },
        actions: [
          {
            id: 'ring.e2ee-off',
            findingId: 'ring.e2ee-off',
            service: 'ring',
            risk: 'high',
            title: 'Turn on end-to-end encryption',
            devices: [{ id: '70010001', name: 'Front Door', type: 'device' }],
            closesPolicePaths: 1,
            recipients: ['ring', 'police'],
            reach: 2,
            place: { kind: 'app', text: 'Control Center → Video Encryption', url: null },
            minutes: 10,
          },
        ],
      },
      changes: [{ kind: 'finding-added', findingId: 'ring.e2ee-off', subject: { type: 'device', id: '70010001', name: 'Front Door' }, worse: true, title: 'End-to-end encryption is off' }],
      findings: [{ id: 'ring.e2ee-off', subjectId: '70010001', risk: 'high' }],
    },
  ],
  notes: [],
};

async function stored() {
  const area = createMemoryArea();
  await area.set({ [STORE_KEY]: INDEX, 'alexpose.scan.s1.0': '[]', [SEEN_KEY]: { 'ring:1': 's0' } });
  return area;
}

it('round trip: kept from one read of storage, read back as it was written', async () => {
  const area = await stored();
  expect(await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN)).toBe(true);
  const read = await readPopupSummary(area, CONTEXT);
  expect(read).toEqual({ version: 1, basis: expect.any(String), ...SCREEN });
});

it('not trusted in another language or version', async () => {
  const area = await stored();
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  expect(await readPopupSummary(area, summaryContext('de', '0.1.0'))).toBeNull();
  expect(await readPopupSummary(area, summaryContext('en', '0.2.0'))).toBeNull();
});

it.each([
  ['a new scan in the index', { [STORE_KEY]: { ...INDEX, scans: [...INDEX.scans, { ...INDEX.scans[0], id: 's2' }] } }],
  ['the user looked (seen marks)', { [SEEN_KEY]: { 'ring:1': 's1' } }],
  ['"keep no history" turned on', { [NO_HISTORY_KEY]: true }],
  ['a manual check answered', { [MANUAL_ANSWERS_KEY]: { 'ring:1': { 'ring.check': { answer: 'done', answeredAt: '2026-11-21T11:00:00.000Z' } } } }],
  ['a moved index (quarantine)', { [ROOT_POINTER_KEY]: `${STORE_KEY}.2` }],
])('older than the store after %s: not trusted', async (_what, change) => {
  const area = await stored();
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  await area.set(change);
  expect(await readPopupSummary(area, CONTEXT)).toBeNull();
});

it('the index erased: not trusted', async () => {
  const area = await stored();
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  await area.remove([STORE_KEY, SEEN_KEY]);
  expect(await readPopupSummary(area, CONTEXT)).toBeNull();
});

it.each([
  ['missing', undefined],
  ['not an object', 'summary'],
  ['another version', { version: 2 }],
  ['an account without its key', { accounts: [{ ...SCREEN.accounts[0], accountKey: 7 }] }],
  ['a grade the report contract does not know', { accounts: [{ ...SCREEN.accounts[0], summary: { ...SCREEN.accounts[0]!.summary, grade: 'Z' } }] }],
  ['a change of an unknown kind', { accounts: [{ ...SCREEN.accounts[0], changes: [{ ...SCREEN.accounts[0]!.changes[0], kind: 'finding-moved' }] }] }],
])('invalid (%s): null, so the popup takes the full path', async (_what, change) => {
  const area = await stored();
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  const kept = (await area.get(POPUP_SUMMARY_KEY))[POPUP_SUMMARY_KEY] as Record<string, unknown>;
  if (change === undefined) await area.remove(POPUP_SUMMARY_KEY);
  else await area.set({ [POPUP_SUMMARY_KEY]: typeof change === 'string' ? change : { ...kept, ...change } });
  expect(await readPopupSummary(area, CONTEXT)).toBeNull();
});

it('computed from a read storage has since moved on from (an erase meanwhile): removed again, never kept stale', async () => {
  const area = await stored();
  const before = await area.get(null);
  await area.clear();
  expect(await writePopupSummary(area, before, CONTEXT, SCREEN)).toBe(false);
  expect(await area.get(null)).toEqual({});
});

it('nothing to keep, or cleared: no summary key left', async () => {
  const area = await stored();
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  expect(await writePopupSummary(area, await area.get(null), CONTEXT, null)).toBe(false);
  expect(await area.get(POPUP_SUMMARY_KEY)).toEqual({});
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  await clearPopupSummary(area);
  expect(await area.get(POPUP_SUMMARY_KEY)).toEqual({});
});

it('a storage change of the summary alone is told apart from any other', () => {
  expect(onlyPopupSummaryChanged({ [POPUP_SUMMARY_KEY]: {} })).toBe(true);
  expect(onlyPopupSummaryChanged({ [POPUP_SUMMARY_KEY]: {}, [SEEN_KEY]: {} })).toBe(false);
  expect(onlyPopupSummaryChanged({ [STORE_KEY]: {} })).toBe(false);
  expect(onlyPopupSummaryChanged({})).toBe(false);
});

it('kept only for a store of at most SUMMARY_MAX_STORE_BYTES of scans (by the index): a large account builds its popup itself', async () => {
  const area = await stored();
  const scan = INDEX.scans[0]!;
  await area.set({ [STORE_KEY]: { ...INDEX, scans: [{ ...scan, bytes: SUMMARY_MAX_STORE_BYTES / 2 }, { ...scan, id: 's2', bytes: SUMMARY_MAX_STORE_BYTES / 2 }] } });
  expect(await storeSmallEnoughForSummary(area)).toBe(true);
  await area.set({ [STORE_KEY]: { ...INDEX, scans: [{ ...scan, bytes: SUMMARY_MAX_STORE_BYTES / 2 }, { ...scan, id: 's2', bytes: SUMMARY_MAX_STORE_BYTES / 2 + 1 }] } });
  expect(await storeSmallEnoughForSummary(area)).toBe(false);
  await writePopupSummary(area, await area.get(null), CONTEXT, SCREEN);
  const t = (key: string) => key;
  expect(await refreshPopupSummary(area, { t, uiLanguage: 'en', toolVersion: '0.1.0' })).toBe(false);
  expect(await area.get(POPUP_SUMMARY_KEY)).toEqual({});
});

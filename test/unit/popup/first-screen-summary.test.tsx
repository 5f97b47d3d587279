/**
 * The popup's first screen from the background's summary (issue 31): on the fixture accounts it is the same DOM as
 * the first screen built from the full reports, and a summary that no longer matches the store is never painted.
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import { refreshPopupSummary } from '../../../src/background/refresh-popup-summary.ts';
import { POPUP_SUMMARY_KEY } from '../../../src/store/popup-summary.ts';
import { fixProgressItem } from '../../../src/store/storage-keys.ts';
import { fixtureJson, settingsCapture } from '../fixtures.ts';
import { RING_ORIGIN, fullAccount, loadUi, mount, resetUi, ringDeviceListOnly, storeScans, unmountAll, type Scan, type UiKit } from '../ui-kit.ts';

let kit: UiKit;
afterEach(() => unmountAll());

/** The background's summary, computed as the background does, with the kit's messages and language. */
const keepSummary = () =>
  refreshPopupSummary(kit.browser.storage.local, {
    t: (key, substitutions) => kit.browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key,
    uiLanguage: kit.browser.i18n.getUILanguage(),
    toolVersion: kit.browser.runtime.getManifest().version,
  });

/** What the first screen shows: the notes, the empty state or the overview (grade lines, changes, progress, fixes, owner asks). */
const firstScreen = (root: HTMLElement) =>
  [
    ...root.querySelectorAll('.popup__body > [data-testid="store-notes"], .popup__body > [data-testid="empty-state"], .popup__body > [data-testid="overview"]'),
  ].map((el) => new XMLSerializer().serializeToString(el));

/**
 * The popup with the full path held back (its one read of everything never answers): what it paints comes from the
 * summary alone. Resolves once the popup has read the summary (and painted it, if it trusts it).
 */
async function mountSummaryOnly(): Promise<{ root: HTMLElement; done(): void }> {
  const local = kit.browser.storage.local;
  const get = local.get.bind(local);
  let summaryRead = false;
  const spy = vi.spyOn(local, 'get').mockImplementation(async (keys) => {
    if (keys === null) return new Promise<Record<string, unknown>>(() => undefined);
    const answer = await get(keys);
    if (Array.isArray(keys) && keys.includes(POPUP_SUMMARY_KEY)) summaryRead = true;
    return answer;
  });
  const root = document.createElement('div');
  document.body.append(root);
  kit.render(kit.h(kit.App, null), root);
  await vi.waitFor(() => expect(summaryRead).toBe(true));
  // The read answered; a trusted summary is painted in the render that follows.
  await new Promise((r) => setTimeout(r, 0));
  return {
    root,
    done() {
      kit.render(null, root);
      root.remove();
      spy.mockRestore();
    },
  };
}

/** The first screen painted from the summary alone, then the first screen of the full popup, over the same storage. */
async function bothFirstScreens(): Promise<{ fromSummary: string[]; full: string[]; busy: string | null | undefined }> {
  expect(await keepSummary()).toBe(true);
  const only = await mountSummaryOnly();
  await vi.waitFor(() => expect(firstScreen(only.root).length).toBeGreaterThan(0));
  const fromSummary = firstScreen(only.root);
  const busy = only.root.querySelector('main')?.getAttribute('aria-busy');
  only.done();
  const full = firstScreen(await mount(kit, 'popup'));
  return { fromSummary, full, busy };
}

const e2eeSettings = (encrypted: boolean) => {
  const body = structuredClone(fixtureJson('settings-70010002.json')) as { video_settings: { encryption_enabled: boolean } };
  body.video_settings.encryption_enabled = encrypted;
  return readCapture(settingsCapture('70010002', body));
};

/** E2EE of one camera turned off after an earlier scan: "what got worse" leads the first screen. */
const e2eeTurnedOff = (): Scan[] => [
  { ...ringDeviceListOnly(), scanId: 'before' },
  { scanId: 'before-settings', service: 'ring', origin: RING_ORIGIN, results: [e2eeSettings(true)] },
  { scanId: 'after-settings', service: 'ring', origin: RING_ORIGIN, results: [e2eeSettings(false)] },
];

/** test/fixtures/ring/ownership: a German owner's doorbell and a neighbour's shared with them (owner asks, shared line). */
const neighboursDoorbell = (): Scan[] => {
  const read = (endpoint: string, file: string) =>
    readCapture({
      url: `https://account.ring.com/api/cgw/${endpoint}`,
      via: 'page-fetch',
      body: fixtureJson(`ownership/${file}`),
      capturedAt: '2026-12-01T00:00:00.000Z',
    });
  return [
    {
      scanId: 'scan-1',
      service: 'ring',
      origin: RING_ORIGIN,
      results: [read('clients_api/session', 'session-de-neighbors.json'), read('clients_api/ring_devices', 'ring-devices-neighbour-doorbell.json')],
    },
  ];
};

for (const locale of ['en', 'de'] as const) {
  describe(`first screen from the summary (${locale})`, () => {
    beforeAll(async () => {
      kit = await loadUi(locale);
    });
    beforeEach(() => resetUi(kit));

    it('both accounts with fix progress: the same grade lines, progress and three actions as the full popup, painted before it', async () => {
      await storeScans(kit.browser.storage.local, fullAccount());
      expect(await keepSummary()).toBe(true);
      const kept = (await kit.browser.storage.local.get(POPUP_SUMMARY_KEY))[POPUP_SUMMARY_KEY] as { accounts: { accountKey: string }[] };
      const ring = kept.accounts.map((a) => a.accountKey).find((k) => k.startsWith('ring:'))!;
      await kit.browser.storage.local.set({
        [fixProgressItem.key]: {
          [ring]: {
            baseline: { grade: 'E', score: 35, actions: 6 },
            done: [
              { actionId: 'ring.e2ee-off', deviceId: '70010001', title: 'Turn on end-to-end encryption', device: 'Front Door', at: '2026-11-20T10:00:00.000Z' },
            ],
          },
        },
      });
      const { fromSummary, full, busy } = await bothFirstScreens();
      // Painted while the full reports were still being built, and the same elements, text and test ids as theirs.
      expect(busy).toBe('true');
      expect(fromSummary.join('')).toContain('data-testid="fix-progress"');
      expect(fromSummary.join('').match(/data-testid="fix-action"/g)).toHaveLength(3);
      expect(fromSummary).toEqual(full);
    });

    it('a change for the worse since the last visit: the same words first, above the fixes', async () => {
      await storeScans(kit.browser.storage.local, e2eeTurnedOff());
      const { fromSummary, full } = await bothFirstScreens();
      expect(fromSummary.join('')).toContain('data-change-finding="ring.e2ee-off"');
      expect(fromSummary).toEqual(full);
    });

    it("a neighbour's shared doorbell: the same shared line and owner asks", async () => {
      await storeScans(kit.browser.storage.local, neighboursDoorbell());
      const { fromSummary, full } = await bothFirstScreens();
      expect(fromSummary.join('')).toContain('data-testid="owner-actions"');
      expect(fromSummary.join('')).toContain('data-testid="shared-line"');
      expect(fromSummary).toEqual(full);
    });
  });
}

describe('a summary the popup must not paint', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('older than the store (a scan stored after it): nothing is painted from it; the full popup shows the new scan', async () => {
    await storeScans(kit.browser.storage.local, [{ ...ringDeviceListOnly(), scanId: 'before' }]);
    expect(await keepSummary()).toBe(true);
    await storeScans(kit.browser.storage.local, [{ scanId: 'later', service: 'ring', origin: RING_ORIGIN, results: [e2eeSettings(false)] }]);
    const only = await mountSummaryOnly();
    expect(firstScreen(only.root)).toEqual([]);
    expect(only.root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    only.done();
    const root = await mount(kit, 'popup');
    expect(root.querySelector('[data-testid="overview"]')).not.toBeNull();
  });

  it('invalid (written by another version): nothing is painted from it', async () => {
    await storeScans(kit.browser.storage.local, fullAccount());
    expect(await keepSummary()).toBe(true);
    const kept = (await kit.browser.storage.local.get(POPUP_SUMMARY_KEY))[POPUP_SUMMARY_KEY] as Record<string, unknown>;
    await kit.browser.storage.local.set({ [POPUP_SUMMARY_KEY]: { ...kept, version: 2 } });
    const only = await mountSummaryOnly();
    expect(firstScreen(only.root)).toEqual([]);
    only.done();
  });
});

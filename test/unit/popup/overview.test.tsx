/**
 * The popup's first screen over scans stored by the real readers: grade and coverage per account, "Fix these
 * first" across accounts, the rest grouped by risk, and "I did it — check again" with a simulated Scan now.
 */
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { readCapture } from '../../../src/sources/read-capture.ts';
import { fixtureJson, settingsCapture } from '../fixtures.ts';
import {
  RING_ORIGIN,
  alexaDeepScan,
  amazonPages,
  fullAccount,
  loadUi,
  mount,
  resetUi,
  ringDeviceListOnly,
  ringControlCenter,
  ringHar,
  storeScans,
  unmountAll,
  type UiKit,
} from '../ui-kit.ts';
import { ScanStore } from '../../../src/store/scan-store.ts';

type Messages = Record<string, { message: string }>;
const msg = (key: string) => (en as Messages)[key]!.message;

let kit: UiKit;
afterEach(() => unmountAll());

describe('popup overview (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('both accounts: one grade line each (worst first) with coverage, at most three actions, the police path first', async () => {
    await storeScans(kit.browser.storage.local, fullAccount());
    const root = await mount(kit, 'popup');
    const lines = [...root.querySelectorAll('[data-testid="grade-line"]')];
    expect(lines).toHaveLength(2);
    const scores = lines.map((l) => Number(l.getAttribute('data-score')));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const l of lines) {
      expect(l.querySelector('[data-testid="coverage-line"]')).not.toBeNull();
      expect(l.querySelector('details')!.textContent).toContain(msg('summary_formula').slice(0, 30));
    }
    const actions = [...root.querySelectorAll('[data-testid="fix-action"]')];
    expect(actions.length).toBe(3);
    expect(actions[0]!.getAttribute('data-action-id')).toBe('ring.e2ee-off');
    expect(actions[0]!.querySelector('.action__where')!.getAttribute('data-place')).toBe('app');
    expect(actions[0]!.textContent).toContain('Front Door');
    expect(actions[0]!.textContent).toContain('Garten Flutlicht');
    // A shorter storage time does not stop Ring receiving videos: it says what it does, not "no longer reaches: Ring" (issue 24).
    const storage = actions.find((a) => a.getAttribute('data-action-id') === 'ring.cloud-video-storage');
    expect(storage?.textContent).toContain(msg('fix_outcome_ring_cloud_video_storage'));
    expect(storage?.textContent).not.toContain(msg('fix_reaches').split('$1')[0]!.trim());
    // Everything else, once: no finding of the top actions repeats in the grouped list.
    const others = root.querySelector('[data-testid="other-findings"]')!;
    expect([...others.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
    expect(others.querySelector('[data-other-finding="ring.e2ee-off"]')).toBeNull();
  });

  it('partial coverage: the gaps with the page that closes each; no letter over unknown police paths, the best still possible and Scan now', async () => {
    await storeScans(kit.browser.storage.local, [ringDeviceListOnly()]);
    const root = await mount(kit, 'popup');
    const line = root.querySelector('[data-testid="grade-line"]')!;
    // Issue 25.9: this was "Grade A (provisional)" while the encryption of 3 cameras was unread.
    expect(line.getAttribute('data-grade')).toBe('?');
    expect(line.getAttribute('data-score')).toBe('');
    // B, not A: the German account's own Sidewalk and Control Center state counts whatever the region (issue 24.3).
    expect(line.textContent).toContain('Grade ?: at best B — encryption of 3 cameras not read');
    expect(line.querySelector('[data-testid="grade-scan-now"]')?.getAttribute('href')).toBe('#scan-now');
    const gaps = [...line.querySelectorAll('[data-gap]')].map((g) => [g.getAttribute('data-gap'), g.querySelector('a')!.getAttribute('href')]);
    expect(gaps).toEqual([
      ['ring.device-settings', 'https://account.ring.com/account/dashboard'],
      ['ring.control-center', 'https://account.ring.com/account/control-center'],
    ]);
  });

  it('check again without a Ring tab: could not check, with the reason, scrolled into view', async () => {
    await storeScans(kit.browser.storage.local, [ringHar(), ringControlCenter()]);
    const root = await mount(kit, 'popup');
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    (root.querySelector('[data-action-id="ring.e2ee-off"] [data-testid="check-again"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-action-id="ring.e2ee-off"] [data-check-state="unchecked"]')).toHaveLength(2));
    const results = root.querySelector('[data-action-id="ring.e2ee-off"] [data-testid="check-results"]')!;
    expect(results.textContent).toContain(msg('fix_reason_no_tab'));
    await vi.waitFor(() => expect(scroll.mock.contexts).toContain(results));
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest' });
    scroll.mockRestore();
  });

  it('check again: Scan now stores E2EE on for one camera → that camera fixed, the other still on, progress and done list', async () => {
    await storeScans(kit.browser.storage.local, [ringHar(), ringControlCenter()]);
    kit.browser.tabs.query.mockResolvedValue([{ id: 7, url: 'https://account.ring.com/account/dashboard' }]);
    kit.browser.tabs.sendMessage.mockImplementation(async () => {
      const body = fixtureJson('settings-70010001.json') as { video_settings: { encryption_enabled: boolean } };
      body.video_settings.encryption_enabled = true;
      const store = new ScanStore(kit.browser.storage.local, () => '2026-11-21T11:00:00.000Z');
      await store.addResults({ scanId: 'rescan', service: 'ring', origin: RING_ORIGIN, results: [readCapture(settingsCapture('70010001', body))] });
      for (const l of kit.browser.runtime.onMessage.listeners) l({ type: 'alexpose/scan-progress', done: 1, total: 1, state: 'finished' }, { tab: { id: 7 } });
      return undefined;
    });
    const root = await mount(kit, 'popup');
    const before = Number(root.querySelector('[data-grade-account^="ring:"]')!.getAttribute('data-score'));
    (root.querySelector('[data-action-id="ring.e2ee-off"] [data-testid="check-again"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-check-state="fixed"]')).not.toBeNull(), { timeout: 8000 });
    const states = [...root.querySelectorAll('[data-check-state]')]
      .map((li) => `${li.getAttribute('data-device-id')} ${li.getAttribute('data-check-state')}`)
      .sort();
    expect(states).toEqual(['70010001 fixed', '70010002 still-on']);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="grade-change"]')).not.toBeNull());
    const change = root.querySelector('[data-testid="grade-change"]')!;
    expect(Number(change.getAttribute('data-before'))).toBe(before);
    expect(Number(change.getAttribute('data-after'))).toBeGreaterThan(before);
    expect(root.querySelector('[data-testid="fix-count"]')!.textContent).toMatch(/^1 of \d+ fixed$/);
    expect(root.querySelector('[data-testid="done-list"] [data-device-id="70010001"]')).not.toBeNull();
    expect(root.querySelector('[data-police-state][data-device-id="70010001"]')!.getAttribute('data-police-state')).toBe('closed-e2ee');
  });
});

describe('popup overview (de)', () => {
  beforeAll(async () => {
    kit = await loadUi('de');
  });
  beforeEach(() => resetUi(kit));

  it('German headings, action texts and button', async () => {
    await storeScans(kit.browser.storage.local, fullAccount());
    const root = await mount(kit, 'popup');
    expect(root.querySelector('[data-testid="fix-first"] h2')!.textContent).toBe((de as Messages)['fix_heading']!.message);
    expect(root.querySelector('[data-action-id="ring.e2ee-off"] .action__title')!.textContent).toBe((de as Messages)['action_ring_e2ee_off']!.message);
    expect(root.querySelector('[data-action-id="ring.e2ee-off"] [data-testid="check-again"]')!.textContent).toBe((de as Messages)['fix_check_again']!.message);
  });
});

describe('after Scan now (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('says what that run changed, and what is still on', async () => {
    await storeScans(kit.browser.storage.local, [ringHar(), ringControlCenter()]);
    const root = await mount(kit, 'popup');
    const emit = (state: string) => {
      for (const l of kit.browser.runtime.onMessage.listeners) l({ type: 'alexpose/scan-progress', done: 1, total: 1, state }, { tab: { id: 7 } });
    };
    emit('running');
    const body = fixtureJson('settings-70010001.json') as { video_settings: { encryption_enabled: boolean } };
    body.video_settings.encryption_enabled = true;
    await new ScanStore(kit.browser.storage.local, () => '2026-11-21T11:00:00.000Z').addResults({
      scanId: 'run',
      service: 'ring',
      origin: RING_ORIGIN,
      results: [readCapture(settingsCapture('70010001', body))],
    });
    emit('finished');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="run-changes"]')?.textContent).toContain('1 finding gone'));
    const text = root.querySelector('[data-testid="run-changes"]')!.textContent;
    expect(text).toContain("Ring can open this camera's videos (Front Door)");
    // Still on, named as the finding: Garten Flutlicht's videos can still be opened by Ring.
    expect(text).toContain(msg('run_still_on').replace('$1', msg('finding_ring_e2ee_off_title')));
  });

  it('a run that stored nothing says nothing changed and speaks for no account (issue 28: only accounts the run read)', async () => {
    await storeScans(kit.browser.storage.local, [ringHar()]);
    const root = await mount(kit, 'popup');
    for (const state of ['running', 'finished'])
      for (const l of kit.browser.runtime.onMessage.listeners) l({ type: 'alexpose/scan-progress', done: 1, total: 1, state }, { tab: { id: 7 } });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="run-changes"]')).not.toBeNull());
    const text = root.querySelector('[data-testid="run-changes"]')!.textContent;
    expect(text).not.toMatch(/new finding|finding gone|findings gone/);
    expect(text).toContain(msg('run_nothing_changed'));
    expect(text).not.toContain(msg('run_still_on').split(':')[0]!);
    expect(root.querySelectorAll('[data-testid="run-changes"] li[data-account]')).toHaveLength(0);
  });

  it('one line per account the run read, with what is still on from before only', async () => {
    await storeScans(kit.browser.storage.local, [ringHar(), ringControlCenter()]);
    const root = await mount(kit, 'popup');
    const emit = (state: string) => {
      for (const l of kit.browser.runtime.onMessage.listeners) l({ type: 'alexpose/scan-progress', done: 1, total: 1, state }, { tab: { id: 7 } });
    };
    emit('running');
    const body = fixtureJson('settings-70010001.json') as { video_settings: { encryption_enabled: boolean } };
    body.video_settings.encryption_enabled = true;
    await new ScanStore(kit.browser.storage.local, () => '2026-11-21T11:00:00.000Z').addResults({
      scanId: 'run',
      service: 'ring',
      origin: RING_ORIGIN,
      results: [readCapture(settingsCapture('70010001', body))],
    });
    emit('finished');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="run-changes"] li[data-account]')).toHaveLength(1));
    const summary = root.querySelector('[data-testid="run-changes"] li[data-account] summary')!.textContent;
    expect(summary).toMatch(/: 1 gone$/);
    // The line is collapsed: the names are behind it, so the fix list keeps its place on the first screen.
    expect(root.querySelector('[data-testid="run-changes"] li[data-account] details')!.hasAttribute('open')).toBe(false);
  });
});

describe('check again on an Amazon page setting (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('opens the exact amazon.de page; when the re-read page still shows it: still on', async () => {
    await storeScans(kit.browser.storage.local, [alexaDeepScan(), amazonPages()]);
    const opened: string[] = [];
    (kit.browser.tabs as unknown as { create: (o: { url: string }) => Promise<unknown> }).create = async ({ url }) => {
      opened.push(url);
      // The content script reads the page again and stores it: same settings as before.
      await storeScans(kit.browser.storage.local, [amazonPages()]);
      return {};
    };
    const root = await mount(kit, 'popup');
    const ids = [...root.querySelectorAll('[data-testid="fix-action"]')].map((a) => a.getAttribute('data-action-id'));
    expect(ids).toContain('alexa.human-review');
    (root.querySelector('[data-action-id="alexa.human-review"] [data-testid="check-again"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-action-id="alexa.human-review"] [data-check-state]')).not.toBeNull(), { timeout: 8000 });
    expect(opened).toEqual(['https://www.amazon.de/alexa-privacy/apd/myad']);
    expect(root.querySelector('[data-action-id="alexa.human-review"] [data-check-state]')!.getAttribute('data-check-state')).toBe('still-on');
  });
});

describe('changes first (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('E2EE turned off since the last visit is said in words on the first screen, above the fixes', async () => {
    const settings = (encrypted: boolean) => {
      const body = structuredClone(fixtureJson('settings-70010002.json')) as { video_settings: { encryption_enabled: boolean } };
      body.video_settings.encryption_enabled = encrypted;
      return readCapture(settingsCapture('70010002', body));
    };
    await storeScans(kit.browser.storage.local, [
      { ...ringDeviceListOnly(), scanId: 'before' },
      { scanId: 'before-settings', service: 'ring', origin: RING_ORIGIN, results: [settings(true)] },
      { scanId: 'after-settings', service: 'ring', origin: RING_ORIGIN, results: [settings(false)] },
    ]);
    const root = await mount(kit, 'popup');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="changes-first"]')).not.toBeNull());
    const first = root.querySelector('[data-testid="changes-first"] li')!;
    expect(first.getAttribute('data-change-finding')).toBe('ring.e2ee-off');
    expect(first.textContent).toContain('Garten Flutlicht');
    // It stands before "Fix these first" in the document, so it is read first.
    const fix = root.querySelector('[data-testid="fix-first"]')!;
    expect(first.compareDocumentPosition(fix) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a first visit has no change to lead with', async () => {
    await storeScans(kit.browser.storage.local, [ringHar()]);
    const root = await mount(kit, 'popup');
    expect(root.querySelector('[data-testid="changes-first"]')).toBeNull();
  });
});

/**
 * The report page's overview for an auditor (coverage table with a read time per source, whole-report export,
 * per-finding provenance) and the letters (GDPR default, placeholders, shared devices, print alone).
 */
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { CONTROL_CENTER_URL, devicesCapture, fixtureOutline, outlineCapture, settingsCapture } from '../fixtures.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { RING_ORIGIN, fullAccount, loadUi, mount, resetUi, storeScans, unmountAll, type Scan, type UiKit } from '../ui-kit.ts';

type Messages = Record<string, { message: string }>;
const msg = (key: string) => (en as Messages)[key]!.message;

function twoRingScans(): Scan[] {
  return [
    {
      scanId: 'first',
      service: 'ring',
      origin: RING_ORIGIN,
      results: [readCapture(devicesCapture()), ...['70010001', '70010002', '70010003'].map((id) => readCapture(settingsCapture(id)))],
    },
    {
      scanId: 'second',
      service: 'ring',
      origin: RING_ORIGIN,
      results: [readCapture(outlineCapture(fixtureOutline('control-center-en.html'), CONTROL_CENTER_URL))],
    },
  ];
}

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

let kit: UiKit;
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('report overview (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('coverage table: each source with the time of the scan that read it, not one time for all', async () => {
    await storeScans(kit.browser.storage.local, twoRingScans()); // minute 0, then minute 1
    const root = await mount(kit, 'report');
    const rows = [...root.querySelectorAll('[data-testid="coverage-table"] tbody tr')];
    const timeOf = (id: string) =>
      rows
        .find((r) => r.getAttribute('data-source-id') === id)!
        .querySelector('time')!
        .getAttribute('datetime');
    expect(timeOf('ring.devices')).toBe('2026-11-21T10:00:00.000Z');
    expect(timeOf('ring.control-center')).toBe('2026-11-21T10:01:00.000Z');
    // Provenance per finding names its own document and that document's read time (issue 24).
    const cards = [...root.querySelectorAll('[data-testid="report-findings"] article.finding')];
    const evidence = cards.map((c) => ({ subject: c.getAttribute('data-subject-id'), p: c.querySelector('[data-testid="finding-evidence"]') }));
    const control = evidence.find((e) => e.p?.textContent?.includes('(ring.control-center)'));
    expect(control?.p?.getAttribute('data-location')).toBe(CONTROL_CENTER_URL);
    const settings = evidence.filter((e) => e.p?.textContent?.includes('(ring.device-settings)'));
    expect(settings.length).toBeGreaterThan(0);
    for (const e of settings) expect(e.p?.getAttribute('data-location')).toMatch(new RegExp(`/devices/v1/devices/${e.subject}/settings$`));
    expect(settings.every((e) => e.p?.getAttribute('data-read-at') === '2026-11-21T10:00:00.000Z')).toBe(true);
  });

  it('exports the whole report, every account in one file', async () => {
    await storeScans(kit.browser.storage.local, fullAccount());
    const root = await mount(kit, 'report');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:alexpose-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    click(root.querySelector('[data-testid="export-all"] button')!);
    const all = JSON.parse(await blobs[0]!.text()) as { account: string; schemaVersion: number; summary: unknown }[];
    expect(all.map((a) => a.account).sort()).toEqual(expect.arrayContaining(['amazon:amazon.de']));
    expect(all).toHaveLength(2);
    expect(all.every((a) => a.schemaVersion === 1 && a.summary)).toBe(true);
  });

  it('letters: GDPR for the amazon.de account in an English UI; a shared device is not "mine"; blanks flagged; print alone', async () => {
    await storeScans(kit.browser.storage.local, fullAccount());
    const root = await mount(kit, 'report');
    const letters = root.querySelector('[data-testid="letters"]')!;
    const regime = [...letters.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'gdpr'))!;
    expect(regime.value).toBe('gdpr');
    click([...letters.querySelectorAll('button')].find((b) => b.textContent === msg('letters_generate'))!);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="letter-body"]')).not.toBeNull());
    const body = root.querySelector('[data-testid="letter-body"]')!.textContent;
    expect(body).not.toContain('Nachbarn Eingang');
    expect(body).toContain('Front Door');
    expect(root.querySelector('[data-testid="letter-placeholders"]')!.textContent).toContain(msg('letter_your_name'));
    const print = vi.fn(() => {
      expect(document.body.classList.contains('print-letter')).toBe(true);
    });
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    click(root.querySelector('[data-testid="letter-print"]')!);
    expect(print).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('print-letter')).toBe(false);
  });
});

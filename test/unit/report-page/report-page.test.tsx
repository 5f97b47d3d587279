/**
 * The report page over scans stored by the real readers and store: empty, inventory with filters, the data-flow
 * picture, history after two scans with a change between them, export, erase with confirmation, German.
 */
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { CONTROL_CENTER_URL, devicesCapture, fixtureJson, fixtureOutline, outlineCapture, settingsCapture } from '../fixtures.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { RISK_ORDER, RING_ORIGIN, cardRisk, fullAccount, loadUi, mount, resetUi, storeScans, unmountAll, type Scan, type UiKit } from '../ui-kit.ts';

type Messages = Record<string, { message: string }>;
const EN = en as Messages;
const DE = de as Messages;
const msg = (key: string) => EN[key]!.message;

/** First scan: the Ring device list and the three cameras' settings. Second: the Control Center, Sidewalk on. */
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

/** Sets a select's value and fires `change` the way a user's choice does. */
function choose(select: HTMLSelectElement, value: string): void {
  expect([...select.options].map((o) => o.value)).toContain(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

let kit: UiKit;
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('report page in English', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('empty: says nothing was scanned, offers import and erase, shows no account', async () => {
    const root = await mount(kit, 'report');
    expect(root.querySelector('h1')!.textContent).toBe(msg('report_title'));
    expect(root.querySelector('[data-testid="report-empty"]')!.textContent).toBe(`${msg('popup_nothing_scanned')} ${msg('popup_how_to_scan')}`);
    expect(root.querySelector('.report-account')).toBeNull();
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('[data-testid="import"] input[type="file"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="erase"] > button')).not.toBeNull();
  });

  describe('with the Ring and Alexa fixtures', () => {
    let root: HTMLElement;
    beforeEach(async () => {
      await storeScans(kit.browser.storage.local, fullAccount());
      root = await mount(kit, 'report');
    });

    it('lists every device in the inventory table, one row each, and draws the data-flow picture per account', () => {
      const accounts = [...root.querySelectorAll<HTMLElement>('.report-account')];
      expect(accounts.map((a) => a.getAttribute('data-account'))).toEqual(expect.arrayContaining(['amazon:amazon.de']));
      expect(accounts).toHaveLength(2);
      for (const account of accounts) {
        const deviceCount = Number(/^(\d+)/.exec(account.querySelector('.summary')!.textContent)![1]);
        const rows = [...account.querySelectorAll('table[data-testid="devices"] tbody tr')];
        expect(deviceCount).toBeGreaterThan(0);
        expect(rows).toHaveLength(deviceCount);
        expect(new Set(rows.map((r) => r.getAttribute('data-device-id'))).size).toBe(deviceCount);
        for (const row of rows) {
          expect(row.querySelector('th[scope="row"]')!.textContent.trim()).not.toBe('');
          expect(row.querySelectorAll('td')).toHaveLength(4);
          expect(row.querySelector('td:last-child')!.textContent).toMatch(/^\d+$/);
        }
        expect(account.querySelector('table[data-testid="devices"] caption')!.textContent).toContain(String(deviceCount));
        const svg = account.querySelector('[data-testid="data-flow"] svg')!;
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelectorAll('path.flow-edge').length).toBeGreaterThan(3);
      }
      const ring = root.querySelector('.report-account[data-account^="ring:"]')!;
      expect([...ring.querySelectorAll('tbody tr th')].map((th) => th.textContent)).toEqual(
        expect.arrayContaining(['Front Door', 'Garten Flutlicht', 'Wohnzimmer', 'Flur Gong', 'Nachbarn Eingang']),
      );
      expect(ring.querySelector('[data-node-id="recipient:police"]')).not.toBeNull();
    });

    it('narrows devices and findings by service and by risk', async () => {
      const amazon = root.querySelector('.report-account[data-account="amazon:amazon.de"]')!;
      const [service, risk] = [...amazon.querySelectorAll<HTMLSelectElement>('.filters select')];
      const rows = () => amazon.querySelectorAll('table[data-testid="devices"] tbody tr').length;
      const ids = () => [...amazon.querySelectorAll('[data-testid="report-findings"] [data-finding-id]')].map((c) => c.getAttribute('data-finding-id')!);
      const allRows = rows();
      const allFindings = ids();
      expect(allFindings.some((id) => id.startsWith('alexa.'))).toBe(true);
      expect(allFindings.some((id) => id.startsWith('amazon.'))).toBe(true);

      choose(service!, 'amazon');
      await vi.waitFor(() => expect(ids().length).toBeLessThan(allFindings.length));
      expect(ids().every((id) => id.startsWith('amazon.'))).toBe(true);
      expect(rows()).toBeLessThan(allRows);

      choose(service!, 'all');
      await vi.waitFor(() => expect(ids()).toEqual(allFindings));
      choose(risk!, 'high');
      await vi.waitFor(() => expect(ids().length).toBeLessThan(allFindings.length));
      const cards = [...amazon.querySelectorAll('[data-testid="report-findings"] article.finding')];
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.map(cardRisk).every((r) => r === 'high')).toBe(true);
      expect(rows()).toBe(allRows); // the risk filter is about findings, not devices
      expect(amazon.querySelector('[data-testid="report-findings"]')!.previousElementSibling!.textContent).toContain(String(cards.length));

      choose(risk!, 'info');
      await vi.waitFor(() => expect(ids().length).not.toBe(cards.length));
      for (const c of amazon.querySelectorAll('[data-testid="report-findings"] article.finding')) expect(cardRisk(c)).toBe('info');
    });

    it('lists findings highest risk first', () => {
      for (const list of root.querySelectorAll('[data-testid="report-findings"]')) {
        const ranks = [...list.querySelectorAll('article.finding')].map((c) => RISK_ORDER[cardRisk(c)]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    });

    it('exports the report schema as JSON and as Markdown, built locally', async () => {
      const blobs: Blob[] = [];
      const names: string[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:alexpose-test';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
      const ring = root.querySelector('.report-account[data-account^="ring:"]')!;
      const buttons = [...ring.querySelectorAll<HTMLButtonElement>('[data-testid="export"] button')];
      expect(buttons.map((b) => b.textContent)).toEqual([msg('report_export_json'), msg('report_export_markdown')]);
      buttons.forEach((b) => click(b));
      expect(names).toHaveLength(2);
      expect(names[0]).toMatch(/^alexpose-ring-.+\.json$/);
      expect(names[1]).toMatch(/\.md$/);
      const json = JSON.parse(await blobs[0]!.text()) as { schemaVersion: number; findings: unknown[] };
      expect(json.schemaVersion).toBe(1);
      expect(json.findings.length).toBe(ring.querySelectorAll('[data-testid="report-findings"] [data-finding-id]').length);
      expect(await blobs[1]!.text()).toContain('#');
    });

    it('erases everything only after confirmation', async () => {
      const erase = root.querySelector('[data-testid="erase"]')!;
      const dialog = erase.querySelector('dialog')!;
      const stored = () => kit.browser.storage.local.data.size;
      expect(dialog.open).toBe(false);
      expect(dialog.getAttribute('aria-labelledby')).toBe('erase-title');
      click(erase.querySelector(':scope > button')!);
      expect(dialog.open).toBe(true);
      // Cancel keeps everything.
      click([...dialog.querySelectorAll('button')].find((b) => b.textContent === msg('report_erase_cancel'))!);
      expect(dialog.open).toBe(false);
      await new Promise((r) => setTimeout(r, 20));
      expect(stored()).toBeGreaterThan(0);
      expect(root.querySelectorAll('.report-account')).toHaveLength(2);
      // Confirm erases every stored scan, and the page says so.
      click(erase.querySelector(':scope > button')!);
      expect(dialog.open).toBe(true);
      click(dialog.querySelector('[data-testid="erase-confirm"]')!);
      await vi.waitFor(() => expect(root.querySelector('[data-testid="report-empty"]')).not.toBeNull());
      // Nothing but the time of the erase, which keeps captures taken before it from being stored after it.
      expect([...kit.browser.storage.local.data.keys()]).toEqual(['alexpose.erasedAt']);
      expect(stored()).toBe(1);
      expect(dialog.open).toBe(false);
      expect(erase.querySelector('[role="status"]')!.textContent).toBe(msg('report_erase_done'));
      expect(root.querySelectorAll('.report-account')).toHaveLength(0);
    });
  });

  // Issue 14: the Control Center read for the first time is the baseline of what it shows: "newly read", never "switched back on".
  it('history: two scans, the second reading the Control Center for the first time, newest first; the first says "first read"', async () => {
    await storeScans(kit.browser.storage.local, twoRingScans());
    const root = await mount(kit, 'report');
    const accounts = root.querySelectorAll('.report-account');
    expect(accounts).toHaveLength(1);
    const entries = [...root.querySelectorAll('[data-testid="history"] ol > li[data-scan-id]')];
    expect(entries.map((e) => e.getAttribute('data-scan-id'))).toEqual(['second', 'first']);
    const [second, first] = entries as [Element, Element];
    const sidewalk = [...second.querySelectorAll('[data-change-kind]')].filter((li) => li.textContent.includes('Sidewalk'));
    expect(sidewalk.length).toBeGreaterThan(0);
    const added = sidewalk.find((li) => li.getAttribute('data-change-kind') === 'finding-added')!;
    expect(added.getAttribute('data-newly-read')).toBe('true');
    expect(added.getAttribute('class')).not.toContain('change--worse');
    expect(added.textContent).toContain('Newly read:');
    expect(second.textContent).not.toContain('Newly on:');
    expect(second.textContent).not.toContain('accountSwitch');
    // The first scan has nothing to compare with: no change listed, and it says it is the first read.
    expect(first.querySelectorAll('[data-change-kind]')).toHaveLength(0);
    expect(first.textContent).toContain(msg('report_history_first_read'));
    expect(first.textContent).not.toContain(msg('report_history_no_change'));
    // Only the Control Center brought changes in the second scan, none about the devices themselves.
    expect([...second.querySelectorAll('[data-change-kind]')].map((li) => li.getAttribute('data-change-kind'))).not.toContain('device-removed');
    // The current inventory has the account-wide Sidewalk finding from the Control Center.
    expect(root.querySelector('[data-testid="report-findings"] [data-finding-id="ring.sidewalk"][data-subject-id="4100001"]')).not.toBeNull();
  });

  // Regression (found by review): page-derived names are rendered with their bidi controls and not isolated on the report page either:
  // the inventory row header (Inventory.tsx `<th scope="row">{d.name}</th>`), `.finding__subject`, and the history
  // change lines (ChangeList) keep a U+202E, which reverses the product text after it on the same line. Expected:
  // bidi controls stripped (as DataFlow.tsx does) or the name isolated in <bdi> / dir="auto".
  it('isolates or strips bidi overrides in page-derived names', async () => {
    const body = fixtureJson('ring-devices.json') as { stickup_cams: { description: string }[] };
    body.stickup_cams[1]!.description = '\u202Eexe.gnp Garten';
    await storeScans(kit.browser.storage.local, [
      { scanId: 'rlo', service: 'ring', origin: RING_ORIGIN, results: [readCapture(devicesCapture(body)), readCapture(settingsCapture('70010003'))] },
    ]);
    const root = await mount(kit, 'report');
    expect(root.textContent).toContain('exe.gnp Garten');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u202a-\u202e\u2066-\u2069]/.test(node.textContent ?? '')) continue;
      expect(node.parentElement?.closest('bdi, [dir="auto"]'), `bidi control in <${node.parentElement?.tagName.toLowerCase()}> not isolated`).not.toBeNull();
    }
  });
});

describe('report page in German', () => {
  beforeAll(async () => {
    kit = await loadUi('de');
  });
  beforeEach(() => resetUi(kit));

  it('empty: German', async () => {
    const root = await mount(kit, 'report');
    expect(root.querySelector('h1')!.textContent).toBe('Alexposé-Bericht');
    expect(root.querySelector('[data-testid="report-empty"]')!.textContent).toContain('Noch nichts gescannt.');
  });

  it('with data: headings, filters, exports, history and findings in German, no English message text', async () => {
    await storeScans(kit.browser.storage.local, [...twoRingScans(), ...fullAccount().slice(2)]);
    const root = await mount(kit, 'report');
    const headings = [...root.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining(['Ring-Konto', 'Amazon und Alexa (amazon.de)', 'Wohin Ihre Daten gehen', 'Alles, was gelesen wurde', 'Verlauf']),
    );
    const labels = [...root.querySelectorAll('.filters label')].map((l) => l.firstChild!.textContent!.trim());
    expect(labels).toEqual(expect.arrayContaining(['Dienst', 'Risiko']));
    expect([...root.querySelectorAll('[data-testid="export"] button')].map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['JSON exportieren', 'Markdown exportieren']),
    );
    expect(root.querySelector('[data-testid="erase"] > button')!.textContent).toBe('Alle gespeicherten Scans löschen …');
    expect(root.querySelector('[data-finding-id="ring.e2ee-off"] h4')!.textContent).toBe('Ring kann die Videos dieser Kamera öffnen');
    expect([...root.querySelectorAll('[data-change-kind]')].some((li) => li.textContent.includes('Neu gelesen:'))).toBe(true);
    const text = root.textContent;
    expect(text).not.toContain('Who receives it');
    const leaks = Object.entries(EN)
      .map(([key, { message }]) => [key, message.split('$')[0]!.trim()] as const)
      .filter(([key, head]) => head.length >= 14 && head !== DE[key]?.message.split('$')[0]!.trim())
      .filter(([, head]) => text.includes(head));
    expect(leaks).toEqual([]);
  });
});

/**
 * Rendering states of the popup over scans stored by the real readers and store: empty, partial coverage,
 * many findings, long and hostile names, German.
 */
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../../public/_locales/de/messages.json' with { type: 'json' };
import { fixtureJson, settingsCapture } from '../fixtures.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { boundName } from '../../../src/sources/json-reader.ts';

import { CATALOG } from '../../../src/knowledge/catalog.ts';
import { MAX_GROUPS } from '../../../src/popup/list-limits.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { RISK_ORDER, RING_ORIGIN, cardRisk, fullAccount, loadUi, mount, resetUi, ringDeviceListOnly, storeScans, unmountAll, type UiKit } from '../ui-kit.ts';

type Messages = Record<string, { message: string }>;
const EN = en as Messages;
const msg = (key: string) => EN[key]!.message;

let kit: UiKit;
afterEach(() => unmountAll());

describe('popup in English', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it('empty: says nothing was scanned and links the Ring account and Alexa Privacy', async () => {
    const root = await mount(kit, 'popup');
    const empty = root.querySelector('[data-testid="empty-state"]')!;
    expect(empty.textContent).toContain(msg('popup_nothing_scanned'));
    expect(empty.textContent).toContain(msg('popup_how_to_scan'));
    const links = [...empty.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]);
    expect(links).toEqual([
      [msg('popup_open_ring'), 'https://account.ring.com/account/dashboard', '_blank', 'noreferrer'],
      [msg('popup_open_alexa_privacy'), 'https://www.amazon.com/alexa-privacy/apd/myad', '_blank', 'noreferrer'],
    ]);
    expect(root.querySelector('[data-testid="account"]')).toBeNull();
    expect(root.querySelector('[data-testid="coverage"]')).toBeNull();
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('partial coverage: only the device list → settings and Control Center hints with links, police paths unknown', async () => {
    await storeScans(kit.browser.storage.local, [ringDeviceListOnly()]);
    const root = await mount(kit, 'popup');
    expect(root.querySelector('[data-testid="empty-state"]')).toBeNull();
    const coverage = root.querySelector('[data-testid="coverage"]')!;
    expect(
      [...coverage.querySelectorAll('[data-source-id]')].map((li) => `${li.getAttribute('data-source-id')} ${li.getAttribute('data-source-status')}`),
    ).toEqual(['ring.devices read']);

    const hints = [...coverage.querySelectorAll('p.hint')];
    const settingsHint = hints.find((p) => p.textContent.includes(msg('popup_settings_missing')))!;
    expect(settingsHint).toBeDefined();
    expect(settingsHint.querySelector('a')?.getAttribute('href')).toBe('https://account.ring.com/account/dashboard');
    expect(settingsHint.querySelector('a')?.textContent).toBe(msg('popup_open_dashboard'));
    const ccHint = coverage.querySelector('[data-testid="control-center-missing"]')!;
    expect(ccHint.textContent).toContain(msg('popup_control_center_missing'));
    expect(ccHint.querySelector('a')?.getAttribute('href')).toBe('https://account.ring.com/account/control-center');
    expect(ccHint.querySelector('a')?.textContent).toBe(msg('popup_open_control_center'));

    // Without settings nobody can say whether Ring can open the videos: unknown, never "closed".
    const states = [...root.querySelectorAll('[data-police-state]')].map((li) => li.getAttribute('data-police-state'));
    expect(states.length).toBeGreaterThanOrEqual(3);
    expect(new Set(states)).toEqual(new Set(['unknown']));
    expect(root.querySelector('[data-testid="police-paths"]')!.textContent).toContain(msg('police_path_unknown_title'));
    // The summary counts what was read and never shows a camera as safe.
    expect(root.querySelector('[data-testid="summary"]')!.textContent).toMatch(/^5 devices read · \d+ findings · \d+ high risk$/);
  });

  describe('many findings: Ring and Alexa fixtures', () => {
    let root: HTMLElement;
    beforeEach(async () => {
      await storeScans(kit.browser.storage.local, fullAccount());
      root = await mount(kit, 'popup');
    });

    it('shows one section per account: Ring, and Amazon and Alexa (amazon.de)', () => {
      const accounts = [...root.querySelectorAll('[data-testid="account"]')];
      expect(accounts.map((a) => a.querySelector('h2')!.textContent)).toEqual(
        expect.arrayContaining([msg('popup_account_ring'), 'Amazon and Alexa (amazon.de)']),
      );
      expect(accounts).toHaveLength(2);
      const ring = root.querySelector('[data-account^="ring:"]')!;
      const amazon = root.querySelector('[data-account="amazon:amazon.de"]')!;
      expect(ring.querySelectorAll('[data-finding-id^="ring."]').length).toBeGreaterThan(10);
      expect(ring.querySelectorAll('[data-finding-id^="alexa."], [data-finding-id^="amazon."]')).toHaveLength(0);
      expect(amazon.querySelectorAll('[data-finding-id^="alexa."]').length).toBeGreaterThan(5);
      expect(amazon.querySelectorAll('[data-finding-id^="amazon."]').length).toBeGreaterThan(0);
      expect(amazon.querySelectorAll('[data-finding-id^="ring."]')).toHaveLength(0);
      // Both completed: no "not read yet" hints for Ring.
      expect(ring.querySelector('[data-testid="control-center-missing"]')).toBeNull();
      expect(ring.querySelector('[data-testid="summary"]')!.textContent).toMatch(/^\d+ devices read · \d+ findings · [1-9]\d* high risk$/);
    });

    it('groups findings by device (account-wide apart), highest risk first in every group and across groups', () => {
      for (const account of root.querySelectorAll('[data-testid="account"]')) {
        const groups = [...account.querySelectorAll('section.group')];
        expect(groups.length).toBeGreaterThan(1);
        const titles = groups.map((g) => g.querySelector('h3')!.textContent);
        expect(new Set(titles).size).toBe(titles.length); // one group per subject
        expect(titles).toContain(msg('label_account_wide'));
        const maxima: number[] = [];
        for (const group of groups) {
          expect(group.getAttribute('aria-label')).toBe(group.querySelector('h3')!.textContent);
          const ranks = [...group.querySelectorAll('[data-finding-id]')].map((card) => RISK_ORDER[cardRisk(card)]);
          expect(ranks.length).toBeGreaterThan(0);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          maxima.push(ranks[0]!);
        }
        expect(maxima).toEqual([...maxima].sort((a, b) => a - b));
      }
      // Cards of one group are about one subject.
      for (const group of root.querySelectorAll('section.group')) {
        if (group.querySelector('h3')!.textContent === msg('label_account_wide')) continue;
        // Headings show the name with direction overrides removed; the card keeps the name as data.
        const names = new Set(
          [...group.querySelectorAll('[data-finding-id]')].map((c) => c.getAttribute('data-subject-name')!.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')),
        );
        expect([...names]).toEqual([group.querySelector('h3')!.textContent]);
      }
    });

    it('gives every card a worded risk marker, recipients, steps, an https help link and a settings link', () => {
      const cards = [...root.querySelectorAll('article.finding')];
      expect(cards.length).toBeGreaterThan(20);
      for (const card of cards) {
        const id = card.getAttribute('data-finding-id');
        const risk = cardRisk(card);
        const marker = card.querySelector('.risk')!;
        // Words, not colour alone; the shape is decoration for screen readers.
        expect(marker.textContent).toContain(msg(`risk_${risk}`));
        expect(marker.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toMatch(/^[▲◆●ℹ]$/);
        expect(card.querySelector('h4')?.textContent?.trim(), id!).not.toBe('');
        const recipients = card.querySelector('.recipients')!;
        expect(recipients.textContent).toContain(`${msg('label_recipients')}:`);
        expect(recipients.textContent.replace(`${msg('label_recipients')}:`, '').trim(), id!).not.toBe('');
        const details = card.querySelector('details')!;
        expect(details.querySelector('summary')?.textContent).toBe(msg('label_why_and_how'));
        expect(details.querySelector('h5')?.textContent).toBe(msg('label_how_to_turn_off'));
        const steps = [...details.querySelectorAll('ol > li')].map((li) => li.textContent.trim());
        expect(steps.length, id!).toBeGreaterThan(0);
        for (const step of steps) expect(step, id!).not.toBe('');
        const links = [...details.querySelectorAll('a')];
        // Only a help page whose text was read is called official (issue 14).
        const verified = CATALOG[id!]?.helpUrlVerified === true;
        const help = links.find((a) => a.textContent === msg(verified ? 'label_official_help' : 'label_related_help'))!;
        expect(help, id!).toBeDefined();
        expect(new URL(help.getAttribute('href')!).protocol, id!).toBe('https:');
        const settings = links.find((a) => a.textContent === msg('label_open_settings'));
        if (CATALOG[id!]?.settingsUrl) {
          expect(settings, id!).toBeDefined();
          expect(new URL(settings!.getAttribute('href')!).protocol).toBe('https:');
        } else {
          // No web page has the setting (issue 27: Amazon Sidewalk): no button, a plain note instead.
          expect(settings, id!).toBeUndefined();
          expect(details.textContent).toContain(msg('label_no_web_setting'));
        }
        for (const a of links) expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noreferrer']);
      }
      // An Amazon account on amazon.de read in an English browser: Amazon help links are still Amazon's.
      for (const a of root.querySelectorAll('[data-account="amazon:amazon.de"] details a'))
        expect(new URL(a.getAttribute('href')!).hostname).toMatch(/(^|\.)amazon\.|(^|\.)ring\.com$|alexa/);
    });
  });

  describe('a big account', () => {
    // Issue 19.4: the popup lists a bounded number of device groups and links the rest to the report page.
    it(`lists ${MAX_GROUPS} device groups and says how many more the report page holds`, async () => {
      const body = fixtureJson('ring-devices.json') as { stickup_cams: { id: number; description: string }[] };
      const template = body.stickup_cams[0]!;
      body.stickup_cams = Array.from({ length: MAX_GROUPS + 20 }, (_, i) => ({ ...template, id: 80_000_000 + i, description: `Kamera ${i + 1}` }));
      const scan = { ...ringDeviceListOnly(body), scanId: 'big' };
      await storeScans(kit.browser.storage.local, [scan]);
      // What the popup must account for: the subjects with findings and the police paths of the same results.
      const expected = buildReport(scan.results, { t: bundledTranslator('en'), locale: 'en', toolVersion: 't', now: 'now' });
      const subjects = new Set(expected.findings.map((f) => (f.subject.type === 'account' ? 'account' : f.subject.name)));
      expect(subjects.size).toBeGreaterThan(MAX_GROUPS + 20 - 1);
      const root = await mount(kit, 'popup');
      const groups = root.querySelectorAll('[data-account^="ring:"] section.group');
      expect(groups.length).toBe(MAX_GROUPS);
      const more = root.querySelector('[data-testid="more-groups"]')!;
      // The groups not shown are counted, not lost.
      expect(Number(/\d+/.exec(more.textContent ?? '')?.[0])).toBe(subjects.size - MAX_GROUPS);
      expect(more.querySelector('a')!.getAttribute('href')).toContain('src/report-page/index.html');
      // Police paths too: the first cameras listed, the rest counted.
      expect(root.querySelectorAll('[data-testid="police-paths"] li[data-police-state]').length).toBe(MAX_GROUPS);
      const policeMore = root.querySelector('[data-testid="police-more"]')!;
      expect(Number(/\d+/.exec(policeMore.textContent ?? '')?.[0])).toBe((expected.policePaths ?? []).length - MAX_GROUPS);
    });

    it('a household account shows every device group and no "more" line', async () => {
      await storeScans(kit.browser.storage.local, fullAccount());
      const root = await mount(kit, 'popup');
      expect(root.querySelector('[data-testid="more-groups"]')).toBeNull();
    });
  });

  describe('long and hostile names', () => {
    const HOSTILE = '<img src=x onerror=alert(1)>';
    const SCRIPT = '</h3><script>window.__pwned = 1</script>';
    const LONG = 'Kamera'.repeat(1667).slice(0, 10_000);
    const RLO = '\u202Eexe.gnp Garten';

    beforeEach(async () => {
      const body = fixtureJson('ring-devices.json') as {
        doorbots: { description: string }[];
        stickup_cams: { description: string }[];
        authorized_doorbots: { description: string }[];
      };
      body.doorbots[0]!.description = HOSTILE;
      body.stickup_cams[0]!.description = LONG;
      body.stickup_cams[1]!.description = RLO;
      body.authorized_doorbots[0]!.description = SCRIPT;
      await storeScans(kit.browser.storage.local, [
        { ...ringDeviceListOnly(body), scanId: 'hostile' },
        {
          scanId: 'hostile-settings',
          service: 'ring',
          origin: RING_ORIGIN,
          results: ['70010001', '70010002', '70010003'].map((id) => readCapture(settingsCapture(id))),
        },
      ]);
    });

    // Issue 20.7: names are bounded to 200 characters when read (the full length in the suffix), so the long one is shown bounded.
    const SHOWN_LONG = boundName(LONG);

    it('renders them as text: no element is injected, the (bounded) name is there', async () => {
      const root = await mount(kit, 'popup');
      // Only the product's own elements: the header icon is the one image, no script, no handlers.
      expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['/icons/icon-32.png']);
      expect(root.querySelectorAll('script, iframe, object, embed, foreignObject, [onerror]')).toHaveLength(0);
      expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
      const text = root.textContent;
      expect(text).toContain(HOSTILE);
      expect(text).toContain(SCRIPT);
      expect(text).toContain(SHOWN_LONG);
      expect(SHOWN_LONG.endsWith('… [10000]')).toBe(true);
      // Findings about the hostile devices are shown under their names, as text.
      const titles = [...root.querySelectorAll('section.group > h3')].map((h) => h.textContent);
      expect(titles).toEqual(expect.arrayContaining([HOSTILE, SHOWN_LONG]));
      expect(root.querySelector(`[data-subject-name="${CSS.escape(HOSTILE)}"]`)).not.toBeNull();
      const long = [...root.querySelectorAll('section.group > h3')].find((h) => h.textContent === SHOWN_LONG)!;
      // The name is isolated in a <bdi> and nothing else.
      expect([...long.querySelectorAll('*')].map((e) => e.tagName.toLowerCase())).toEqual(['bdi']);
    });

    // Regression (found by review): a bidi override (U+202E) in a device name is rendered as is and not isolated, so it reverses the
    // product's own text after it (e.g. ": Ring can open this camera's videos" in the police-path summary and the
    // group heading). The data-flow picture strips bidi controls (DataFlow.tsx); the popup should do the same
    // (or wrap names in <bdi> / dir="auto"). Expected: no U+202A–U+202E / U+2066–U+2069 in rendered text, or every
    // element whose text holds one isolated by <bdi> or dir="auto".
    it('isolates or strips bidi overrides in page-derived names', async () => {
      const root = await mount(kit, 'popup');
      expect(root.textContent).toContain('exe.gnp Garten');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\u202a-\u202e\u2066-\u2069]/.test(node.textContent ?? '')) continue;
        const isolated = node.parentElement?.closest('bdi, [dir="auto"]');
        expect(isolated, `bidi control in <${node.parentElement?.tagName.toLowerCase()}> not isolated`).not.toBeNull();
      }
    });
  });
});

describe('popup in German', () => {
  const DE = de as Messages;
  const deMsg = (key: string) => DE[key]!.message;
  let root: HTMLElement;

  beforeAll(async () => {
    kit = await loadUi('de');
  });
  beforeEach(async () => {
    resetUi(kit);
  });

  it('empty: German text and the amazon.de Alexa Privacy link', async () => {
    root = await mount(kit, 'popup');
    const empty = root.querySelector('[data-testid="empty-state"]')!;
    expect(empty.textContent).toContain('Noch nichts gescannt.');
    expect([...empty.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Mein Ring-Konto öffnen', 'https://account.ring.com/account/dashboard'],
      ['Alexa-Datenschutz öffnen', 'https://www.amazon.de/alexa-privacy/apd/myad'],
    ]);
  });

  it('partial coverage: German hints', async () => {
    await storeScans(kit.browser.storage.local, [ringDeviceListOnly()]);
    root = await mount(kit, 'popup');
    const coverage = root.querySelector('[data-testid="coverage"]')!;
    expect(coverage.querySelector('h2')!.textContent).toBe('Was gelesen wurde');
    expect(coverage.textContent).toContain(deMsg('popup_settings_missing'));
    expect(coverage.textContent).toContain(deMsg('popup_control_center_missing'));
    expect(coverage.querySelector('[data-testid="control-center-missing"] a')!.textContent).toBe('Control Center öffnen');
  });

  describe('with both accounts', () => {
    beforeEach(async () => {
      await storeScans(kit.browser.storage.local, fullAccount());
      root = await mount(kit, 'popup');
    });

    it('shows summary, headings and finding titles in German', () => {
      expect(root.querySelector('h1')!.textContent).toBe('Alexposé');
      const titles = [...root.querySelectorAll('[data-testid="account"] > h2:first-child')].map((h) => h.textContent);
      expect(titles).toEqual(expect.arrayContaining(['Ring-Konto', 'Amazon und Alexa (amazon.de)']));
      for (const summary of root.querySelectorAll('[data-testid="summary"]'))
        expect(summary.textContent).toMatch(/^\d+ Geräte gelesen · \d+ Befunde · \d+ mit hohem Risiko$/);
      const h2 = [...root.querySelectorAll('h2')].map((h) => h.textContent);
      expect(h2).toEqual(
        expect.arrayContaining(['Befunde', 'Was gelesen wurde', 'Kann Ring Ihre Videos an die Polizei geben?', 'Alexa-Geräte und Smart Home']),
      );
      const e2ee = root.querySelector('[data-finding-id="ring.e2ee-off"]')!;
      expect(e2ee.querySelector('h4')!.textContent).toBe('Ring kann die Videos dieser Kamera öffnen');
      expect(e2ee.querySelector('.risk')!.textContent).toContain('Hohes Risiko');
      expect(e2ee.querySelector('.recipients')!.textContent).toContain('Wer es erhält:');
      expect(e2ee.querySelector('summary')!.textContent).toBe('Warum das zählt und wie Sie es abschalten');
      expect(e2ee.querySelector('h5')!.textContent).toBe('So schalten Sie das ab');
      expect([...root.querySelectorAll('section.group > h3')].map((h) => h.textContent)).toContain('Ganzes Konto');
      expect(root.querySelector('[data-testid="open-report"]')!.textContent).toBe(deMsg('popup_open_report'));
      // Every finding title is the German catalog text (titles with a $1 compared up to it).
      for (const card of root.querySelectorAll('article.finding')) {
        const key = `finding_${card.getAttribute('data-finding-id')!.replace(/[^A-Za-z0-9]/g, '_')}_title`;
        // A title may have its singular form (_one) or an account-wide form (_account).
        const forms = [key, `${key}_one`, `${key}_account`].filter((k) => DE[k] !== undefined).map((k) => deMsg(k).split('$')[0]!);
        expect(
          forms.some((head) => card.querySelector('h4')!.textContent.startsWith(head)),
          key,
        ).toBe(true);
      }
    });

    it('uses German help pages and the German Alexa region', () => {
      const amazonHelp = [...root.querySelectorAll('[data-account="amazon:amazon.de"] details a')].map((a) => new URL(a.getAttribute('href')!).hostname);
      expect(amazonHelp.length).toBeGreaterThan(0);
      expect(amazonHelp.filter((host) => host.endsWith('amazon.com'))).toEqual([]);
      const select = root.querySelector<HTMLSelectElement>('[data-testid="deep-scan"] select')!;
      expect(select.value).toBe('https://alexa.amazon.de');
    });

    it('lets no English message text through', () => {
      const text = root.textContent;
      expect(text).not.toContain('Who receives it');
      expect(text).not.toContain('Why it matters');
      // Every English message that differs from German, cut at its first placeholder, is absent.
      const leaks = Object.entries(EN)
        .map(([key, { message }]) => [key, message.split('$')[0]!.trim()] as const)
        .filter(([key, head]) => head.length >= 14 && head !== DE[key]?.message.split('$')[0]!.trim())
        .filter(([, head]) => text.includes(head));
      expect(leaks).toEqual([]);
    });
  });
});

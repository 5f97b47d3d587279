/**
 * Rendering the popup and the report page in a chosen UI language, over scans stored by the real pipeline.
 *
 * `src/ui/extension-i18n.ts` reads `i18n.getUILanguage()` once, when it is loaded. `loadUi` therefore loads
 * Preact and both apps afresh (`vi.resetModules`) with the locale set first. Tests then use only the kit's
 * `browser` (the fake the apps see), `h` and `render`, never statically imported ones, and call `resetUi`
 * before each test (setup.ts resets the statically imported fake only).
 */
import type { SourceResult } from '../../src/model/records.ts';
import type { Service } from '../../src/model/diagnostics.ts';
import type { StorageAreaLike } from '../../src/store/storage-area.ts';
import { ScanStore } from '../../src/store/scan-store.ts';
import { readCapture } from '../../src/sources/read-capture.ts';
import { readInput } from '../../src/cli/read-input.ts';
import { resetFakeBrowser, setFakeLocale, type FakeBrowser, type FakeLocale } from './fake-browser.ts';
import { NOW, alexaFixtureText, devicesCapture, fixtureText, harResults } from './fixtures.ts';

export interface UiKit {
  locale: FakeLocale;
  browser: FakeBrowser;
  h: typeof import('preact').h;
  render: typeof import('preact').render;
  App: typeof import('../../src/popup/App.tsx').App;
  ReportApp: typeof import('../../src/report-page/ReportApp.tsx').ReportApp;
}

export async function loadUi(locale: FakeLocale): Promise<UiKit> {
  vi.resetModules();
  setFakeLocale(locale);
  // The fake the freshly loaded apps import (the mocked polyfill), whichever copy of fake-browser.ts made it.
  const browser = (await import('webextension-polyfill')).default as unknown as FakeBrowser;
  const [{ h, render }, { App }, { ReportApp }] = await Promise.all([
    import('preact'),
    import('../../src/popup/App.tsx'),
    import('../../src/report-page/ReportApp.tsx'),
  ]);
  const kit = { locale, browser, h, render, App, ReportApp };
  resetUi(kit);
  return kit;
}

/** Empty storage, no listeners, the kit's language again. */
export function resetUi(kit: Pick<UiKit, 'browser' | 'locale'>): void {
  resetFakeBrowser(kit.browser);
  setFakeLocale(kit.locale);
}

const mounted = new Set<{ kit: UiKit; el: HTMLElement }>();

/** Renders the popup or the report page into a fresh container and waits until it has loaded (aria-busy="false"). */
export async function mount(kit: UiKit, which: 'popup' | 'report'): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.add({ kit, el });
  kit.render(kit.h(which === 'popup' ? kit.App : kit.ReportApp, null), el);
  await vi.waitFor(() => expect(el.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  return el;
}

export function unmountAll(): void {
  for (const m of mounted) {
    m.kit.render(null, m.el);
    m.el.remove();
  }
  mounted.clear();
}

/* ---------- Stored scans, built by the real readers and the real store ---------- */

export interface Scan {
  scanId: string;
  service: Service;
  origin: string;
  results: SourceResult[];
}

export const RING_ORIGIN = 'https://account.ring.com';
export const ALEXA_ORIGIN = 'https://alexa.amazon.de';
export const AMAZON_DE_ORIGIN = 'https://www.amazon.de';

/** Stores the scans one after the other; each gets its own minute, so the history is ordered. */
export async function storeScans(area: StorageAreaLike, scans: readonly Scan[]): Promise<void> {
  let minute = 0;
  const store = new ScanStore(area, () => new Date(Date.UTC(2026, 10, 21, 10, minute++)).toISOString());
  for (const scan of scans) await store.addResults(scan);
}

/** Only the Ring device list: no settings, no Control Center. */
export function ringDeviceListOnly(body?: unknown): Scan {
  return { scanId: 'ring-devices', service: 'ring', origin: RING_ORIGIN, results: [readCapture(body === undefined ? devicesCapture() : devicesCapture(body))] };
}

/** The Ring HAR (devices, settings, profile, locations, users, …). */
export function ringHar(): Scan {
  return { scanId: 'ring-har', service: 'ring', origin: RING_ORIGIN, results: harResults() };
}

/** Both saved Control Center pages (English and German), read as the CLI reads them. */
export function ringControlCenter(): Scan {
  const results = ['control-center-en.html', 'control-center-de.html'].flatMap((name) => readInput(name, fixtureText(name), NOW));
  return { scanId: 'ring-control-center', service: 'ring', origin: RING_ORIGIN, results };
}

export function alexaDeepScan(): Scan {
  return {
    scanId: 'alexa-deep',
    service: 'alexa',
    origin: ALEXA_ORIGIN,
    results: readInput('alexa-deep-scan.har', alexaFixtureText('alexa-deep-scan.har'), NOW),
  };
}

/** Alexa Privacy (retention, voice recordings), skill permissions and Login-with-Amazon apps on amazon.de. */
export function amazonPages(): Scan {
  const names = ['alexa-privacy-myad-de.html', 'alexa-privacy-skill-permissions-de.html', 'apps-with-access-de.html'];
  return {
    scanId: 'amazon-pages',
    service: 'amazon',
    origin: AMAZON_DE_ORIGIN,
    results: names.flatMap((name) => readInput(name, alexaFixtureText(name), NOW)),
  };
}

/** Everything the fixtures hold: a Ring account and an Amazon/Alexa account on amazon.de. */
export function fullAccount(): Scan[] {
  return [ringHar(), ringControlCenter(), alexaDeepScan(), amazonPages()];
}

export const RISK_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;
export type RiskName = keyof typeof RISK_ORDER;

/** The risk a rendered finding card shows, from its marker's class. */
export function cardRisk(card: Element): RiskName {
  const cls = card.querySelector('.risk')?.getAttribute('class') ?? '';
  const m = /\brisk--(high|medium|low|info)\b/.exec(cls);
  if (!m) throw new Error(`finding card without a risk marker: ${card.getAttribute('data-finding-id')}`);
  return m[1] as RiskName;
}

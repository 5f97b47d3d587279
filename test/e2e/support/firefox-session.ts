import puppeteer, { type Browser } from 'puppeteer-core';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startFixtureSite, MAPPED_HOSTS, type FixtureServer } from './fixture-site.ts';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';
import { FIREFOX } from './browsers.ts';
import { GECKO_ID } from '../../../manifest.config.ts';

export interface FirefoxSession {
  server: FixtureServer;
  proxy: RecordingProxy;
  firefox: Browser;
  /** The add-on's internal UUID, pinned so its pages open by URL: `moz-extension://<uuid>/…`. */
  uuid: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** A browser without the extension (then `uuid` names no add-on). */
  withoutExtension?: boolean;
  /**
   * Browser UI language. German needs Debian's firefox-esr-l10n-de, a language pack in the application scope
   * (`/usr/lib/firefox-esr/browser/extensions`): that scope is enabled and not auto-disabled in the fresh profile.
   */
  language?: 'de';
}

/** Prefs that make a fresh profile run Firefox, and so `browser.i18n`, in German. */
const GERMAN_PREFS = {
  'intl.locale.requested': 'de',
  'extensions.enabledScopes': 5, // profile (1) + application (4), where Debian puts the language pack
  'extensions.autoDisableScopes': 0,
};

/**
 * Debian's Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on, the fixture
 * server behind the recording proxy (set through the proxy prefs), and any extra prefs a test needs.
 */
export async function startFirefoxSession(extraPrefs: Record<string, string | number | boolean> = {}, options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const server = await startFixtureSite();
  const proxy = await startRecordingProxy(MAPPED_HOSTS, server.port);
  const uuid = randomUUID();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...(options.language === 'de' ? GERMAN_PREFS : {}),
      ...extraPrefs,
    },
  });
  if (!options.withoutExtension) await firefox.installExtension(resolve('dist/firefox'));
  return {
    server,
    proxy,
    firefox,
    uuid,
    close: async () => {
      await firefox.close();
      await proxy.close();
      await server.close();
    },
  };
}

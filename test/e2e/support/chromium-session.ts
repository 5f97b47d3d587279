import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureSite, MAPPED_HOSTS, type FixtureServer } from './fixture-site.ts';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';
import { CHROMIUM } from './browsers.ts';

export interface ChromiumSession {
  server: FixtureServer;
  proxy: RecordingProxy;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** The unpacked extension to load; the Chrome build by default. */
  extension?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Developer mode, as for anyone who loads the unpacked build: needed to reload it (Chromium 137+ disables it otherwise). */
  developerMode?: boolean;
  /** Extra fixture routes, set before the browser starts. */
  prepareServer?(server: FixtureServer): void;
  /** A browser without the extension, for comparing what a page sees (then `worker` and `extensionId` are unusable). */
  withoutExtension?: boolean;
  /** Browser UI language. German needs Debian's chromium-l10n; Chromium picks it from the environment. */
  language?: 'de';
}

/**
 * Debian's Chromium with the extension loaded on a fresh profile, a fixture server answering as the account
 * hosts, and the recording proxy as the browser's only way out (every host it asks for is logged).
 */
export async function startChromiumSession(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const server = await startFixtureSite();
  options.prepareServer?.(server);
  const proxy = await startRecordingProxy(MAPPED_HOSTS, server.port);
  const profile = mkdtempSync(join(tmpdir(), 'alexpose-chromium-'));
  if (options.developerMode) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const extension = options.extension ?? resolve('dist/chrome');
  const german = options.language === 'de';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(german ? { locale: 'de-DE', env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } } : {}),
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: options.viewport ?? { width: 420, height: 900 },
    args: [
      ...(german ? ['--lang=de-DE'] : []),
      ...(options.withoutExtension ? [] : [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]),
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = options.withoutExtension ? (undefined as unknown as Worker) : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  return {
    server,
    proxy,
    context,
    worker,
    extensionId: options.withoutExtension ? '' : new URL(worker.url()).host,
    close: async () => {
      await context.close();
      await proxy.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

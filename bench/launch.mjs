// Headless Chromium on a throwaway profile, set up as the e2e test does (test/e2e/chromium.e2e.test.ts):
// every connection through the recording proxy, the fixture certificate accepted, no background traffic.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './load-ts.mjs';

export const EXTENSION = resolve(ROOT, 'dist/chrome');

/** Returns { context, extensionId (null without extension), close }. */
export async function launch({ executablePath, proxyPort, withExtension }) {
  const profile = mkdtempSync(join(tmpdir(), 'alexpose-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : []),
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
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
  let extensionId = null;
  let worker = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  let closed = false;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/* global chrome */
// Figure 8, the store's own time: a generated account imported in the report page as a HAR (the report page reads
// it with the CLI's readers and hands the results to the background, which stores them: the path the issue's
// "import the same 10k-device HAR" takes). Unlike the live page, nothing here waits for a server: the time is
// reading, parsing, messaging and storing, from choosing the file to the page saying it is stored.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './launch.mjs';
import { accountHar, ringAccount } from './generate.mjs';
import { STORED_COUNTS } from './worker-heap.mjs';

/** Imports a `devices`-device account with every owned camera's settings; returns seconds, bytes, settings stored. */
export async function importAccount(harness, devices) {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-import-'));
  const account = ringAccount(devices);
  const file = join(dir, `ring-${devices}.har`);
  writeFileSync(file, JSON.stringify(accountHar(account)));
  // No page is loaded from a server; the proxy is there so that nothing could leave the machine.
  const proxy = await harness.startRecordingProxy(harness.MAPPED_HOSTS, 9);
  const ext = await launch({ executablePath: harness.CHROMIUM, proxyPort: proxy.port, withExtension: true });
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/report-page/index.html`);
    await page.waitForSelector('[data-testid="import"] input[type="file"]');
    const started = performance.now();
    await page.setInputFiles('[data-testid="import"] input[type="file"]', file);
    await page.waitForFunction(() => (document.querySelector('[data-testid="import-status"]')?.textContent ?? '') !== '', null, { timeout: 180_000 });
    const seconds = (performance.now() - started) / 1000;
    const status = await page.textContent('[data-testid="import-status"]');
    const counts = await ext.worker.evaluate(STORED_COUNTS);
    const bytes = await ext.worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
    return { seconds, bytes, status, settings: counts['ring.device-settings'] ?? 0, expected: account.settings.length };
  } finally {
    await ext.close();
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Figures 5–7 in headless Chromium: sets up the e2e harness once (fixture server + recording proxy), two
// browsers for the with/without comparison, then the popup, then a fresh browser for the memory figure.
import { existsSync } from 'node:fs';
import { launch } from './launch.mjs';
import { pageLoadRows, SETTLE_MS } from './page-load.mjs';
import { contentCpuRows } from './content-cpu.mjs';
import { popupRows } from './popup-paint.mjs';
import { workerHeapRows } from './worker-heap.mjs';
import { row } from './stats.mjs';

const PAGES = [
  { label: 'dashboard', url: 'https://account.ring.com/account/dashboard', appLoaded: true },
  { label: 'Control Center', url: 'https://account.ring.com/account/control-center', appLoaded: false },
];

export async function browserRows(harness, section, { withSettings = false } = {}) {
  if (!existsSync(harness.CHROMIUM)) {
    for (const n of [5, 6, 7]) section(n, [row(`skipped: ${harness.CHROMIUM} is not installed (apt-get install chromium)`, 'n/a')]);
    return;
  }
  const server = await harness.startFixtureServer();
  // The dashboard's own script loads the whole account, as the stand-in did when the earlier figures were taken.
  server.dashboardApp = 'everything';
  const proxy = await harness.startRecordingProxy(harness.MAPPED_HOSTS, server.port);
  const withExt = await launch({ executablePath: harness.CHROMIUM, proxyPort: proxy.port, withExtension: true });
  const without = await launch({ executablePath: harness.CHROMIUM, proxyPort: proxy.port, withExtension: false });
  try {
    const loads = await pageLoadRows({ withExt, without, pages: PAGES });
    section(5, [...loads, ...(await contentCpuRows(withExt, PAGES, SETTLE_MS))]);
    await without.close(); // the popup and memory figures run without a second browser competing for the 2 cores
    const popup = await popupRows(withExt, harness);
    // As in the e2e test: the proxy is the only way out, and its log shows what the browsers asked for.
    const stray = harness.unexpectedHosts(proxy.hosts, harness.MAPPED_HOSTS);
    popup.push(
      row(
        'hosts contacted besides account.ring.com',
        stray.length === 0 ? 'none' : stray.join(', '),
        '—',
        undefined,
        'browser-own update hosts are refused by the proxy and not counted',
      ),
    );
    section(6, popup);
  } finally {
    await without.close();
    await withExt.close();
    await proxy.close();
    await server.close();
  }
  section(7, await workerHeapRows(harness, { withSettings }));
}

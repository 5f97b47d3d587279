/** Content script on account.ring.com: the shared collector, plus "Scan now" on the user's click. */
import { CONTROL_CENTER_PATH, ringEndpointOf } from '../sources/ring/endpoints.ts';
import { extractNextData } from '../sources/extract-page-state.ts';
import type { ScanProgress } from '../model/scan-now.ts';
import { startCollector } from './page-collector.ts';
import { findCsrfToken, scanNow } from './scan-now.ts';

let scanning = false;

startCollector({
  isKnownEndpoint: (url) => ringEndpointOf(url.pathname) !== null,
  readsOutline: (pathname) => CONTROL_CENTER_PATH.test(pathname),
  onExtensionMessage: (message, { queue, flush, runtime, pageToken }) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'alexpose/scan-now') return undefined;
    if (scanning) return Promise.resolve({ started: false });
    scanning = true;
    const report = (p: Omit<ScanProgress, 'type'>) => {
      if (p.state !== 'running') flush();
      if (runtime?.id) runtime.sendMessage({ type: 'alexpose/scan-progress', ...p } satisfies ScanProgress).catch(() => undefined);
    };
    // The token the page itself sends (observer memory), else a meta tag or page-state key. Used for this scan only.
    const fallback = () => {
      const state = extractNextData(document);
      return findCsrfToken(document, 'body' in state ? state.body : null);
    };
    void pageToken()
      .then((token) => scanNow({ csrfToken: token ?? fallback(), deliver: queue, report }))
      .catch(() => report({ done: 0, total: 0, state: 'failed' }))
      .finally(() => {
        scanning = false;
      });
    return Promise.resolve({ started: true });
  },
});

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
  onExtensionMessage: (message, { queue, flush, runtime }) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'alexpose/scan-now') return undefined;
    if (scanning) return Promise.resolve({ started: false });
    scanning = true;
    const report = (p: Omit<ScanProgress, 'type'>) => {
      if (p.state !== 'running') flush();
      if (runtime?.id) runtime.sendMessage({ type: 'alexpose/scan-progress', ...p } satisfies ScanProgress).catch(() => undefined);
    };
    const state = extractNextData(document);
    void scanNow(findCsrfToken(document, 'body' in state ? state.body : null), queue, report).finally(() => {
      scanning = false;
    });
    return Promise.resolve({ started: true });
  },
});

/** Content script on account.ring.com: the shared collector, plus "Scan now" on the user's click. */
import { CONTROL_CENTER_PATH, RING_ENDPOINTS, ringEndpointOf } from '../sources/ring/endpoints.ts';
import type { ScanProgress } from '../model/messages.ts';
import { logError } from '../model/log-error.ts';
import { startCollector, type Collector } from './page-collector.ts';
import { findCsrfToken, scanNow } from './scan-now.ts';

let scanning = false;

startCollector({
  isKnownEndpoint: (url) => ringEndpointOf(url.pathname) !== null,
  observedPaths: Object.values(RING_ENDPOINTS),
  readsOutline: (pathname) => CONTROL_CENTER_PATH.test(pathname),
  handlers: { 'alexpose/scan-now': (_request, collector) => startScan(collector) },
});

/** Scan now, one at a time; the answer says only whether it started (progress follows as messages). */
function startScan({ queue, flush, runtime, pageToken }: Collector): Promise<{ started: boolean }> {
  if (scanning) return Promise.resolve({ started: false });
  scanning = true;
  const report = (p: Omit<ScanProgress, 'type'>) => {
    if (p.state !== 'running') flush();
    // With the popup closed nobody listens: that "Receiving end does not exist" is quiet in logError.
    if (runtime?.id)
      runtime.sendMessage({ type: 'alexpose/scan-progress', ...p } satisfies ScanProgress).catch((error: unknown) => logError('scan now: progress', error));
  };
  // The token the page itself sends (observer memory), else a meta tag or page-state key. Used for this scan only.
  void pageToken()
    .then((token) => scanNow({ csrfToken: token ?? findCsrfToken(document), deliver: queue, report }))
    .catch((error: unknown) => {
      logError('scan now', error);
      report({ done: 0, total: 0, state: 'failed' });
    })
    .finally(() => {
      scanning = false;
    });
  return Promise.resolve({ started: true });
}

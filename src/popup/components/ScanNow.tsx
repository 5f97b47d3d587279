import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { ScanProgressSchema, type ScanEndState, type ScanNowRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { t } from '../../ui/extension-i18n.ts';
import { ScanStatusLine, statusOfProgress, type ScanStatus } from '../../ui/components/ScanStatus.tsx';
import { SCAN_NOW_EVENT, useRingTab } from './use-ring-tab.ts';

/** What the user reads at the end of a scan: what happened and what to do next. */
const END_MESSAGE: Record<ScanEndState, string> = {
  finished: 'popup_scan_finished',
  'session-expired': 'popup_scan_session_expired',
  'no-credentials': 'popup_scan_no_credentials',
  'signed-out': 'popup_scan_signed_out',
  'rate-limited': 'popup_scan_rate_limited',
  unreachable: 'popup_scan_unreachable',
  failed: 'popup_scan_failed',
};

/**
 * "Scan now" for the Ring tab the user last looked at. Host permission for the account origin is enough
 * to find that tab; nothing is requested until the button is pressed.
 */
export function ScanNow() {
  const tabId = useRingTab();
  const [status, setStatus] = useState<ScanStatus>({ kind: 'idle' });

  useEffect(() => {
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (!v.is(ScanProgressSchema, message) || sender.tab?.id !== tabId) return undefined;
      setStatus(statusOfProgress(message, END_MESSAGE));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  const start = () => {
    if (tabId === null) return;
    setStatus({ kind: 'running', done: 0, total: 0 });
    browser.tabs
      .sendMessage(tabId, { type: 'alexpose/scan-now' } satisfies ScanNowRequest)
      .catch((error: unknown) => (logError('popup: scan now', error), setStatus({ kind: 'ended', message: t('popup_scan_no_page') })));
  };

  // The grade line's own Scan now (issue 28): the same scan, its progress shown here.
  useEffect(() => {
    const onRequest = () => {
      start();
      document.getElementById('scan-now')?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener(SCAN_NOW_EVENT, onRequest);
    return () => window.removeEventListener(SCAN_NOW_EVENT, onRequest);
  });

  if (tabId === null) return null;
  return (
    <section class="scan-now" id="scan-now" data-testid="scan-now">
      <button type="button" class="button button--primary" onClick={start} disabled={status.kind === 'running'}>
        {t('popup_scan_now')}
      </button>
      <span class="muted"> {t('popup_scan_hint')}</span>
      <ScanStatusLine status={status} testId="scan-status" />
    </section>
  );
}

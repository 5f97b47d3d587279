import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DeepScanProgressSchema, type DeepScanProgress } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { ALEXA_API_ORIGINS } from '../../model/marketplaces.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import { ScanStatusLine, statusOfProgress, type ScanStatus } from '../../ui/components/ScanStatus.tsx';

const MESSAGE: Record<Exclude<DeepScanProgress['state'], 'running'>, string> = {
  finished: 'popup_deep_scan_finished',
  refused: 'popup_deep_scan_refused',
  'rate-limited': 'popup_deep_scan_rate_limited',
  failed: 'popup_deep_scan_failed',
};

/**
 * The Alexa deep scan: the optional host permission for one Alexa region is asked for in this click,
 * then the background reads that origin's Alexa app API. Nothing is requested before.
 */
export function DeepScan() {
  const [origin, setOrigin] = useState<string>(uiLocale === 'de' ? 'https://alexa.amazon.de' : 'https://alexa.amazon.com');
  const [status, setStatus] = useState<ScanStatus>({ kind: 'idle' });

  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (!v.is(DeepScanProgressSchema, message)) return undefined;
      setStatus(statusOfProgress(message, MESSAGE));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const start = async () => {
    // permissions.request must run in the click's own turn, before anything is awaited.
    const granted = await browser.permissions
      .request({ origins: [`${origin}/*`] })
      .catch((error: unknown) => (logError('popup: deep scan access', error), false));
    if (!granted) return setStatus({ kind: 'ended', message: t('popup_deep_scan_declined') });
    setStatus({ kind: 'running', done: 0, total: 0 });
    await browser.runtime
      .sendMessage({ type: 'alexpose/deep-scan', origin })
      .catch((error: unknown) => (logError('popup: deep scan', error), setStatus({ kind: 'ended', message: t('popup_deep_scan_failed') })));
  };

  return (
    <section class="deep-scan" data-testid="deep-scan">
      <h2>{t('popup_deep_scan_heading')}</h2>
      <p class="muted">{t('popup_deep_scan_hint')}</p>
      <label>
        {t('popup_deep_scan_region')}{' '}
        <select value={origin} onChange={(e) => setOrigin(e.currentTarget.value)} disabled={status.kind === 'running'}>
          {ALEXA_API_ORIGINS.map((o) => (
            <option key={o} value={o}>
              {new URL(o).hostname}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        class="button button--primary"
        onClick={() => void start().catch((error: unknown) => logError('popup: deep scan', error))}
        disabled={status.kind === 'running'}
      >
        {t('popup_deep_scan_button')}
      </button>
      <ScanStatusLine status={status} testId="deep-scan-status" />
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readPopupSummary, summaryContext, type PopupSummary } from '../store/popup-summary.ts';
import { uiLocale } from '../ui/extension-i18n.ts';
import { logError } from '../model/log-error.ts';

/**
 * The background's summary of the first screen, read once when the popup opens: undefined while reading, null
 * when there is none to trust (missing, invalid, older than the store): the popup then waits for the full reports.
 */
export function usePopupSummary(): PopupSummary | null | undefined {
  const [summary, setSummary] = useState<PopupSummary | null | undefined>(undefined);
  useEffect(() => {
    readPopupSummary(browser.storage.local, summaryContext(uiLocale, browser.runtime.getManifest().version)).then(setSummary, (error: unknown) => {
      logError('popup: read summary', error);
      setSummary(null);
    });
  }, []);
  return summary;
}

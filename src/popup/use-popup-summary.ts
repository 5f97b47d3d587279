import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { storageArea } from '../store/browser-storage.ts';
import { readPopupSummary, summaryContext, type PopupSummary } from '../store/popup-summary.ts';
import { uiLocale } from '../ui/extension-i18n.ts';
import { logError } from '../model/log-error.ts';

/** Reads the background's summary of the first screen; null when there is none to trust (missing, invalid, older than the store). */
export function readSummary(): Promise<PopupSummary | null> {
  return readPopupSummary(storageArea(), summaryContext(uiLocale, browser.runtime.getManifest().version)).catch((error: unknown) => {
    logError('popup: read summary', error);
    return null;
  });
}

/**
 * The summary: undefined while reading, null when there is none to trust (the popup then waits for the full
 * reports). `started`: a read begun before the first render (main.tsx), so that it overlaps that render.
 */
export function usePopupSummary(started?: Promise<PopupSummary | null>): PopupSummary | null | undefined {
  const [summary, setSummary] = useState<PopupSummary | null | undefined>(undefined);
  // Subscribed before the first paint (a layout effect): the answer renders in the next frame, not one later.
  useLayoutEffect(() => {
    let live = true;
    void (started ?? readSummary()).then((s) => live && setSummary(s));
    return () => {
      live = false;
    };
  }, []);
  return summary;
}

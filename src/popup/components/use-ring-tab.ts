import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

const RING_TABS = 'https://account.ring.com/*';

/** Sent on `window` to start Scan now from elsewhere in the popup (the grade line), handled by ScanNow. */
export const SCAN_NOW_EVENT = 'alexpose:scan-now';

export const requestScanNow = (): void => void window.dispatchEvent(new Event(SCAN_NOW_EVENT));

/** The Ring tab the user last looked at, or null: host permission for the account origin is enough to find it. */
export function useRingTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void browser.tabs.query({ url: RING_TABS }).then((tabs) => {
      const latest = tabs.filter((tab) => tab.id !== undefined).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      setTabId(latest?.id ?? null);
    });
  }, []);
  return tabId;
}

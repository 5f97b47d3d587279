/**
 * Background entry (service worker in Chrome, event page in Firefox). Listeners are registered on the
 * first tick, because the worker is stopped and restarted at will; no state lives in memory.
 */
import browser from 'webextension-polyfill';
import { ScanStore } from '../store/scan-store.ts';
import { handleSnapshot } from './handle-snapshot.ts';
import { handleDeepScan } from './handle-deep-scan.ts';
import { highRiskCount, showBadge } from './badge.ts';

const store = new ScanStore(browser.storage.local);

async function refreshBadge(): Promise<void> {
  const { state } = await store.load();
  await showBadge(browser.action, highRiskCount(state));
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'alexpose/deep-scan') {
    return handleDeepScan(message, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL(''),
      store,
      fetch: (input, init) => fetch(input, init),
      hasAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      report: (progress) => void browser.runtime.sendMessage(progress).catch(() => undefined),
      newScanId: () => crypto.randomUUID(),
    }).then((state) => ({ state }));
  }
  // Snapshots from content scripts; other messages (scan progress) are not the background's business.
  if (type !== 'alexpose/snapshot') return undefined;
  return handleSnapshot(message, sender, browser.runtime.id, store)
    .then(async (state) => {
      if (state) await showBadge(browser.action, highRiskCount(state));
      return { accepted: state !== null };
    })
    .catch(() => ({ accepted: false }));
});

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') void refreshBadge();
});
browser.runtime.onStartup.addListener(() => void refreshBadge());
browser.runtime.onInstalled.addListener(() => void refreshBadge());

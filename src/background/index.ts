/**
 * Background entry (service worker in Chrome, event page in Firefox). Listeners are registered on the
 * first tick, because the worker is stopped and restarted at will; no state lives in its memory.
 */
import browser from 'webextension-polyfill';
import { ScanStore } from '../store/scan-store.ts';
import { handleSnapshot } from './handle-snapshot.ts';
import { handleDeepScan } from './handle-deep-scan.ts';
import { csrfFromAmazonTab } from './amazon-csrf.ts';
import { refreshBadge } from './refresh-badge.ts';
import { ALERTS_KEY } from '../store/seen.ts';

const store = new ScanStore(browser.storage.local);

/** How many changes the last notification covered; session storage survives the worker's restarts, not the browser's. */
const NOTIFIED_KEY = 'alexpose.notified';

/** Badge from storage; with alerts on, one notification when the number of changes for the worse grows. */
async function refresh(): Promise<void> {
  const { worse } = await refreshBadge(browser.storage.local, browser.action);
  const alerts = (await browser.storage.local.get(ALERTS_KEY))[ALERTS_KEY] === true;
  const notified = Number((await browser.storage.session.get(NOTIFIED_KEY))[NOTIFIED_KEY] ?? 0);
  if (worse !== notified) await browser.storage.session.set({ [NOTIFIED_KEY]: worse });
  if (alerts && worse > notified && browser.notifications) {
    await browser.notifications.create('alexpose-changes', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: browser.i18n.getMessage('extName'),
      // Counted message: singular and plural forms through the UI language's plural rules.
      message: browser.i18n.getMessage(new Intl.PluralRules(browser.i18n.getUILanguage()).select(worse) === 'one' ? 'notification_changes_one' : 'notification_changes', [String(worse)]),
    });
  }
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
      csrf: (origin) => csrfFromAmazonTab(origin, browser.tabs),
      report: (progress) => void browser.runtime.sendMessage(progress).catch(() => undefined),
      newScanId: () => crypto.randomUUID(),
    }).then((state) => ({ state }));
  }
  // Snapshots from content scripts; other messages (scan progress) are not the background's business.
  if (type !== 'alexpose/snapshot') return undefined;
  return handleSnapshot(message, sender, browser.runtime.id, store)
    .then((state) => ({ accepted: state !== null }))
    .catch(() => ({ accepted: false }));
});

// Every stored scan, seen-mark and erase passes through storage: one place recomputes the badge.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') void refresh();
});
browser.runtime.onStartup.addListener(() => void refresh());
browser.runtime.onInstalled.addListener(() => void refresh());

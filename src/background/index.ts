/**
 * Background entry (service worker in Chrome, event page in Firefox). Listeners are registered on the
 * first tick, because the worker is stopped and restarted at will; no state lives in its memory.
 */
import browser from 'webextension-polyfill';
import { ScanStore } from '../store/scan-store.ts';
import { handleCaptureBatch } from './handle-capture-batch.ts';
import { handleDeepScan, type DeepScanDeps } from './handle-deep-scan.ts';
import { csrfFromAmazonTab } from './amazon-csrf.ts';
import { refreshBadge } from './refresh-badge.ts';
import { refreshPopupSummary } from './refresh-popup-summary.ts';
import { clearPopupSummary, onlyPopupSummaryChanged } from '../store/popup-summary.ts';
import { STORE_BUDGET_BYTES } from '../store/schema.ts';
import { loadNoHistory } from '../store/no-history.ts';
import { localQuotaBytes, onAreaChanged, storageArea } from '../store/browser-storage.ts';
import { alertsItem, noHistoryItem, notifiedItem } from '../store/browser-items.ts';
import { handleImport } from './handle-import.ts';
import { messageListener, type MessageHandlers, type RefusalAnswers } from '../model/dispatch-messages.ts';
import { MessageSchema, type CaptureBatch, type CaptureBatchAnswer } from '../model/messages.ts';
import { logError } from '../model/log-error.ts';

/**
 * The one writer of scans. With `unlimitedStorage` (Chrome) the store keeps to its own budget; without it, to
 * storage.local's quota. Either way it checks before writing and says what it could not keep.
 */
const unlimited = browser.runtime.getManifest().permissions?.includes('unlimitedStorage') === true;
const quota = localQuotaBytes();
const ownBudget = unlimited || !quota;
const store = new ScanStore(storageArea(), undefined, {
  quotaBytes: ownBudget ? STORE_BUDGET_BYTES : quota,
  usage: ownBudget ? 'index' : 'browser',
  keepNoHistory: () => loadNoHistory(),
});

/** The popup's first screen, kept ready; a failure leaves none (the popup then builds everything itself). */
async function refreshSummary(): Promise<void> {
  await refreshPopupSummary(storageArea(), {
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key,
    uiLanguage: browser.i18n.getUILanguage(),
    toolVersion: browser.runtime.getManifest().version,
  }).catch(async (error: unknown) => {
    logError('background: popup summary', error);
    await clearPopupSummary(storageArea());
  });
}

/** Badge from storage; with alerts on, one notification when the number of changes for the worse grows (`notifiedItem`); then the popup summary. */
async function refresh(): Promise<void> {
  const { worse } = await refreshBadge(storageArea(), browser.action);
  const alerts = await alertsItem.get();
  const notified = await notifiedItem.get();
  if (worse !== notified) await notifiedItem.set(worse);
  if (alerts && worse > notified && browser.notifications) {
    await browser.notifications.create('alexpose-changes', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: browser.i18n.getMessage('extName'),
      // Counted message: singular and plural forms through the UI language's plural rules.
      message: browser.i18n.getMessage(
        new Intl.PluralRules(browser.i18n.getUILanguage()).select(worse) === 'one' ? 'notification_changes_one' : 'notification_changes',
        [String(worse)],
      ),
    });
  }
  // After the badge and the notification, which it must not delay.
  await refreshSummary();
}

const deepScanDeps: DeepScanDeps = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  store,
  fetch: (input, init) => fetch(input, init),
  hasAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  csrf: (origin) => csrfFromAmazonTab(origin, browser.tabs),
  // With the popup closed nobody listens: that "Receiving end does not exist" is quiet in logError.
  report: (progress) => void browser.runtime.sendMessage(progress).catch((error: unknown) => logError('background: deep scan progress', error)),
  newScanId: () => crypto.randomUUID(),
};

/** Content scripts send captures; extension pages start a deep scan or an import. Progress messages are the popup's. */
const handlers: MessageHandlers<browser.Runtime.MessageSender> = {
  'alexpose/deep-scan': (message, sender) => handleDeepScan(message, sender, deepScanDeps).then((state) => ({ state })),
  'alexpose/import': (message, sender) =>
    handleImport(message, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL(''),
      store,
      newScanId: () => crypto.randomUUID(),
    }).then(
      (outcome) => outcome ?? { refused: true },
      (error: unknown) => (logError('background: import', error), { stored: 0, notStored: 1 }),
    ),
  'alexpose/snapshot': (message, sender) => storeCaptureBatch(message, sender),
};

/** A malformed message of a type the background handles gets the same answer as a refused sender. */
const refusals: RefusalAnswers = {
  'alexpose/deep-scan': { state: null },
  'alexpose/import': { refused: true },
  'alexpose/snapshot': { accepted: false, stored: false, retry: false } satisfies CaptureBatchAnswer,
};

const onMessage = messageListener(MessageSchema, handlers, refusals);
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => onMessage(message, sender));

function storeCaptureBatch(batch: CaptureBatch, sender: browser.Runtime.MessageSender): Promise<CaptureBatchAnswer> {
  lastBatchAt = Date.now();
  batchesInFlight++;
  return (
    handleCaptureBatch(batch, sender, browser.runtime.id, store)
      // A failed write (the worker stopping mid-write, say) is worth sending again; a full store is not (it said so).
      .then((outcome): CaptureBatchAnswer => ({ accepted: outcome !== null, stored: outcome?.stored === true, retry: outcome?.problem === 'write-failed' }))
      .catch((error: unknown): CaptureBatchAnswer => (logError('background: store captures', error), { accepted: false }))
      .finally(() => {
        batchesInFlight--;
        lastBatchAt = Date.now();
      })
  );
}

/**
 * The badge reads the whole store: recomputing it on every batch would make storing a big account cost
 * batches × store. So changes are coalesced: one recomputation after the writes have paused, at most one at a time.
 */
const REFRESH_DELAY_MS = 400;
/** While capture batches keep arriving (a big account streaming in), the badge waits: each recomputation reads everything. */
const WRITES_QUIET_MS = 2500;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<void> | null = null;
let lastBatchAt = 0;
let batchesInFlight = 0;
function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    if (refreshing || batchesInFlight > 0 || Date.now() - lastBatchAt < WRITES_QUIET_MS) return refreshSoon();
    refreshing = refresh()
      .catch((error: unknown) => logError('background: badge', error))
      .finally(() => {
        refreshing = null;
      });
  }, REFRESH_DELAY_MS);
}

// "Keep no history" turned on: the history kept so far goes at once, not only at the next scan.
noHistoryItem.onChanged((on) => {
  if (on) void store.keepNoHistory().catch((error: unknown) => logError('background: keep no history', error));
});
// Every stored scan, seen-mark and erase passes through storage: one place recomputes the badge.
onAreaChanged('local', (changes) => {
  // Writing the popup's summary is no change of what it summarises.
  if (!onlyPopupSummaryChanged(changes)) refreshSoon();
});
const refreshNow = () => void refresh().catch((error: unknown) => logError('background: badge', error));
browser.runtime.onStartup.addListener(refreshNow);
browser.runtime.onInstalled.addListener(refreshNow);

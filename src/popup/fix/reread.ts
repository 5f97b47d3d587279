import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DeepScanProgressSchema, ScanProgressSchema, type ScanNowRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import type { SummaryAction } from '../../model/report-summary.ts';
import { onAreaChanged } from '../../store/browser-storage.ts';
import { fixProgressItem } from '../../store/browser-items.ts';

export type Reread = { ok: true } | { ok: false; reasonKey: string };

const RING_TABS = 'https://account.ring.com/*';
const RUN_TIMEOUT_MS = 120_000;
const PAGE_TIMEOUT_MS = 90_000;

/** Alexa API origin of an Amazon marketplace (amazon.de → alexa.amazon.de; the rest use .com unless .co.uk). */
function alexaOrigin(site: string): string {
  const host = new URL(site).hostname;
  return host.endsWith('amazon.de') ? 'https://alexa.amazon.de' : host.endsWith('amazon.co.uk') ? 'https://alexa.amazon.co.uk' : 'https://alexa.amazon.com';
}

/** Resolves with the end state of a Scan now / deep scan run, reported by the existing progress messages. */
function runEnd(schema: typeof ScanProgressSchema | typeof DeepScanProgressSchema, tabId: number | null): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done('failed'), RUN_TIMEOUT_MS);
    const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (!v.is(schema, message) || message.state === 'running') return undefined;
      if (tabId !== null && sender.tab?.id !== tabId) return undefined;
      done(message.state);
      return undefined;
    };
    const done = (state: string) => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(listener);
      resolve(state);
    };
    browser.runtime.onMessage.addListener(listener);
  });
}

/** Resolves when the stored scans change (a page the user opened was read), or false after the timeout. */
function nextStoredScan(): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), PAGE_TIMEOUT_MS);
    // Any stored key but the fix progress this check writes itself.
    const stop = onAreaChanged('local', (changes) => {
      if (Object.keys(changes).some((k) => k !== fixProgressItem.key)) done(true);
    });
    const done = (changed: boolean) => {
      clearTimeout(timer);
      stop();
      resolve(changed);
    };
  });
}

const END_REASON: Record<string, string> = {
  'session-expired': 'fix_reason_session',
  refused: 'fix_reason_refused',
  'rate-limited': 'fix_reason_rate_limited',
  failed: 'fix_reason_failed',
};

/**
 * Re-reads the setting behind an action with the existing messages: Scan now in the Ring tab for Ring,
 * the deep scan for Alexa devices, and for Amazon's own pages the exact page, opened for the content script.
 * Must be called straight from the click (the deep scan's permission request needs the user's gesture).
 */
export async function rereadAction(action: SummaryAction, amazonSite: string): Promise<Reread> {
  if (action.service === 'alexa' && !action.place.url) {
    const origin = alexaOrigin(amazonSite);
    const granted = await browser.permissions
      .request({ origins: [`${origin}/*`] })
      .catch((error: unknown) => (logError('popup: re-read access', error), false));
    if (!granted) return { ok: false, reasonKey: 'fix_reason_refused' };
    const end = runEnd(DeepScanProgressSchema, null);
    await browser.runtime.sendMessage({ type: 'alexpose/deep-scan', origin }).catch((error: unknown) => logError('popup: re-read deep scan', error));
    const state = await end;
    return state === 'finished' ? { ok: true } : { ok: false, reasonKey: END_REASON[state] ?? 'fix_reason_failed' };
  }
  if (action.service !== 'ring') {
    const changed = nextStoredScan();
    await browser.tabs.create({ url: action.place.url ?? amazonSite }).catch((error: unknown) => logError('popup: re-read open page', error));
    return (await changed) ? { ok: true } : { ok: false, reasonKey: 'fix_reason_open_page' };
  }
  const tabs = await browser.tabs.query({ url: RING_TABS });
  const tab = tabs.filter((t) => t.id !== undefined).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.id === undefined) return { ok: false, reasonKey: 'fix_reason_no_tab' };
  const end = runEnd(ScanProgressSchema, tab.id);
  const sent = await browser.tabs.sendMessage(tab.id, { type: 'alexpose/scan-now' } satisfies ScanNowRequest).then(
    () => true,
    (error: unknown) => (logError('popup: re-read scan now', error), false),
  );
  if (!sent) return { ok: false, reasonKey: 'fix_reason_no_tab' };
  const state = await end;
  return state === 'finished' ? { ok: true } : { ok: false, reasonKey: END_REASON[state] ?? 'fix_reason_failed' };
}

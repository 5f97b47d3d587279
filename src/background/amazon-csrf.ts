import * as v from 'valibot';
import { AmazonCsrfAnswerSchema, type AmazonCsrfRequest } from '../model/messages.ts';
import { logError } from '../model/log-error.ts';

/**
 * The `csrf` cookie of an Amazon marketplace, for the deep scan's `csrf` header. Amazon sets it on the parent
 * domain (`.amazon.de`), so the content script of an Amazon page the user has open on the same marketplace can read
 * it; the background itself cannot read cookies (no `cookies` permission, by design). The value goes to the Alexa
 * origin of that marketplace only, and is kept for one scan.
 */
export interface TabsLike {
  query(query: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

const MAX_TABS_ASKED = 200;

/**
 * `https://alexa.amazon.de` → the `csrf` cookie as seen by an open `https://www.amazon.de` page, or null. Without
 * the `tabs` permission the background cannot filter tabs by URL (Chromium returns none), so it asks every tab; only
 * Alexposé's Amazon content script on that very retail origin answers.
 */
export async function csrfFromAmazonTab(alexaOrigin: string, tabs: TabsLike): Promise<string | null> {
  const retail = alexaOrigin.replace('://alexa.', '://www.');
  const open = (await tabs.query({}).catch((error: unknown) => (logError('deep scan: list tabs', error), []))).slice(0, MAX_TABS_ASKED);
  const request: AmazonCsrfRequest = { type: 'alexpose/amazon-csrf', origin: retail };
  for (const tab of open) {
    if (tab.id === undefined) continue;
    // Most tabs have no content script of ours: their "Receiving end does not exist" is quiet in logError.
    const answer = await tabs.sendMessage(tab.id, request).catch((error: unknown) => logError('deep scan: ask a tab for csrf', error));
    if (v.is(AmazonCsrfAnswerSchema, answer) && answer.csrf !== null) return answer.csrf;
  }
  return null;
}

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

export const CSRF_REQUEST = 'alexpose/amazon-csrf';
const CSRF_VALUE = /^[A-Za-z0-9+/=_-]{1,512}$/;

const MAX_TABS_ASKED = 200;

/**
 * `https://alexa.amazon.de` → the `csrf` cookie as seen by an open `https://www.amazon.de` page, or null. Without
 * the `tabs` permission the background cannot filter tabs by URL (Chromium returns none), so it asks every tab; only
 * Alexposé's Amazon content script on that very retail origin answers.
 */
export async function csrfFromAmazonTab(alexaOrigin: string, tabs: TabsLike): Promise<string | null> {
  const retail = alexaOrigin.replace('://alexa.', '://www.');
  const open = (await tabs.query({}).catch(() => [])).slice(0, MAX_TABS_ASKED);
  for (const tab of open) {
    if (tab.id === undefined) continue;
    const answer = await tabs.sendMessage(tab.id, { type: CSRF_REQUEST, origin: retail }).catch(() => null);
    const csrf = typeof answer === 'object' && answer !== null ? (answer as { csrf?: unknown }).csrf : null;
    if (typeof csrf === 'string' && CSRF_VALUE.test(csrf)) return csrf;
  }
  return null;
}

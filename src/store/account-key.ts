import type { SourceResult } from '../model/records.ts';

/**
 * Which account a set of results belongs to. Ring's device list names the owner of owned devices;
 * that owner id is the account. Without one (e.g. only settings read so far) the caller falls back.
 */
function ringAccountKey(results: readonly SourceResult[]): string | null {
  for (let i = results.length - 1; i >= 0; i--) {
    const owned = results[i]?.records.ringDevices?.find((d) => d.owned === true && !d.sharedWithYou && d.owner?.id);
    if (owned?.owner?.id) return `ring:${owned.owner.id}`;
  }
  return null;
}

/**
 * The Ring account a batch of results names itself: the signed-in profile (`clients_api/profile|session`)
 * first, else the owner of the owned devices in the device list. Null when the batch names no account.
 */
export function ringIdentity(results: readonly SourceResult[]): string | null {
  for (let i = results.length - 1; i >= 0; i--) {
    const id = results[i]?.records.ringProfile?.find((p) => p.accountId)?.accountId;
    if (id) return `ring:${id}`;
  }
  return ringAccountKey(results);
}

/** Amazon pages and the Alexa API of one marketplace are one account: `www.amazon.de` and `alexa.amazon.de` → `amazon:amazon.de`. */
export function amazonAccountKey(origin: string): string | null {
  try {
    const host = new URL(origin).hostname;
    const m = /(?:^|\.)(amazon\.[a-z.]+)$/.exec(host);
    return m?.[1] ? `amazon:${m[1]}` : null;
  } catch {
    return null;
  }
}

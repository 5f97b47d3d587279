/**
 * The access list of the fixture account once the dashboard ('everything': device list, settings, profile,
 * locations and the users list) and the Control Center were read, derived from test/fixtures/ring by hand:
 * - users-9f2d5a7e-…-000000000001.json: Alex Muster is the owner (the holder, left out), Sam Beispiel a verified shared user;
 * - control-center-{en,de}.html: 3 authorized client devices, 2 linked accounts, 1 Amazon device connected by the
 *   Ring skill, and Sam Beispiel again under Shared Users (the same person: listed once).
 * The German page names the same things in German where Ring would ("Chrome unter Linux", "Echo Show 8 (Küche)").
 */
export const EXPECTED_ACCESS = {
  en: [
    'ring:client:Chrome on Linux',
    'ring:client:Pixel 8',
    'ring:client:ring-client-api',
    'ring:device:Echo Show 8 (Kitchen)',
    'ring:person:4100003',
    'ring:service:Google Home',
    'ring:service:IFTTT',
  ],
  de: [
    'ring:client:Chrome unter Linux',
    'ring:client:Pixel 8',
    'ring:client:ring-client-api',
    'ring:device:Echo Show 8 (Küche)',
    'ring:person:4100003',
    'ring:service:Google Home',
    'ring:service:IFTTT',
  ],
} as const;

/** Runs in an extension page: the access entries it shows, by id. */
export function shownAccess(): string[] {
  return [...document.querySelectorAll('[data-access-id]')].map((el) => el.getAttribute('data-access-id') ?? '').sort();
}

/** Runs in an extension context: scans per account in the store, whether a "last looked at" mark and the setting are there, and the badge. */
export async function storeAndBadge(): Promise<{ scans: Record<string, string[]>; seen: boolean; noHistory: boolean; badge: string; chunks: number }> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const all = await api.storage.local.get(null);
  const pointer = all['alexpose.root'];
  const root = all[typeof pointer === 'string' ? pointer : 'alexpose.store'] as { scans?: { id: string; accountKey: string }[] } | undefined;
  const scans: Record<string, string[]> = {};
  for (const s of root?.scans ?? []) scans[s.accountKey] = [...(scans[s.accountKey] ?? []), s.id];
  return {
    scans,
    seen: 'alexpose.seen' in all,
    noHistory: all['alexpose.noHistory'] === true,
    badge: await api.action.getBadgeText({}),
    chunks: Object.keys(all).filter((k) => k.startsWith('alexpose.scan.')).length,
  };
}

/**
 * What the fixture account must show once the dashboard (JSON) and a Control Center page were read,
 * derived from test/fixtures/ring by hand:
 * - settings-70010001/-70010002: encryption_enabled false → e2ee-off; ttl 30 / 60 → cloud-video-storage (60 > 30: high)
 * - settings-70010003: E2EE on, ttl 7, audio and 24/7 snapshots on
 * - 70020007 in authorized_doorbots; 70010002 is_sidewalk_gateway
 * - session.json: the account is registered in DE. What the account itself reports stands whatever the region
 *   (issue 24): the bridge flag of 70010002 is a Sidewalk finding, and what the Control Center page shows on
 *   (Sidewalk, Community Requests, Search Party) is one too, each with the note that Ring lists it for the US only.
 * - locations.json: "Zuhause" has a street address; users list: Sam is a shared_user there
 * - Control Center: Sidewalk, Community Requests and Amazon linking on, Search Party on for "Garten Flutlicht",
 *   3 authorized devices, 2 linked accounts; the Neighbors switch is off, which overrides the profile's flag.
 */
import type { FindingId } from '../../../src/findings/registry.ts';

const ACCOUNT = '4100001';
const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
/** `<finding id> <subject id>`: an id that is no finding does not compile. */
type ShownFinding = `${FindingId} ${string}`;

export const EXPECTED_FINDINGS: ShownFinding[] = (
  [
    `ring.alexa-link ${ACCOUNT}`,
    'ring.audio-recording 70010001',
    'ring.audio-recording 70010003',
    `ring.authorized-devices ${ACCOUNT}`,
    'ring.cloud-video-storage 70010001',
    'ring.cloud-video-storage 70010002',
    'ring.cloud-video-storage 70010003',
    `ring.community-requests ${ACCOUNT}`,
    'ring.e2ee-off 70010001',
    'ring.e2ee-off 70010002',
    `ring.linked-accounts ${ACCOUNT}`,
    `ring.location-precise ${HOME}`,
    'ring.search-party 70010002',
    `ring.shared-users ${HOME}`,
    'ring.shared-with-you 70020007',
    `ring.sidewalk ${ACCOUNT}`,
    'ring.sidewalk 70010002',
    'ring.snapshot-capture 70010003',
  ] satisfies ShownFinding[]
).sort();
export const EXPECTED_HIGH_RISK = 3;
export const EXPECTED_POLICE_PATHS = ['70010001 open', '70010002 open', '70010003 closed-e2ee', '70020007 unknown'];

/** Runs in the popup page: the findings it shows, as `id subject`. */
export function shownFindings(): string[] {
  return [...document.querySelectorAll('[data-finding-id]')].map((el) => `${el.getAttribute('data-finding-id')} ${el.getAttribute('data-subject-id')}`).sort();
}

/** Runs in the popup page: the police path it shows per camera. */
export function shownPolicePaths(): string[] {
  return [...document.querySelectorAll('[data-police-state]')]
    .map((el) => `${el.getAttribute('data-device-id')} ${el.getAttribute('data-police-state')}`)
    .sort();
}

/** Runs in an extension context: ids of all sources stored so far, over all scans. */
export async function storedSourceIds(): Promise<string[]> {
  // Self-contained (it runs in the worker): the store's index names each scan's chunks (schema 2), or holds
  // the results inline (schema 1). A re-read of the same document counts once, as the store reads it.
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const all = await api.storage.local.get(null);
  const pointer = all['alexpose.root'];
  const root = all[typeof pointer === 'string' ? pointer : 'alexpose.store'] as { scans?: { results?: unknown[]; chunks?: string[] }[] } | undefined;
  type Result = { source: { id: string; location?: string }; records?: unknown };
  const named = new Set((root?.scans ?? []).flatMap((scan) => scan.chunks ?? []));
  return (root?.scans ?? []).flatMap((scan) => {
    // As the store reads it: chunks of the scan its index entry does not name are read too.
    const own = scan.chunks
      ? [...scan.chunks, ...Object.keys(all).filter((k) => !named.has(k) && k.startsWith(`alexpose.scan.${(scan as { id?: string }).id}.`))]
      : undefined;
    // A chunk is a JSON string (store version 3) or an array (version 2).
    const chunk = (key: string): Result[] => (typeof all[key] === 'string' ? (JSON.parse(all[key]) as Result[]) : ((all[key] as Result[] | undefined) ?? []));
    const results = own ? own.flatMap(chunk) : ((scan.results ?? []) as Result[]);
    const byKey = new Map<string, string>();
    for (const r of results)
      byKey.set(`${r.source.id} ${r.source.location ?? ''} ${r.source.id === 'amazon.voice-history' ? JSON.stringify(r.records) : ''}`, r.source.id);
    return [...byKey.values()];
  });
}

/**
 * "Scan now": on the user's click in the popup, request the account's known JSON endpoints from the
 * page's own origin with the page's own session, and hand the responses over like observed ones.
 * Never another origin; nothing runs without the click.
 */
import type { PageCapture, ScanEndState, ScanProgress } from '../model/messages.ts';
import { isSafePathId } from '../model/safe-path-id.ts';
import { logError } from '../model/log-error.ts';
import { extractNextData } from '../sources/extract-page-state.ts';
import { RING_PROXY_PREFIX as API, RING_SCAN_PATHS as PATH } from '../sources/ring/endpoints.ts';

/** A Retry-After longer than this is not waited for: the user is told to try later instead. */
const MAX_RETRY_WAIT_MS = 30_000;
const DEFAULT_RETRY_WAIT_MS = 2_000;

/** Told after each request, so the popup can show how far the scan is. */
export type OnProgress = (progress: Omit<ScanProgress, 'type'>) => void;

export interface ScanNowOptions {
  /** The page's own csrf-token (or a fallback from the page); null when none is known. Sent only to the page's origin. */
  csrfToken: string | null;
  deliver(capture: PageCapture): void;
  report: OnProgress;
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
}

/** What one request came to: its body, a refusal that ends the scan, or a miss the scan reads past. */
type Outcome = { body: unknown } | Exclude<ScanEndState, 'finished' | 'failed'> | 'missing';

/**
 * Requests the known endpoints one after another and ends with what really happened: an auth refusal
 * ends the scan (further requests would be refused too); what was read before is already delivered.
 */
export async function scanNow({ csrfToken, deliver, report, fetch: fetchImpl = fetch, sleep = wait }: ScanNowOptions): Promise<ScanEndState> {
  const headers: Record<string, string> = { Accept: 'application/json, text/plain, */*' };
  if (csrfToken) headers['csrf-token'] = csrfToken;
  let done = 0;
  let total = 5;
  let read = 0;
  let unreachable = 0;
  let stop: ScanEndState | null = null;

  const once = (url: URL) => fetchImpl(url, { credentials: 'same-origin', headers, redirect: 'manual' });
  const request = async (url: URL): Promise<Outcome> => {
    try {
      let response = await once(url);
      if (response.status === 429) {
        const delay = retryDelay(response.headers.get('retry-after') ?? '');
        if (delay === null) return 'rate-limited';
        await sleep(delay);
        response = await once(url);
        if (response.status === 429) return 'rate-limited';
      }
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return 'signed-out';
      if (response.status === 401 || response.status === 403) return csrfToken ? 'session-expired' : 'no-credentials';
      if (response.status >= 500) return 'unreachable';
      if (!response.ok) return 'missing';
      return { body: (await response.json()) as unknown };
    } catch (error) {
      // No answer, or an answer that is not JSON after all: counted as unreachable, and the console says why.
      logError('scan now: request', error);
      return 'unreachable';
    }
  };

  const get = async (path: string): Promise<unknown> => {
    if (stop) return null;
    const url = new URL(path, location.origin);
    const outcome = await request(url);
    done++;
    if (typeof outcome === 'object') {
      read++;
      deliver({ url: url.href, via: 'page-fetch', body: outcome.body, capturedAt: new Date().toISOString() });
    } else if (outcome === 'unreachable') unreachable++;
    else if (outcome !== 'missing') stop = outcome;
    report({ done, total, state: 'running' });
    return typeof outcome === 'object' ? outcome.body : null;
  };

  // One request at a time: never a burst against the user's account.
  const devices = await get(API + PATH.devices);
  await get(API + PATH.profile);
  const locations = await get(API + PATH.locations);
  // Shared users get an empty ring_devices: these two list what they may see.
  await get(API + PATH.deviceInfo);
  await get(API + PATH.sharedLocations);
  const follow = stop
    ? []
    : [
        ...ownedCameraIds(devices).map((id) => API + PATH.deviceSettings(id)),
        ...locationIds(locations).flatMap((id) => [API + PATH.locationUsers(id), API + PATH.location(id)]),
        API + PATH.keyAssociations,
      ];
  total += follow.length;
  if (!stop) report({ done, total, state: 'running' });
  for (const path of follow) await get(path);
  const end: ScanEndState = stop ?? (unreachable > 0 ? 'unreachable' : read === 0 ? 'failed' : 'finished');
  report({ done, total, state: end });
  return end;
}

/** Seconds or an HTTP date (none or blank reads as 0 s: the default); null when longer than we are willing to wait. */
function retryDelay(header: string): number | null {
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return DEFAULT_RETRY_WAIT_MS;
  // Back off a little beyond what was asked, never less than the default.
  const delay = Math.max(ms * 1.25, DEFAULT_RETRY_WAIT_MS);
  return delay > MAX_RETRY_WAIT_MS ? null : delay;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A JSON value read as a record: a key of anything that is not one (null, a number, a string) is undefined.
type Json = Record<string, unknown> | null | undefined;

function ownedCameraIds(devices: unknown): string[] {
  return ['doorbots', 'stickup_cams', 'other']
    .flatMap((group) => {
      const list = (devices as Json)?.[group];
      return Array.isArray(list) ? (list as unknown[]) : [];
    })
    .filter((d) => (d as Json)?.['owned'] !== false)
    .map((d) => (d as Json)?.['id'])
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
    .filter(isSafePathId)
    .slice(0, 200);
}

function locationIds(body: unknown): string[] {
  const list = (body as Json)?.['user_locations'];
  return (Array.isArray(list) ? (list as unknown[]) : [])
    .map((l) => (l as Json)?.['location_id'])
    .filter((id): id is string => typeof id === 'string' && isSafePathId(id))
    .slice(0, 50);
}

/** The CSRF token the web app sends, where the page exposes it: a meta tag, or a csrf-named key in the page state. */
export function findCsrfToken(doc: Document): string | null {
  const meta = doc.querySelector('meta[name*="csrf" i]')?.getAttribute('content');
  if (meta) return meta;
  const state = extractNextData(doc);
  let found: string | null = null;
  const walk = (value: unknown, depth: number): void => {
    if (found || depth > 6 || typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (/csrf|xsrf/i.test(key) && typeof inner === 'string' && inner.length < 500) {
        found = inner;
        return;
      }
      walk(inner, depth + 1);
    }
  };
  walk('body' in state ? state.body : null, 0);
  return found;
}

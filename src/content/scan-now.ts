/**
 * "Scan now": on the user's click in the popup, request the account's known JSON endpoints from the
 * page's own origin with the page's own session, and hand the responses over like observed ones.
 * Never another origin; nothing runs without the click.
 */
import type { Capture } from '../model/capture.ts';
import type { ScanProgress } from '../model/scan-now.ts';

const API = '/api/cgw';

type Report = (progress: Omit<ScanProgress, 'type'>) => void;

export async function scanNow(csrfToken: string | null, deliver: (capture: Capture) => void, report: Report): Promise<void> {
  const headers: Record<string, string> = { Accept: 'application/json, text/plain, */*' };
  if (csrfToken) headers['csrf-token'] = csrfToken;
  let done = 0;
  let total = 3;
  let expired = false;
  const get = async (path: string): Promise<unknown> => {
    const url = new URL(path, location.origin);
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers, redirect: 'manual' });
      if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') expired = true;
      if (!response.ok) return null;
      const body: unknown = await response.json();
      deliver({ url: url.href, via: 'page-fetch', body, capturedAt: new Date().toISOString() });
      return body;
    } catch {
      return null;
    } finally {
      done++;
      report({ done, total, state: 'running' });
    }
  };

  const [devices, , locations] = await Promise.all([get(`${API}/clients_api/ring_devices`), get(`${API}/clients_api/profile`), get(`${API}/devices/v1/locations`)]);
  if (expired) return report({ done, total, state: 'session-expired' });
  const cameras = ownedCameraIds(devices);
  const places = locationIds(locations);
  const follow = [
    ...cameras.map((id) => `${API}/devices/v1/devices/${encodeURIComponent(id)}/settings`),
    ...places.flatMap((id) => [`${API}/clients_api/locations/${encodeURIComponent(id)}/users`, `${API}/location_info/v4/locations/${encodeURIComponent(id)}?include=capabilities,status`]),
    `${API}/integrations/amazonkey/v2/devices/lock_associations`,
  ];
  total += follow.length;
  report({ done, total, state: 'running' });
  for (const path of follow) await get(path); // one at a time: never a burst against the user's account
  report({ done, total, state: devices === null && locations === null ? 'failed' : expired ? 'session-expired' : 'finished' });
}

function ownedCameraIds(devices: unknown): string[] {
  if (typeof devices !== 'object' || devices === null) return [];
  const groups = ['doorbots', 'stickup_cams', 'other'].map((g) => (devices as Record<string, unknown>)[g]);
  return groups
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null && d['owned'] !== false)
    .map((d) => d['id'])
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
    .slice(0, 200);
}

function locationIds(body: unknown): string[] {
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['user_locations'] : null;
  return (Array.isArray(list) ? list : [])
    .map((l) => (typeof l === 'object' && l !== null ? (l as Record<string, unknown>)['location_id'] : null))
    .filter((id): id is string => typeof id === 'string')
    .slice(0, 50);
}

/** The CSRF token the web app sends, where the page exposes it: a meta tag, or a csrf-named key in the page state. */
export function findCsrfToken(doc: Document, pageState: unknown): string | null {
  const meta = doc.querySelector('meta[name*="csrf" i]')?.getAttribute('content');
  if (meta) return meta;
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
  walk(pageState, 0);
  return found;
}

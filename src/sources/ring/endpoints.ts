/**
 * Ring endpoints the sources understand, by URL path. The web app reaches the mobile API through
 * the same-origin proxy `/api/cgw/<path>`; HARs from the app use `api.ring.com/<path>`. Both match.
 * Kept dependency-free: the content script imports it to decide which responses to keep.
 */
export const RING_ENDPOINTS = {
  devices: /\/clients_api\/ring_devices\/?$/,
  deviceSettings: /\/devices\/v1\/devices\/([^/?#]+)\/settings\/?$/,
} as const;

export const RING_ACCOUNT_ORIGIN = 'https://account.ring.com';

export function ringEndpointOf(pathname: string): keyof typeof RING_ENDPOINTS | null {
  for (const [name, pattern] of Object.entries(RING_ENDPOINTS)) {
    if (pattern.test(pathname)) return name as keyof typeof RING_ENDPOINTS;
  }
  return null;
}

export function deviceIdFromSettingsPath(pathname: string): string | null {
  const m = RING_ENDPOINTS.deviceSettings.exec(pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/**
 * Ring endpoints the sources understand, by URL path. The web app reaches the mobile API through
 * the same-origin proxy `/api/cgw/<path>`; HARs from the app use `api.ring.com/<path>`. Both match.
 * Kept dependency-free: the content script imports it to decide which responses to keep. The patterns are written as
 * strings, without a literal's escaped slashes, so that they repeat the request paths below word for word (the Ring
 * page's content script is budgeted in gzip bytes); their `source` is the same as a literal's.
 */
export const RING_ENDPOINTS = {
  devices: RegExp('/clients_api/ring_devices/?$'),
  deviceSettings: RegExp('/devices/v1/devices/([^/?#]+)/settings/?$'),
  // One device, also answered to a shared user (`authorization.role`; python-ring-doorbell #520).
  deviceV1: RegExp('/devices/v1/devices/([^/?#]+)/?$'),
  deviceInfo: RegExp('/device_info/v3/devices(?:/([^/?#]+))?/?$'),
  // The device document itself (not `/settings`): only `authorization.role` is read (python-ring-doorbell #520).
  profile: RegExp('/clients_api/(?:session|profile)/?$'),
  locations: RegExp('/(?:devices/v1/locations|location_info/v[34]/locations(?:/([^/?#]+))?)/?$'),
  locationUsers: RegExp('/clients_api/locations/([^/?#]+)/users/?$'),
  keyAssociations: RegExp('/integrations/amazonkey/v2/devices/lock_associations/?$'),
  monitoring: RegExp('/rs/monitoring/accounts/([^/?#]+)/?$'),
} as const;

export type RingEndpoint = keyof typeof RING_ENDPOINTS;

/** The web app's same-origin proxy to the mobile API. */
export const RING_PROXY_PREFIX = '/api/cgw';

/**
 * What Scan now requests, below the proxy: one request of an endpoint above each (a unit test keeps each one
 * matching its pattern). Ids are checked with isSafePathId before they are put into a path.
 */
export const RING_SCAN_PATHS = {
  devices: '/clients_api/ring_devices',
  profile: '/clients_api/profile',
  locations: '/devices/v1/locations',
  // Shared users get an empty ring_devices: these two list what they may see.
  deviceInfo: '/device_info/v3/devices',
  sharedLocations: '/location_info/v3/locations',
  deviceSettings: (deviceId: string) => `/devices/v1/devices/${deviceId}/settings`,
  locationUsers: (locationId: string) => `/clients_api/locations/${locationId}/users`,
  location: (locationId: string) => `/location_info/v4/locations/${locationId}?include=capabilities,status`,
  keyAssociations: '/integrations/amazonkey/v2/devices/lock_associations',
} as const;

export const RING_ACCOUNT_ORIGIN = 'https://account.ring.com';

/** Control Center pages, read from the DOM. */
export const CONTROL_CENTER_PATH = /^\/account\/control-center(?:\/|$)/;

export function ringEndpointOf(pathname: string): RingEndpoint | null {
  for (const [name, pattern] of Object.entries(RING_ENDPOINTS)) {
    if (pattern.test(pathname)) return name as RingEndpoint;
  }
  return null;
}

/** The id a path carries (device id of a settings document, location id of a users list, ...). */
export function idFromPath(endpoint: RingEndpoint, pathname: string): string | null {
  const m = RING_ENDPOINTS[endpoint].exec(pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

export function deviceIdFromSettingsPath(pathname: string): string | null {
  return idFromPath('deviceSettings', pathname);
}

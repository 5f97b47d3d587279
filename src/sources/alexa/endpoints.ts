/**
 * Alexa and Amazon endpoints the sources understand. The Alexa app's JSON APIs live on
 * `alexa.amazon.<tld>` (and regional aliases); Alexa Privacy, Manage Your Content and Devices and
 * Login-with-Amazon pages live on the retail origin `www.amazon.<tld>`. Dependency-free: the content
 * script imports it to decide which responses to keep.
 */
export const AMAZON_HOST = /(^|\.)amazon\.(com|de|co\.uk|fr|it|es|ca|com\.au|co\.jp|in|nl)$/;

export const AMAZON_ENDPOINTS = {
  alexaDevices: /\/api\/devices-v2\/device\/?$/,
  alexaGraphql: /\/nexus\/v1\/graphql\/?$/,
  // The query string (`?skillId=amzn1.ask.1p.smarthome`) is checked by the source: other skill ids list music or routines.
  alexaSmartHomeEntities: /\/api\/behaviors\/entities\/?$/,
  alexaDeviceSetting: /\/api\/v1\/devices\/([^/?#]+)\/settings\/([^/?#]+)\/?$/,
  alexaHousehold: /\/api\/household\/?$/,
  // Per Echo, the street address Amazon stores (home-assistant/core #147846).
  alexaDevicePreferences: /\/api\/device-preferences\/?$/,
  personsInHousehold: /\/alexa-privacy\/apd\/rvh\/persons-in-household\/?$/,
  voiceHistoryRvh: /\/alexa-privacy\/apd\/rvh\/customer-history-records(?:-v2)?\/?$/,
  voiceHistoryRah: /\/alexa-privacy\/apd\/rah\/alexa-history-records(?:-v2)?\/?$/,
  mycdAjax: /\/hz\/mycd\/(?:digital-console\/)?ajax\/?$/,
  yourSkills: /\/app\/secure\/your-skills-page\/?$/,
} as const;

export type AmazonEndpoint = keyof typeof AMAZON_ENDPOINTS;

/**
 * What the deep scan requests on an Alexa origin: one request of an endpoint above each (a unit test keeps each
 * one matching its pattern). Ids are checked with isSafePathId before they are put into a path.
 */
export const ALEXA_SCAN_PATHS = {
  alexaDevices: '/api/devices-v2/device?cached=true',
  alexaGraphql: '/nexus/v1/graphql',
  alexaHousehold: '/api/household',
  alexaDevicePreferences: '/api/device-preferences',
  // The list public tools use to find smart-home devices (a second smart-home source).
  alexaSmartHomeEntities: '/api/behaviors/entities?skillId=amzn1.ask.1p.smarthome',
  alexaDeviceSetting: (deviceAccountId: string) => `/api/v1/devices/${encodeURIComponent(deviceAccountId)}/settings/liveView`,
} as const;

/** Amazon pages whose visible settings are read (Alexa Privacy, apps with access, device list). */
export const AMAZON_SETTINGS_PAGE = /^\/(alexa-privacy\/|ap\/adam|hz\/mycd\/|alexaprivacysettings)/;

export function amazonEndpointOf(url: URL): AmazonEndpoint | null {
  if (!AMAZON_HOST.test(url.hostname)) return null;
  for (const [name, pattern] of Object.entries(AMAZON_ENDPOINTS)) {
    if (pattern.test(url.pathname)) return name as AmazonEndpoint;
  }
  return null;
}

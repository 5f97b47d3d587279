// @vitest-environment node
import { RING_PROXY_PREFIX, RING_SCAN_PATHS, ringEndpointOf, type RingEndpoint } from '../../../src/sources/ring/endpoints.ts';
import { ALEXA_SCAN_PATHS, amazonEndpointOf } from '../../../src/sources/alexa/endpoints.ts';

const pathOf = (path: string | ((id: string) => string)) => (typeof path === 'string' ? path : path('70010001'));

describe('what the scans request is what the sources read', () => {
  const ringEndpoint: Record<keyof typeof RING_SCAN_PATHS, RingEndpoint> = {
    devices: 'devices',
    profile: 'profile',
    locations: 'locations',
    deviceInfo: 'deviceInfo',
    sharedLocations: 'locations',
    deviceSettings: 'deviceSettings',
    locationUsers: 'locationUsers',
    location: 'locations',
    keyAssociations: 'keyAssociations',
  };
  it.each(Object.entries(RING_SCAN_PATHS))('Scan now: %s', (name, path) => {
    const url = new URL(RING_PROXY_PREFIX + pathOf(path), 'https://account.ring.com');
    expect(ringEndpointOf(url.pathname)).toBe(ringEndpoint[name as keyof typeof RING_SCAN_PATHS]);
  });

  it.each(Object.entries(ALEXA_SCAN_PATHS))('deep scan: %s', (name, path) => {
    expect(amazonEndpointOf(new URL(pathOf(path), 'https://alexa.amazon.de'))).toBe(name);
  });
});

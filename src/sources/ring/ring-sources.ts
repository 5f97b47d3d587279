import type { Capture } from '../../model/capture.ts';
import type { Records } from '../../model/records.ts';
import type { SourceReader } from '../source-reader.ts';
import { JsonReader } from '../json-reader.ts';
import { CONTROL_CENTER_PATH, RING_ENDPOINTS, idFromPath, type RingEndpoint } from './endpoints.ts';
import { looksLikeRingDevices, readRingDeviceList } from './ring-devices.ts';
import { looksLikeRingDeviceSettings, readRingDeviceSettings } from './ring-device-settings.ts';
import { looksLikeNextData, readRingPageStateList } from './ring-page-state.ts';
import { looksLikeRingProfile, readRingProfile } from './ring-profile.ts';
import { looksLikeRingLocations, readRingLocations } from './ring-locations.ts';
import { looksLikeRingLocationUsers, readRingLocationUsers } from './ring-location-users.ts';
import { readRingKeyAssociations } from './ring-key-associations.ts';
import { looksLikeRingMonitoring, readRingMonitoring } from './ring-monitoring.ts';
import { looksLikeRingDeviceInfo, readRingDeviceInfo } from './ring-device-info.ts';
import { readRingDeviceAccess } from './ring-device-access.ts';
import { looksLikeOutline, readRingControlCenter } from './ring-control-center.ts';
import { readRingDeviceV1 } from './ring-device-v1.ts';
import { UNKNOWN_LOCATION_ID } from '../../model/ring.ts';
import { unknownFeaturesOf } from './unknown-features.ts';
import { SOURCE } from '../../model/source-ids.ts';

const onEndpoint = (endpoint: RingEndpoint) => (_c: Capture, url: URL | null) => url !== null && RING_ENDPOINTS[endpoint].test(url.pathname);
const never = () => false;

/** A record list only when it holds something, so an input that states no privacy field adds no empty list. */
function nonEmpty<K extends keyof Records>(key: K, list: NonNullable<Records[K]>): Partial<Records> {
  return list.length > 0 ? { [key]: list } : {};
}

/** The feature blocks of a device document that Alexposé does not know, named by the document they were read from. */
function unknownFeatures(capture: Capture, url: URL | null): Partial<Records> {
  return nonEmpty('unknownSettings', unknownFeaturesOf(capture.body, url?.pathname ?? capture.label ?? ''));
}

/** The id a document needs (device, location) from its URL, or from a file name such as `123456-settings.json`. */
function idFor(endpoint: RingEndpoint, capture: Capture, url: URL | null, reader: JsonReader, what: string, level: 'error' | 'info' = 'error'): string | null {
  const fromUrl = url ? idFromPath(endpoint, url.pathname) : null;
  const fromLabel = capture.label ? (/([0-9a-f]{8}-[0-9a-f-]{27,}|\d{3,})/i.exec(capture.label.split(/[\\/]/).pop() ?? '')?.[1] ?? null) : null;
  const id = fromUrl ?? fromLabel;
  if (!id && level === 'error')
    reader.note('error', 'no-id', '$', `No ${what} id: save it from a HAR, or name the file after the id (e.g. 123456-${what}.json).`);
  if (!id && level === 'info') reader.note('info', 'no-id', '$', `No ${what} id in the URL or file name: the ${what} is shown as unknown.`);
  return id;
}

export const RING_SOURCES: readonly SourceReader<string>[] = [
  {
    id: SOURCE.ringControlCenter,
    service: 'ring',
    kind: 'page-outline',
    matches: (c, url) => c.via === 'page-outline' && url !== null && CONTROL_CENTER_PATH.test(url.pathname),
    sniff: looksLikeOutline,
    read: (c, url, reader) => {
      const { settings, lists, unknown } = readRingControlCenter(c.body, url?.pathname ?? c.label ?? '', reader);
      return { ringControlSettings: settings, ringControlLists: lists, ...nonEmpty('unknownSettings', unknown) };
    },
  },
  {
    id: SOURCE.ringPageState,
    service: 'ring',
    kind: 'page-state',
    matches: (c, url) => c.via === 'page-state' && url?.hostname.endsWith('ring.com') === true,
    sniff: looksLikeNextData,
    read: (c, _url, reader) => {
      const list = readRingPageStateList(c.body, reader);
      return list ? { ringDevices: list.devices, ...nonEmpty('ringDeviceSettings', list.settings) } : {};
    },
  },
  {
    id: SOURCE.ringDevices,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('devices'),
    sniff: looksLikeRingDevices,
    read: (c, url, reader) => {
      const list = readRingDeviceList(c.body, reader);
      return { ringDevices: list.devices, ...nonEmpty('ringDeviceSettings', list.settings), ...unknownFeatures(c, url) };
    },
  },
  {
    id: SOURCE.ringDeviceSettings,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('deviceSettings'),
    sniff: looksLikeRingDeviceSettings,
    read: (c, url, reader) => {
      const deviceId = idFor('deviceSettings', c, url, reader, 'settings');
      const settings = deviceId ? readRingDeviceSettings(c.body, deviceId, reader) : null;
      return settings ? { ringDeviceSettings: [settings] } : {};
    },
  },
  {
    id: SOURCE.ringDeviceInfo,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('deviceInfo'),
    sniff: looksLikeRingDeviceInfo,
    read: (c, url, reader) => {
      const info = readRingDeviceInfo(c.body, reader);
      return {
        ...nonEmpty('ringDevices', info.devices),
        ...nonEmpty('ringDeviceSettings', info.settings),
        ringDeviceFeatures: info.features,
        ...unknownFeatures(c, url),
      };
    },
  },
  {
    id: SOURCE.ringDevice,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('deviceV1'),
    // Only `authorization.role` of this body is public: never guessed from its shape.
    sniff: never,
    read: (c, url, reader) => {
      const id = url ? idFromPath('deviceV1', url.pathname) : null;
      const doc = readRingDeviceV1(c.body, id, reader);
      // The same role, kept as the account's access to the device (who controls it); reported once, above.
      const access = id ? readRingDeviceAccess(c.body, id, new JsonReader()) : null;
      return { ...nonEmpty('ringDevices', doc.devices), ...nonEmpty('ringDeviceSettings', doc.settings), ...(access ? { ringDeviceAccess: [access] } : {}) };
    },
  },
  {
    id: SOURCE.ringProfile,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('profile'),
    sniff: looksLikeRingProfile,
    read: (c, _url, reader) => {
      const profile = readRingProfile(c.body, reader);
      return profile ? { ringProfile: [profile] } : {};
    },
  },
  {
    id: SOURCE.ringLocations,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('locations'),
    sniff: looksLikeRingLocations,
    read: (c, _url, reader) => ({ ringLocations: readRingLocations(c.body, reader) }),
  },
  {
    id: SOURCE.ringLocationUsers,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('locationUsers'),
    sniff: looksLikeRingLocationUsers,
    read: (c, url, reader) => {
      // A users list saved on its own still tells who has which role on which device; only the location is unknown.
      const locationId = idFor('locationUsers', c, url, reader, 'location', 'info') ?? UNKNOWN_LOCATION_ID;
      return { ringLocationUsers: readRingLocationUsers(c.body, locationId, reader) };
    },
  },
  {
    id: SOURCE.ringKeyAssociations,
    service: 'ring',
    kind: 'json',
    // No public capture of this body exists, so without a URL only a file named after the endpoint is read as one.
    matches: (c, url) => onEndpoint('keyAssociations')(c, url) || (url === null && /lock[-_]associations/i.test(c.label ?? '')),
    sniff: never,
    read: (c, _url, reader) => ({ ringKeyAssociations: readRingKeyAssociations(c.body, reader) }),
  },
  {
    id: SOURCE.ringMonitoring,
    service: 'ring',
    kind: 'json',
    matches: onEndpoint('monitoring'),
    sniff: looksLikeRingMonitoring,
    read: (c, url, reader) => {
      const locationId = idFor('monitoring', c, url, reader, 'location');
      const monitoring = locationId ? readRingMonitoring(c.body, locationId, reader) : null;
      return monitoring ? { ringMonitoring: [monitoring] } : {};
    },
  },
] satisfies readonly SourceReader[];

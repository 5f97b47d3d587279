import type { RingDevice, RingDeviceFeatures, RingDeviceGroup, RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject, settleList } from '../json-reader.ts';
import { readFlag } from './flag.ts';
import { categoryOfKind, readDevice } from './ring-devices.ts';
import { readEntryPrivacy } from './ring-device-privacy.ts';

export function looksLikeRingDeviceInfo(body: unknown): boolean {
  return (
    isObject(body) &&
    (isObject(body['device']) || Array.isArray(body['devices'])) &&
    ('device_operation_set' in body || 'operation_set' in body || Array.isArray(body['devices']))
  );
}

export interface RingDeviceInfo {
  devices: RingDevice[];
  settings: RingDeviceSettings[];
  features: RingDeviceFeatures[];
}

/**
 * `device_info/v3/devices` (`{devices:[…]}`, flat items) and `device_info/v3/devices/{id}` (`{device:{…}}`):
 * the list the Ring app reads, and the only one that still shows a shared user the cameras of a location
 * shared with them (`owned: false`; dgreif/ring PR #1835, tsightler/ring-mqtt #1095). Each item becomes a
 * device record, its privacy settings and its AI features.
 */
export function readRingDeviceInfo(body: unknown, reader: JsonReader): RingDeviceInfo {
  const out: RingDeviceInfo = { devices: [], settings: [], features: [] };
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device document is not a JSON object.');
    return out;
  }
  const isList = Array.isArray(body['devices']);
  const list = isList ? (body['devices'] as unknown[]) : [body['device']];
  let unreadable = 0;
  const bounded = list.slice(0, 20_000);
  bounded.forEach((entry, i) => {
    const at = isList ? `devices[${i}]` : 'device';
    const device = isObject(entry) && isObject(entry['device']) ? entry['device'] : entry;
    if (!isObject(device)) {
      reader.note('warning', 'not-an-object', at, 'Device entry is not an object.');
      unreadable += 1;
      return;
    }
    const deviceId = reader.id(device, 'id', at) ?? reader.id(device, 'device_id', at);
    if (!deviceId) {
      reader.note('warning', 'missing-id', at, 'Device without id; skipped.');
      unreadable += 1;
      return;
    }
    // The device record repeats fields the privacy and feature readers report on; keep only its warnings.
    const scratch = new JsonReader();
    const record = readDevice({ ...device, id: deviceId }, groupOf(device['kind'], device['owned']), scratch, at, isList ? 'v3-list' : `v3:${deviceId}`);
    for (const d of scratch.diagnostics) if (d.level !== 'info') reader.note(d.level, d.code, d.at ?? at, d.message);
    if (record) out.devices.push(record);
    const privacy = readEntryPrivacy(device, deviceId, reader, at);
    if (privacy) out.settings.push(privacy);
    const quiet = new JsonReader(); // the same flags, already reported by readEntryPrivacy
    const features = quiet.object(device, 'features', at);
    const settings = quiet.object(device, 'settings', at);
    const lite = settings && isObject(settings['lite_24x7']) ? settings['lite_24x7'] : null;
    out.features.push({
      deviceId,
      familiarFaces: readFlag(features, 'person_identification', quiet, `${at}.features`),
      aiVideoDescriptions: readFlag(features, 'smart_video_description', reader, `${at}.features`),
      smartVideoSearch: readFlag(features, 'smart_video_search', quiet, `${at}.features`),
      snapshotCapture: lite ? quiet.bool(lite, 'enabled', `${at}.settings.lite_24x7`) : null,
    });
  });
  settleList(
    reader,
    isList ? 'devices' : 'device',
    { entries: bounded.length, read: bounded.length - unreadable, unreadable },
    isList ? 'The device list is empty: no device is shared with or owned by this account.' : undefined,
  );
  return out;
}

/** v3 items carry no group: the group `ring_devices` would have put them in, from kind and ownership. */
export function groupOf(kind: unknown, owned: unknown): RingDeviceGroup {
  switch (categoryOfKind(typeof kind === 'string' ? kind : null)) {
    case 'doorbell':
      return owned === false ? 'authorized_doorbots' : 'doorbots';
    case 'camera':
      return 'stickup_cams';
    case 'chime':
      return 'chimes';
    case 'base-station':
      return 'base_stations';
    case 'bridge':
      return 'beams_bridges';
    case 'intercom':
    case 'other':
      return 'other';
  }
}

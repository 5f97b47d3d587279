import type { RingDeviceFeatures } from '../../model/ring.ts';
import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';
import { readFlag } from './flag.ts';

export function looksLikeRingDeviceInfo(body: unknown): boolean {
  return isObject(body) && (isObject(body['device']) || Array.isArray(body['devices'])) && ('device_operation_set' in body || 'operation_set' in body || Array.isArray(body['devices']));
}

/** `device_info/v3/devices[/{id}]` → the AI and capture features each device has switched on. */
export function readRingDeviceInfo(body: unknown, reader: JsonReader): RingDeviceFeatures[] {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device document is not a JSON object.');
    return [];
  }
  const list = Array.isArray(body['devices']) ? body['devices'] : [body['device']];
  return list.flatMap((entry, i) => {
    const at = Array.isArray(body['devices']) ? `devices[${i}]` : 'device';
    const device = isObject(entry) && isObject(entry['device']) ? entry['device'] : entry;
    if (!isObject(device)) {
      reader.note('warning', 'not-an-object', at, 'Device entry is not an object.');
      return [];
    }
    const deviceId = reader.id(device, 'id', at) ?? reader.id(device, 'device_id', at);
    if (!deviceId) {
      reader.note('warning', 'missing-id', at, 'Device without id; skipped.');
      return [];
    }
    const features = reader.object(device, 'features', at);
    const settings = reader.object(device, 'settings', at);
    const lite = settings ? (reader.object(settings, 'lite_24x7', `${at}.settings`) as JsonObject | null) : null;
    return [
      {
        deviceId,
        familiarFaces: readFlag(features, 'person_identification', reader, `${at}.features`),
        aiVideoDescriptions: readFlag(features, 'smart_video_description', reader, `${at}.features`),
        smartVideoSearch: readFlag(features, 'smart_video_search', reader, `${at}.features`),
        snapshotCapture: lite ? reader.bool(lite, 'enabled', `${at}.settings.lite_24x7`) : null,
      },
    ];
  });
}

import type { RingDevice, RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject } from '../json-reader.ts';
import { looksLikeRingDevices, readRingDeviceList } from './ring-devices.ts';

/** True for a Next.js `__NEXT_DATA__` document. */
export function looksLikeNextData(body: unknown): boolean {
  return isObject(body) && isObject(body['props']) && (typeof body['page'] === 'string' || typeof body['buildId'] === 'string');
}

/**
 * account.ring.com renders its device list into `__NEXT_DATA__` (seen at `props.userDevices`).
 * Props move between releases, so the device list is found by its shape, not only by that path. The list comes with
 * the privacy state its entries carry (same shape as `ring_devices`).
 */
export function readRingPageStateList(body: unknown, reader: JsonReader): { devices: RingDevice[]; settings: RingDeviceSettings[] } | null {
  if (!isObject(body) || !isObject(body['props'])) {
    reader.note('error', 'not-next-data', '$', 'Not a Next.js page-state document (no "props").');
    return null;
  }
  const found = findDeviceList(body['props'], 'props', 0);
  if (!found) {
    reader.note('info', 'no-device-list', 'props', 'This page carries no Ring device list.');
    return null;
  }
  return readRingDeviceList(found.value, reader, found.at);
}

function findDeviceList(value: unknown, at: string, depth: number): { value: unknown; at: string } | null {
  if (depth > 6 || !isObject(value)) return null;
  if (looksLikeRingDevices(value)) return { value, at };
  // Known location first, then a bounded search.
  const preferred = ['userDevices', 'pageProps', 'initialState', 'devices'];
  const keys = [...preferred.filter((k) => k in value), ...Object.keys(value).filter((k) => !preferred.includes(k))];
  for (const key of keys.slice(0, 200)) {
    const hit = findDeviceList(value[key], `${at}.${key}`, depth + 1);
    if (hit) return hit;
  }
  return null;
}

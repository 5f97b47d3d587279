import type { UnknownSetting } from '../../model/unknown-setting.ts';
import { boundName, isObject, type JsonObject } from '../json-reader.ts';
import { RING_DEVICE_GROUPS } from './ring-devices.ts';

/**
 * Feature blocks of Ring device documents whose meaning Alexposé knows, with why. Names from the public
 * 2026 captures (portpowered/go-ring `tests/replay/fixtures/http/captured/variants/device-detail-02.json`)
 * and ../shared/knowledge/ring.md. A block not listed here that carries an on/off state is reported as a
 * setting Alexposé does not know, so a new default Ring switches on is shown rather than dropped.
 */
const KNOWN_FEATURES: Readonly<Record<string, string>> = {
  person_identification: 'Familiar Faces (ring.familiar-faces)',
  smart_video_description: 'AI Video Descriptions (ring.ai-video-descriptions)',
  smart_video_search: 'Smart Video Search, read with the privacy state',
  video_recording: 'cloud recording state (police path)',
  auto_track: 'a pan-tilt camera follows motion; moves the camera, sends nothing new',
  auto_zoom_track: 'a camera zooms to follow motion; sends nothing new',
};

/** A block's on/off state: `{enablement: {enabled}}` or `{enabled}`; null when the block states one unreadably. */
function stateOf(block: JsonObject): UnknownSetting['state'] | undefined {
  const enablement = block['enablement'];
  const holder = isObject(enablement) ? enablement : 'enabled' in block ? block : null;
  if (!holder) return undefined; // eligibility only: not a setting
  const enabled = holder['enabled'];
  return enabled === true ? 'on' : enabled === false ? 'off' : null;
}

/** The unknown feature blocks of one device entry (`features.<name>` with an on/off state). */
function unknownFeatureBlocks(entry: JsonObject, deviceId: string, where: string): UnknownSetting[] {
  const features = entry['features'];
  if (!isObject(features)) return [];
  const name = typeof entry['description'] === 'string' ? boundName(entry['description']) : undefined;
  const out: UnknownSetting[] = [];
  // The first 500 blocks, in Object.entries' order, without an array of entries per device.
  let blocks = 0;
  for (const key in features) {
    if (!Object.hasOwn(features, key)) continue;
    if (++blocks > 500) break;
    const block = features[key];
    if (Object.hasOwn(KNOWN_FEATURES, key) || !isObject(block)) continue;
    const state = stateOf(block);
    if (state === undefined) continue;
    out.push({ service: 'ring', label: boundName(key), state, where, deviceId, ...(name ? { deviceName: name } : {}) });
  }
  return out;
}

/** Every device entry of a `ring_devices` document, a `device_info/v3` list or a single `device_info/v3` device. */
function deviceEntries(body: unknown): JsonObject[] {
  if (!isObject(body)) return [];
  if (Array.isArray(body['devices'])) return body['devices'].map((e) => (isObject(e) && isObject(e['device']) ? e['device'] : e)).filter(isObject);
  if (isObject(body['device'])) return [body['device']];
  return RING_DEVICE_GROUPS.flatMap((g) => (Array.isArray(body[g]) ? body[g].filter(isObject) : []));
}

/** Unknown feature blocks across a device document; entries without a readable id are left to the device reader. */
export function unknownFeaturesOf(body: unknown, where: string): UnknownSetting[] {
  return deviceEntries(body)
    .slice(0, 20_000)
    .flatMap((entry) => {
      const id = entry['id'] ?? entry['device_id'];
      return typeof id === 'number' || (typeof id === 'string' && id !== '') ? unknownFeatureBlocks(entry, String(id), where) : [];
    });
}

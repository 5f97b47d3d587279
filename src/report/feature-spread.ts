import type { Records } from '../model/records.ts';
import type { ReportDevice, ReportFeatureSpread, SpreadFeature } from '../model/report.ts';
import type { ControlSettingKey } from '../model/ring.ts';

const CAMERAS = new Set<ReportDevice['category']>(['camera', 'doorbell']);

type SettingsFeature = 'audio-recording' | 'snapshot-capture' | 'familiar-faces';

/** The first record per key, as `find` would return it: one pass instead of a search per camera. */
function firstBy<T>(list: readonly T[] | undefined, key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list ?? []) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/** Per-camera switches whose state comes from each camera's own document (indexed once per report). */
function fromSettings(records: Records): (feature: SettingsFeature, id: string) => boolean | null {
  const settings = firstBy(records.ringDeviceSettings, (s) => s.deviceId);
  const features = firstBy(records.ringDeviceFeatures, (f) => f.deviceId);
  return (feature, id) => {
    if (feature === 'audio-recording') return settings.get(id)?.audioRecording ?? null;
    if (feature === 'snapshot-capture') return settings.get(id)?.snapshotCapture ?? features.get(id)?.snapshotCapture ?? null;
    return settings.get(id)?.familiarFaces ?? features.get(id)?.familiarFaces ?? null;
  };
}

/** Per-camera switches of the Control Center, which names each camera in its row. */
const FROM_CONTROL_CENTER: Readonly<Record<'search-party' | 'fire-watch', ControlSettingKey>> = {
  'search-party': 'search-party',
  'fire-watch': 'natural-hazards',
};

function controlStates(records: Records): (key: ControlSettingKey, name: string) => boolean | null {
  const rows = firstBy(
    (records.ringControlSettings ?? []).filter((s) => s.deviceName !== null),
    (s) => `${s.key}\u0000${s.deviceName}`,
  );
  return (key, name) => {
    if (rows.size === 0) return null; // no Control Center rows read: no key to spell per camera
    const state = rows.get(`${key}\u0000${name}`)?.state ?? null;
    return state === null ? null : state === 'on';
  };
}

/**
 * For switches set per camera, how many of the user's own cameras still have each on ("Search Party is on for 3 of
 * 5 cameras"), with the cameras named; a camera whose state was not read is counted as unknown, never as off.
 * Only features on for at least one camera are listed; cameras shared with the user are someone else's to change.
 */
export function featureSpread(records: Records, devices: readonly ReportDevice[]): ReportFeatureSpread[] {
  const cameras = devices.filter((d) => d.service === 'ring' && d.owned !== false && CAMERAS.has(d.category));
  if (cameras.length === 0) return [];
  const settingState = fromSettings(records);
  const controlState = controlStates(records);
  const stateOf = (feature: SpreadFeature, camera: ReportDevice): boolean | null =>
    feature === 'search-party' || feature === 'fire-watch' ? controlState(FROM_CONTROL_CENTER[feature], camera.name) : settingState(feature, camera.id);
  const features: readonly SpreadFeature[] = ['search-party', 'fire-watch', 'audio-recording', 'snapshot-capture', 'familiar-faces'];
  return features.flatMap((feature): ReportFeatureSpread[] => {
    // One pass per feature: the cameras it is on for, and how many have it off or unread.
    const on: ReportFeatureSpread['on'] = [];
    let off = 0;
    let unknown = 0;
    for (const camera of cameras) {
      const state = stateOf(feature, camera);
      if (state === true) on.push({ id: camera.id, name: camera.name });
      else if (state === false) off++;
      else unknown++;
    }
    if (on.length === 0) return [];
    return [{ feature, on, off, unknown, total: cameras.length }];
  });
}

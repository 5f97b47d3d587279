import type { Records } from '../model/records.ts';
import type { ReportDevice, ReportFeatureSpread, SpreadFeature } from '../model/report.ts';
import type { ControlSettingKey } from '../model/ring.ts';

const CAMERAS = new Set<ReportDevice['category']>(['camera', 'doorbell']);

/** Per-camera switches whose state comes from each camera's own document. */
const FROM_SETTINGS: Readonly<Record<'audio-recording' | 'snapshot-capture' | 'familiar-faces', (r: Records, id: string) => boolean | null>> = {
  'audio-recording': (r, id) => r.ringDeviceSettings?.find((s) => s.deviceId === id)?.audioRecording ?? null,
  'snapshot-capture': (r, id) =>
    r.ringDeviceSettings?.find((s) => s.deviceId === id)?.snapshotCapture ?? r.ringDeviceFeatures?.find((f) => f.deviceId === id)?.snapshotCapture ?? null,
  'familiar-faces': (r, id) =>
    r.ringDeviceSettings?.find((s) => s.deviceId === id)?.familiarFaces ?? r.ringDeviceFeatures?.find((f) => f.deviceId === id)?.familiarFaces ?? null,
};

/** Per-camera switches of the Control Center, which names each camera in its row. */
const FROM_CONTROL_CENTER: Readonly<Record<'search-party' | 'fire-watch', ControlSettingKey>> = {
  'search-party': 'search-party',
  'fire-watch': 'natural-hazards',
};

function controlState(records: Records, key: ControlSettingKey, name: string): boolean | null {
  const state = records.ringControlSettings?.find((s) => s.key === key && s.deviceName === name)?.state ?? null;
  return state === null ? null : state === 'on';
}

/**
 * For switches set per camera, how many of the user's own cameras still have each on ("Search Party is on for 3 of
 * 5 cameras"), with the cameras named; a camera whose state was not read is counted as unknown, never as off.
 * Only features on for at least one camera are listed; cameras shared with the user are someone else's to change.
 */
export function featureSpread(records: Records, devices: readonly ReportDevice[]): ReportFeatureSpread[] {
  const cameras = devices.filter((d) => d.service === 'ring' && d.owned !== false && CAMERAS.has(d.category));
  if (cameras.length === 0) return [];
  const stateOf = (feature: SpreadFeature, camera: ReportDevice): boolean | null =>
    feature === 'search-party' || feature === 'fire-watch'
      ? controlState(records, FROM_CONTROL_CENTER[feature], camera.name)
      : FROM_SETTINGS[feature](records, camera.id);
  const features: readonly SpreadFeature[] = ['search-party', 'fire-watch', 'audio-recording', 'snapshot-capture', 'familiar-faces'];
  return features.flatMap((feature): ReportFeatureSpread[] => {
    const states = cameras.map((camera) => ({ camera, on: stateOf(feature, camera) }));
    const on = states.filter((s) => s.on === true).map(({ camera }) => ({ id: camera.id, name: camera.name }));
    if (on.length === 0) return [];
    return [{ feature, on, off: states.filter((s) => s.on === false).length, unknown: states.filter((s) => s.on === null).length, total: cameras.length }];
  });
}

import type { Records } from '../../model/records.ts';
import type { ControlList, ControlListKey, ControlSetting, ControlSettingKey, RingDevice, RingDeviceSettings } from '../../model/ring.ts';
import { SOURCE, type SourceId } from '../../model/source-ids.ts';

/** Views of the Ring records the checks and the police paths read. */

export interface RingDeviceView {
  device: RingDevice;
  settings: RingDeviceSettings | null;
}

/** The views of the records being checked, while {@link sharingDeviceViews} runs (records are not changed meanwhile). */
let shared: { records: Records; views: readonly RingDeviceView[] } | null = null;
let sharing = 0;

/**
 * Runs `checks` with one set of device views per set of records: every check that asks gets the same list instead
 * of indexing thousands of devices again. Only for the length of the call: a caller may change its records later.
 */
export function sharingDeviceViews<T>(checks: () => T): T {
  sharing++;
  try {
    return checks();
  } finally {
    if (--sharing === 0) shared = null;
  }
}

/** Each Ring device with its settings document, when one was read. */
export function ringDeviceViews(records: Records): readonly RingDeviceView[] {
  if (shared?.records === records) return shared.views;
  const settings = new Map((records.ringDeviceSettings ?? []).map((s) => [s.deviceId, s]));
  const views = (records.ringDevices ?? []).map((device) => ({ device, settings: settings.get(device.id) ?? null }));
  if (sharing > 0) shared = { records, views };
  return views;
}

/** Control Center settings of one kind, as read off the pages. */
export function controlSettings(records: Records, key: ControlSettingKey): ControlSetting[] {
  return (records.ringControlSettings ?? []).filter((s) => s.key === key);
}

export function controlList(records: Records, key: ControlListKey): ControlList | undefined {
  return (records.ringControlLists ?? []).find((l) => l.key === key);
}

export type DeviceFeature = 'familiarFaces' | 'smartVideoSearch' | 'snapshotCapture' | 'aiVideoDescriptions';

/**
 * A device feature and the source that stated it: the merged privacy settings (newest capture of the settings
 * document, device list or device_info/v3 wins, and names itself), else the device_info features.
 */
export function featureSourceOf(view: RingDeviceView, records: Records, key: DeviceFeature): { value: boolean; source: SourceId } | null {
  const fromSettings = key === 'aiVideoDescriptions' ? null : (view.settings?.[key] ?? null);
  if (fromSettings !== null)
    return { value: fromSettings, source: (key !== 'aiVideoDescriptions' && view.settings?.sources?.[key]) || SOURCE.ringDeviceSettings };
  const info = (records.ringDeviceFeatures ?? []).find((f) => f.deviceId === view.device.id);
  const fromInfo = info ? info[key] : null;
  return fromInfo === null ? null : { value: fromInfo, source: SOURCE.ringDeviceInfo };
}

export function featureOf(view: RingDeviceView, records: Records, key: DeviceFeature): boolean | null {
  return featureSourceOf(view, records, key)?.value ?? null;
}

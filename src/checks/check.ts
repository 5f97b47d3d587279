import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import type { RingDevice, RingDeviceSettings } from '../model/ring.ts';

/** One finding kind: reads records, returns findings. Pure; the text lives in the knowledge catalog under the same id. */
export interface Check {
  id: string;
  run(records: Records): RawFinding[];
}

export interface RingDeviceView {
  device: RingDevice;
  settings: RingDeviceSettings | null;
}

/** Each Ring device with its settings document, when one was read. */
export function ringDeviceViews(records: Records): RingDeviceView[] {
  const settings = new Map((records.ringDeviceSettings ?? []).map((s) => [s.deviceId, s]));
  return (records.ringDevices ?? []).map((device) => ({ device, settings: settings.get(device.id) ?? null }));
}

export function deviceSubject(device: RingDevice): RawFinding['subject'] {
  return { type: 'device', id: device.id, name: device.name };
}

import type { Records, SourceResult } from './records.ts';

/**
 * Folds source results (oldest first) into one view of an account.
 * A device list is a whole snapshot, so the newest list replaces older ones;
 * per-device settings replace older settings of the same device only.
 */
export function mergeRecords(results: readonly SourceResult[]): Records {
  const merged: Records = {};
  const settings = new Map<string, NonNullable<Records['ringDeviceSettings']>[number]>();
  for (const { records } of results) {
    if (records.ringDevices && records.ringDevices.length > 0) merged.ringDevices = records.ringDevices;
    for (const s of records.ringDeviceSettings ?? []) settings.set(s.deviceId, s);
  }
  if (settings.size > 0) merged.ringDeviceSettings = [...settings.values()];
  return merged;
}

import type { Records } from '../../model/records.ts';
import type { PolicePathCloser, PolicePathState } from '../../model/report.ts';
import { controlSettings, ringDeviceViews } from '../check.ts';

export interface PolicePath {
  deviceId: string;
  deviceName: string;
  state: PolicePathState;
  retentionDays: number | null;
  closers: PolicePathCloser[];
}

/**
 * Per camera: the path is open when Ring records it to the cloud and cannot decrypt it is not the case,
 * i.e. cloud recording on and end-to-end encryption off. Anything not read is "unknown", never "closed".
 */
export function ringPolicePaths(records: Records): PolicePath[] {
  const pageDays = controlSettings(records, 'video-storage').find((s) => s.amount !== null)?.amount ?? null;
  return ringDeviceViews(records)
    .filter(({ device }) => device.hasCamera)
    .map(({ device, settings }) => {
      const retentionDays = settings?.recordingTtlDays ?? pageDays;
      let state: PolicePathState = 'unknown';
      if (settings?.localStorage === true) state = 'local-only';
      else if (settings?.e2eeEnabled === true) state = 'closed-e2ee';
      else if (device.subscribed === false) state = 'closed-no-cloud';
      else if (settings?.e2eeEnabled === false) state = 'open';
      const closers: PolicePathCloser[] = state === 'open' ? ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'] : [];
      return { deviceId: device.id, deviceName: device.name, state, retentionDays, closers };
    });
}

import type { Records } from '../model/records.ts';
import type { PolicePathCloser, PolicePathState } from '../model/report.ts';
import { controlSettings, ringDeviceViews } from '../findings/ring/ring-records.ts';
import { privacyEvidence } from '../findings/ring/privacy-evidence.ts';

export interface PolicePath {
  deviceId: string;
  deviceName: string;
  state: PolicePathState;
  retentionDays: number | null;
  closers: PolicePathCloser[];
  /** The source that stated the deciding field (newest capture wins), e.g. `ring.devices` or `ring.device-settings`. */
  evidence?: string;
  /** The deciding field's path in that source. */
  evidenceField?: string;
}

/**
 * Per camera: the path is open when Ring records it to its cloud and end-to-end encryption is off.
 * Encryption, storage time and local storage come from whichever source stated them last (settings
 * document, device list, device_info/v3, page state). Anything not read is "unknown", never "closed".
 */
export function ringPolicePaths(records: Records): PolicePath[] {
  const pageDays = controlSettings(records, 'video-storage').find((s) => s.amount !== null)?.amount ?? null;
  return ringDeviceViews(records)
    .filter(({ device }) => device.hasCamera)
    .map(({ device, settings }) => {
      const retentionDays = settings?.recordingTtlDays ?? pageDays;
      let state: PolicePathState = 'unknown';
      let decidedBy: 'localStorage' | 'e2eeEnabled' | null = null;
      if (settings?.localStorage === true) [state, decidedBy] = ['local-only', 'localStorage'];
      else if (settings?.e2eeEnabled === true) [state, decidedBy] = ['closed-e2ee', 'e2eeEnabled'];
      else if (device.subscribed === false) state = 'closed-no-cloud';
      else if (settings?.e2eeEnabled === false) [state, decidedBy] = ['open', 'e2eeEnabled'];
      const closers: PolicePathCloser[] = state === 'open' ? ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'] : [];
      const decided = decidedBy ? privacyEvidence(settings, decidedBy) : state === 'closed-no-cloud' ? { source: 'ring.devices', field: 'subscribed' } : null;
      const evidence = decidedBy ? settings?.sources?.[decidedBy] : decided?.source;
      return {
        deviceId: device.id,
        deviceName: device.name,
        state,
        retentionDays,
        closers,
        ...(evidence ? { evidence, ...(decided ? { evidenceField: decided.field } : {}) } : {}),
      };
    });
}

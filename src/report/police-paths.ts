import type { Records } from '../model/records.ts';
import type { SourceId } from '../model/source-ids.ts';
import type { PolicePathCloser, PolicePathState } from '../model/report.ts';
import { controlSettings, ringDeviceViews } from '../findings/ring/ring-records.ts';
import { cloudRecordingOf } from '../findings/ring/cloud-recording.ts';
import { privacyEvidence } from '../findings/ring/privacy-evidence.ts';

export interface PolicePath {
  deviceId: string;
  deviceName: string;
  state: PolicePathState;
  retentionDays: number | null;
  closers: PolicePathCloser[];
  /** The source that stated the deciding field (newest capture wins), e.g. `ring.devices` or `ring.device-settings`. */
  evidence?: SourceId;
  /** The JSON paths that decided, e.g. `device.features.video_recording.recording_enabled` and the encryption flag. */
  evidenceFields?: string[];
  /** The deciding field's path in that source (the first of `evidenceFields`). */
  evidenceField?: string;
}

/**
 * Per camera: the path is open when Ring records it to its cloud and end-to-end encryption is off.
 * Encryption, storage time, local storage and recording state come from whichever source stated them last
 * (settings document, device list, device_info/v3, page state). Recording state decides whether anything is in
 * the cloud, not device-level `subscribed`: `subscribed: false` without a recording statement is "unknown".
 * Anything not read is "unknown", never "closed".
 */
export function ringPolicePaths(records: Records): PolicePath[] {
  const pageDays = controlSettings(records, 'video-storage').find((s) => s.amount !== null)?.amount ?? null;
  return ringDeviceViews(records)
    .filter(({ device }) => device.hasCamera)
    .map(({ device, settings }) => {
      const retentionDays = settings?.recordingTtlDays ?? pageDays;
      const recording = cloudRecordingOf(device, settings);
      const e2ee = settings?.e2eeEnabled ?? null;
      let state: PolicePathState = 'unknown';
      let evidence: SourceId | undefined;
      let fields: string[] = [];
      const from = (field: 'localStorage' | 'e2eeEnabled') => privacyEvidence(settings, field);
      if (settings?.localStorage === true) {
        state = 'local-only';
        ({ source: evidence } = from('localStorage'));
        fields = [from('localStorage').field];
      } else if (e2ee === true) {
        state = 'closed-e2ee';
        ({ source: evidence } = from('e2eeEnabled'));
        fields = [from('e2eeEnabled').field];
      } else if (recording.records === false) {
        state = 'closed-no-cloud';
        evidence = recording.source ?? undefined;
        fields = recording.field ? [recording.field] : [];
      } else if (e2ee === false && (recording.records === true || device.subscribed !== false)) {
        state = 'open';
        const encryption = from('e2eeEnabled');
        evidence = encryption.source;
        fields = recording.field ? [encryption.field, recording.field] : [encryption.field];
      }
      const closers: PolicePathCloser[] = state === 'open' ? ['e2ee', 'shorter-storage', 'local-storage', 'no-cloud-plan'] : [];
      const path: PolicePath = { deviceId: device.id, deviceName: device.name, state, retentionDays, closers };
      // Assigned in the order the optional keys have always had (evidence, evidenceField, evidenceFields), without spreads.
      if (evidence) {
        path.evidence = evidence;
        if (fields[0]) path.evidenceField = fields[0];
      }
      if (fields.length > 0) path.evidenceFields = fields;
      return path;
    });
}

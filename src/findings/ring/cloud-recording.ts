import type { RingDevice, RingDeviceSettings } from '../../model/ring.ts';
import { privacyEvidence } from './privacy-evidence.ts';
import type { SourceId } from '../../model/source-ids.ts';

/** Whether a camera records to Ring's cloud, and the source and field that said so. */
export interface CloudRecording {
  /** true: it records; false: the device says it does not; null: nothing read says either. */
  records: boolean | null;
  source: SourceId | null;
  field: string | null;
}

/**
 * Recording state decides, not device-level `subscribed`: 2026 captures (go-ring `device-detail-03.json`) show a
 * camera with `subscribed: false` whose `features.video_recording` says it records, with a 60-day storage time.
 * `subscribed: true` still counts as recording (a plan records); `subscribed: false` alone says nothing.
 */
export function cloudRecordingOf(device: RingDevice, settings: RingDeviceSettings | null): CloudRecording {
  const stated = settings?.cloudRecording;
  if (stated !== null && stated !== undefined) {
    const { source, field } = privacyEvidence(settings, 'cloudRecording');
    return { records: stated, source, field };
  }
  if (device.subscribed === true) return { records: true, source: null, field: 'subscribed' };
  return { records: null, source: null, field: null };
}

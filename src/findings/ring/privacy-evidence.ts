import type { RingDeviceSettings, RingPrivacyField } from '../../model/ring.ts';
import { SOURCE, type SourceId } from '../../model/source-ids.ts';

/** Where each source states a privacy field (the settings document, the device list, device_info/v3, the page state). */
const FIELD_PATHS: Record<RingPrivacyField, Record<string, string>> = {
  audioRecording: { [SOURCE.ringDeviceSettings]: 'general_settings.enable_audio_recording', list: 'settings.enable_audio_recording' },
  e2eeEnabled: { [SOURCE.ringDeviceSettings]: 'video_settings.encryption_enabled', list: 'settings.video_settings.encryption_enabled' },
  encryptionMethod: { [SOURCE.ringDeviceSettings]: 'video_settings.encryption_method', list: 'settings.video_settings.encryption_method' },
  recordingTtlDays: { [SOURCE.ringDeviceSettings]: 'backend_settings.user_specified_recording_ttl', list: 'settings.user_specified_recording_ttl' },
  localStorage: { [SOURCE.ringDeviceSettings]: 'sheila_settings.local_storage_enabled', list: 'settings.sheila_settings.local_storage_enabled' },
  snapshotCapture: { [SOURCE.ringDeviceSettings]: 'general_settings.lite_24x7_enabled', list: 'settings.lite_24x7.enabled' },
  familiarFaces: { [SOURCE.ringDeviceSettings]: 'cv_settings.detection_types.person_identification', list: 'features.person_identification' },
  smartVideoSearch: {
    [SOURCE.ringDeviceSettings]: 'cv_settings.search_types.natural_language_search',
    list: 'settings.cv_settings.search_types.natural_language_search',
  },
  cloudRecording: { [SOURCE.ringDeviceSettings]: 'motion_settings.enable_recording', list: 'features.video_recording.recording_enabled' },
  recording24x7TtlDays: {
    [SOURCE.ringDeviceSettings]: 'backend_settings.user_specified_recording_24x7_ttl',
    list: 'settings.user_specified_recording_24x7_ttl',
  },
  snapshotTtlHours: { [SOURCE.ringDeviceSettings]: 'backend_settings.user_specified_footage_hours_ttl', list: 'settings.lite_24x7_footage_ttl' },
};

/** The source that stated a field last (newest capture wins when captures are merged), and its JSON path there. */
export function privacyEvidence(settings: RingDeviceSettings | null, field: RingPrivacyField): { source: SourceId; field: string } {
  const source = settings?.sources?.[field] ?? SOURCE.ringDeviceSettings;
  const paths = FIELD_PATHS[field];
  // A reader that found the field somewhere else than usual (an intercom's `settings.recording_ttl`) says where.
  const path = settings?.paths?.[field] ?? paths[source] ?? paths['list'] ?? field;
  return { source, field: source === SOURCE.ringDeviceInfo ? `device.${path}` : path };
}

/** The privacy field a source's JSON path stands for (the reverse of {@link privacyEvidence}); null for any other path. */
export function privacyFieldOf(path: string): RingPrivacyField | null {
  const bare = path.replace(/^device\./, '');
  for (const [field, paths] of Object.entries(FIELD_PATHS) as [RingPrivacyField, Record<string, string>][]) {
    if (Object.values(paths).includes(bare)) return field;
  }
  return null;
}

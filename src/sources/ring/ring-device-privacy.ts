import type { RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';
import { readFlag } from './flag.ts';
import { readVideoRecording } from './video-recording.ts';

/**
 * The privacy state a device entry carries itself, in the device list (`ring_devices` items,
 * `settings.*` and `features.*`, ha-ring-extended `ring_api_spec.yaml` 2025-12) and in
 * `device_info/v3/devices[/{id}]` (`device.settings.*`, features as `{eligibility, enablement}`,
 * go-ring `device-detail.json`). Returns null when the entry states none of it, so an entry without
 * these fields never overrides what a settings document said.
 */
export function readEntryPrivacy(entry: JsonObject, deviceId: string, reader: JsonReader, at: string): RingDeviceSettings | null {
  const settings = isObject(entry['settings']) ? entry['settings'] : null;
  const features = isObject(entry['features']) ? entry['features'] : null;
  const where = `${at}.settings`;
  const video = settings && isObject(settings['video_settings']) ? settings['video_settings'] : null;
  const sheila = settings && isObject(settings['sheila_settings']) ? settings['sheila_settings'] : null;
  const lite = settings && isObject(settings['lite_24x7']) ? settings['lite_24x7'] : null;
  const cv = settings && isObject(settings['cv_settings']) ? settings['cv_settings'] : null;
  const search = cv && isObject(cv['search_types']) ? cv['search_types'] : null;
  const detection = cv && isObject(cv['detection_types']) ? cv['detection_types'] : null;
  const ttl = settings ? reader.number(settings, 'user_specified_recording_ttl', where) : null;
  // Ring Intercom (Video and audio handsets, `other[]`): `settings.recording_ttl` and `recording_enabled` (dgreif/ring `IntercomHandsetData`).
  const intercom = typeof entry['kind'] === 'string' && /intercom/i.test(entry['kind']) ? settings : null;
  const intercomTtl = ttl === null && intercom ? reader.number(intercom, 'recording_ttl', where) : null;
  const recording = readVideoRecording(features, reader, `${at}.features`);
  const intercomRecording = recording === null && intercom ? reader.bool(intercom, 'recording_enabled', where) : null;
  const snapshotHours = settings ? reader.number(settings, 'lite_24x7_footage_ttl', where) : null;
  const paths: RingDeviceSettings['paths'] = {};
  if (recording) paths.cloudRecording = `features.video_recording.${recording.field}`;
  else if (intercomRecording !== null) paths.cloudRecording = 'settings.recording_enabled';
  if (intercomTtl !== null && intercomTtl >= 0) paths.recordingTtlDays = 'settings.recording_ttl';
  if (snapshotHours !== null) paths.snapshotTtlHours = 'settings.lite_24x7_footage_ttl';
  const privacy: RingDeviceSettings = {
    deviceId,
    // The device list states audio recording as `settings.enable_audio_recording`; the device record keeps it too.
    audioRecording: settings ? reader.bool(settings, 'enable_audio_recording', where) : null,
    e2eeEnabled: video ? reader.bool(video, 'encryption_enabled', `${where}.video_settings`) : null,
    encryptionMethod: video ? scalar(video['encryption_method']) : null,
    recordingTtlDays: ttl !== null && ttl >= 0 ? ttl : intercomTtl !== null && intercomTtl >= 0 ? intercomTtl : null,
    localStorage: sheila ? reader.bool(sheila, 'local_storage_enabled', `${where}.sheila_settings`) : null,
    snapshotCapture: lite ? reader.bool(lite, 'enabled', `${where}.lite_24x7`) : settings ? reader.bool(settings, 'lite_24x7_enabled', where) : null,
    // Familiar Faces: a feature `{eligibility, enablement:{allowed, enabled}}`, or a detection type in cv_settings.
    familiarFaces:
      readFlag(features, 'person_identification', reader, `${at}.features`) ??
      readFlag(detection, 'person_identification', reader, `${where}.cv_settings.detection_types`),
    smartVideoSearch:
      readFlag(search, 'natural_language_search', reader, `${where}.cv_settings.search_types`) ??
      readFlag(features, 'smart_video_search', reader, `${at}.features`),
    cloudRecording: recording?.records ?? intercomRecording,
    snapshotTtlHours: snapshotHours !== null && snapshotHours >= 0 ? snapshotHours : null,
  };
  // Last, as a spread of it would add it, without the spread's slow path (one record per device: thousands).
  if (Object.keys(paths).length > 0) privacy.paths = paths;
  const stated =
    privacy.e2eeEnabled !== null ||
    privacy.recordingTtlDays !== null ||
    privacy.localStorage !== null ||
    privacy.snapshotCapture !== null ||
    privacy.familiarFaces !== null ||
    privacy.smartVideoSearch !== null ||
    privacy.cloudRecording !== null ||
    privacy.snapshotTtlHours !== null;
  return stated ? privacy : null;
}

function scalar(v: unknown): number | string | null {
  return typeof v === 'number' || (typeof v === 'string' && v.length < 50) ? v : null;
}

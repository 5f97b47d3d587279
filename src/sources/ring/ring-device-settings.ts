import type { RingDeviceSettings } from '../../model/ring.ts';
import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';
import { readFlag } from './flag.ts';

/** Sections of `devices/v1/devices/{id}/settings`; two or more identify the document. */
const KNOWN_SECTIONS = [
  'general_settings',
  'video_settings',
  'backend_settings',
  'motion_settings',
  'volume_settings',
  'sheila_settings',
  'cv_settings',
  'vod_settings',
];

export function looksLikeRingDeviceSettings(body: unknown): body is JsonObject {
  return isObject(body) && KNOWN_SECTIONS.filter((s) => isObject(body[s])).length >= 2;
}

/** Reads one device's settings document. Returns null when none of the privacy-relevant fields is present. */
export function readRingDeviceSettings(body: unknown, deviceId: string, reader: JsonReader): RingDeviceSettings | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The settings document is not a JSON object.');
    return null;
  }
  const general = reader.object(body, 'general_settings', '$');
  const video = reader.object(body, 'video_settings', '$');
  const backend = reader.object(body, 'backend_settings', '$');
  const sheila = reader.object(body, 'sheila_settings', '$');
  const cv = reader.object(body, 'cv_settings', '$');
  const motion = reader.object(body, 'motion_settings', '$');
  if (!general && !video && !backend && !sheila) {
    reader.note('error', 'no-known-section', '$', 'None of general_settings, video_settings, backend_settings or sheila_settings was found.');
    return null;
  }
  const settings: RingDeviceSettings = {
    deviceId,
    audioRecording: general ? reader.bool(general, 'enable_audio_recording', 'general_settings') : null,
    e2eeEnabled: video ? reader.bool(video, 'encryption_enabled', 'video_settings') : null,
    encryptionMethod: video ? readScalar(video['encryption_method']) : null,
    recordingTtlDays: backend ? reader.number(backend, 'user_specified_recording_ttl', 'backend_settings') : null,
    localStorage: sheila ? reader.bool(sheila, 'local_storage_enabled', 'sheila_settings') : null,
    snapshotCapture: general ? reader.bool(general, 'lite_24x7_enabled', 'general_settings') : null,
    familiarFaces: readFlag(cv ? reader.object(cv, 'detection_types', 'cv_settings') : null, 'person_identification', reader, 'cv_settings.detection_types'),
    smartVideoSearch: readFlag(cv ? reader.object(cv, 'search_types', 'cv_settings') : null, 'natural_language_search', reader, 'cv_settings.search_types'),
    // `true` says the camera records its motion events; `false` is not read as "nothing in the cloud" (its meaning for
    // cloud storage is not public), so it leaves the question to the device entry's `features.video_recording`.
    cloudRecording: motion && reader.bool(motion, 'enable_recording', 'motion_settings') === true ? true : null,
    recording24x7TtlDays: backend ? nonNegative(reader.number(backend, 'user_specified_recording_24x7_ttl', 'backend_settings')) : null,
    snapshotTtlHours: backend ? nonNegative(reader.number(backend, 'user_specified_footage_hours_ttl', 'backend_settings')) : null,
  };
  if (video && settings.e2eeEnabled === null) {
    reader.note(
      'warning',
      'missing-field',
      'video_settings.encryption_enabled',
      'Encryption state not stated; end-to-end encryption is unknown for this device.',
    );
  }
  if (general && settings.audioRecording === null) {
    reader.note('info', 'missing-field', 'general_settings.enable_audio_recording', 'Audio recording not stated.');
  }
  return settings;
}

function nonNegative(n: number | null): number | null {
  return n !== null && n >= 0 ? n : null;
}

function readScalar(v: unknown): number | string | null {
  return typeof v === 'number' || (typeof v === 'string' && v.length < 50) ? v : null;
}

import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';

/**
 * `features.video_recording` of a 2026 device entry (`device_info/v3/devices/{id}`, go-ring
 * `recordings/http/variants/device-detail-03.json`: `{recording_mode, recording_enabled: true, recording_state: "active"}`;
 * `captured/variants/device-detail-02.json`: `false` / `"inactive"`). The camera records when either says so; it is
 * "not recording" only when neither says so and one says it is off. Null when the entry has no such statement.
 */
export function readVideoRecording(
  features: JsonObject | null,
  reader: JsonReader,
  at: string,
): { records: boolean; field: 'recording_enabled' | 'recording_state' } | null {
  if (!features || !('video_recording' in features)) return null;
  const recording = reader.object(features, 'video_recording', at);
  if (!recording || !isObject(recording)) return null;
  const where = `${at}.video_recording`;
  const enabled = reader.bool(recording, 'recording_enabled', where);
  const state = reader.string(recording, 'recording_state', where);
  if (state !== null && state !== 'active' && state !== 'inactive') {
    reader.note('info', 'unknown-value', `${where}.recording_state`, `Recording state "${state.slice(0, 40)}" is not known to Alexposé.`);
  }
  if (enabled === true) return { records: true, field: 'recording_enabled' };
  if (state === 'active') return { records: true, field: 'recording_state' };
  if (enabled === false) return { records: false, field: 'recording_enabled' };
  if (state === 'inactive') return { records: false, field: 'recording_state' };
  return null;
}

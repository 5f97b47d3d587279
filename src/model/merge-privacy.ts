import type { SourceResult } from './records.ts';
import type { MergeNote } from './merge-notes.ts';
import { RING_PRIVACY_FIELDS, type RingDeviceSettings, type RingPrivacyField } from './ring.ts';
import { captureTime } from './capture-order.ts';
import { SOURCE, type SourceId } from './source-ids.ts';

type Value = boolean | number | string;

/** One capture's word on one field of one device: a value, or "stated but unreadable". */
interface Statement {
  time: number;
  capturedAt: string | null;
  source: string;
  value: Value | 'unreadable';
  /** The JSON path that stated it, where its source has more than one place for the field. */
  path?: string;
}

/** The settings document's key of each field, to tell a field it stated unreadably (`wrong-type`) from one it left out. */
const SETTINGS_KEYS: Record<RingPrivacyField, RegExp> = {
  audioRecording: /(^|\.)enable_audio_recording$/,
  e2eeEnabled: /(^|\.)encryption_enabled$/,
  encryptionMethod: /(^|\.)encryption_method$/,
  recordingTtlDays: /(^|\.)user_specified_recording_ttl$/,
  localStorage: /(^|\.)local_storage_enabled$/,
  snapshotCapture: /(^|\.)lite_24x7_enabled$/,
  familiarFaces: /person_identification/,
  smartVideoSearch: /natural_language_search/,
  cloudRecording: /(^|\.)(recording_enabled|enable_recording|recording_state)$/,
  recording24x7TtlDays: /(^|\.)user_specified_recording_24x7_ttl$/,
  snapshotTtlHours: /(^|\.)(user_specified_footage_hours_ttl|lite_24x7_footage_ttl)$/,
};

/** The value of each boolean field that closes or lowers a risk; numbers and the method name have no safe value. */
const SAFE: Partial<Record<RingPrivacyField, boolean>> = {
  e2eeEnabled: true,
  localStorage: true,
  audioRecording: false,
  snapshotCapture: false,
  familiarFaces: false,
  smartVideoSearch: false,
  cloudRecording: false,
};

const isSafe = (field: RingPrivacyField, value: Value): boolean => SAFE[field] !== undefined && value === SAFE[field];

/**
 * The less safe of values that disagree: the unsafe boolean, the longer storage; null (unknown) where neither is
 * less safe (two encryption methods).
 */
function lessSafe(field: RingPrivacyField, values: readonly Value[]): Value | null {
  const safe = SAFE[field];
  if (safe !== undefined) return !safe;
  if (values.every((v) => typeof v === 'number')) return Math.max(...(values as number[]));
  return null;
}

/**
 * What one capture says about each field of one device's record, added to the device's statements (`said`)
 * field by field, in the order of RING_PRIVACY_FIELDS (no map per record: a device list holds thousands). A settings document is the device's own full
 * statement: a field it leaves out or states with a wrong type is "unreadable" there, never "not said". A device
 * list only says what it states.
 */
function statementsOf(
  record: RingDeviceSettings,
  result: SourceResult,
  base: Pick<Statement, 'time' | 'capturedAt'>,
  said: Map<RingPrivacyField, Statement[]>,
): void {
  const add = (field: RingPrivacyField, statement: Statement): void => {
    const list = said.get(field);
    if (list) list.push(statement);
    else said.set(field, [statement]);
  };
  const { source } = result;
  const fullDocument = source.id === SOURCE.ringDeviceSettings;
  for (const field of RING_PRIVACY_FIELDS) {
    const value = record[field];
    const by = record.sources?.[field] ?? source.id;
    const path = record.paths?.[field];
    if (value !== null && value !== undefined) {
      const statement: Statement = { time: base.time, capturedAt: base.capturedAt, source: by, value };
      if (path) statement.path = path;
      add(field, statement);
    } else if (fullDocument && (field === 'e2eeEnabled' || statedUnreadably(field, result)))
      add(field, { time: base.time, capturedAt: base.capturedAt, source: by, value: 'unreadable' });
  }
}

function statedUnreadably(field: RingPrivacyField, result: SourceResult): boolean {
  return result.source.diagnostics.some((d) => d.code === 'wrong-type' && d.at !== undefined && SETTINGS_KEYS[field].test(d.at));
}

/**
 * Per device and field, the newest capture wins by its own time. Captures of the same time that disagree are a
 * conflict: the less safe value, or unknown. A newest capture that states a field unreadably makes it unknown,
 * unless the older value was the unsafe one (a stale "on" is never a false "safe"; dropping it would remove a finding).
 * `results` must be ordered oldest capture first (see byCaptureTime).
 */
export function mergeRingPrivacy(results: readonly SourceResult[]): { settings: RingDeviceSettings[]; notes: MergeNote[] } {
  const byDevice = new Map<string, Map<RingPrivacyField, Statement[]>>();
  for (const result of results) {
    // One capture time per result, not per record (a device list holds thousands).
    const base = { time: captureTime(result), capturedAt: result.source.capturedAt ?? null };
    for (const record of result.records.ringDeviceSettings ?? []) {
      let fields = byDevice.get(record.deviceId);
      if (!fields) byDevice.set(record.deviceId, (fields = new Map<RingPrivacyField, Statement[]>()));
      statementsOf(record, result, base, fields);
    }
  }
  const notes: MergeNote[] = [];
  const settings: RingDeviceSettings[] = [];
  // forEach, not for…of: no [key, value] pair per device and per field (a device list holds thousands).
  byDevice.forEach((fields, deviceId) => {
    const merged: RingDeviceSettings = {
      deviceId,
      audioRecording: null,
      e2eeEnabled: null,
      encryptionMethod: null,
      recordingTtlDays: null,
      localStorage: null,
      sources: {},
    };
    fields.forEach((statements, field) => {
      const decided = decide(field, statements, (note) => notes.push({ ...note, deviceId, field }));
      (merged as unknown as Record<string, unknown>)[field] = decided?.value ?? null;
      // A stored result's source id is a plain string (it may come from a newer version); here it names a settings reader.
      if (decided) (merged.sources ??= {})[field] = decided.source as SourceId;
      // The path that stated it travels with the value (police paths name the deciding field).
      if (decided?.path) (merged.paths ??= {})[field] = decided.path;
    });
    settings.push(merged);
  });
  return { settings, notes };
}

type FieldNote =
  Omit<Extract<MergeNote, { code: 'capture-conflict' }>, 'deviceId' | 'field'> | Omit<Extract<MergeNote, { code: 'newer-unreadable' }>, 'deviceId' | 'field'>;

/** Whether no other statement has the newest one's capture time (no conflict to decide). */
function aloneAtItsTime(newest: Statement, statements: readonly Statement[]): boolean {
  for (const s of statements) if (s !== newest && s.time === newest.time) return false;
  return true;
}

/** The value of one field from its statements (oldest first), or null when unknown. */
function decide(
  field: RingPrivacyField,
  statements: readonly Statement[],
  note: (n: FieldNote) => void,
): { value: Value; source: string; path?: string } | null {
  const newest = statements[statements.length - 1];
  if (!newest) return null;
  // The newest time stated once and readably (the usual case: one capture, or a device list and a newer settings
  // document): that statement, as the general rule below decides it, without its lists and sets.
  if (newest.value !== 'unreadable' && aloneAtItsTime(newest, statements)) return newest;
  // One statement that could not be read: unknown.
  if (statements.length === 1) return null;
  const group = statements.filter((s) => s.time === newest.time);
  const older = statements.slice(0, statements.length - group.length);
  const values = group.filter((s): s is Statement & { value: Value } => s.value !== 'unreadable');
  const distinct = [...new Set(values.map((s) => s.value))];
  const unreadable = group.find((s) => s.value === 'unreadable');
  if (distinct.length > 1 || (distinct.length === 1 && unreadable)) {
    note({ code: 'capture-conflict', sources: [...new Set(group.map((s) => s.source))], capturedAt: newest.capturedAt });
    const worst = distinct.length > 1 ? lessSafe(field, distinct) : (distinct[0] as Value);
    // A value that cannot be read beside a safe one leaves it unknown; beside an unsafe one the unsafe one stands.
    if (worst === null || (unreadable && isSafe(field, worst))) return null;
    const chosen = values.find((s) => s.value === worst);
    return { value: worst, source: chosen?.source ?? newest.source, ...(chosen?.path ? { path: chosen.path } : {}) };
  }
  const only = values[values.length - 1];
  if (only) return { value: only.value, source: only.source, ...(only.path ? { path: only.path } : {}) };
  // Only "unreadable" at the newest time: what the older captures said, unless that was the safe value.
  const before = decide(field, older, () => undefined);
  if (before === null) return null;
  if (isSafe(field, before.value)) {
    note({ code: 'newer-unreadable', source: newest.source, capturedAt: newest.capturedAt });
    return null;
  }
  return before;
}

import type { VoiceHistorySummary } from '../../model/alexa.ts';
import { JsonReader, isObject, settleList } from '../json-reader.ts';

export function looksLikeVoiceHistory(body: unknown): boolean {
  return isObject(body) && (Array.isArray(body['customerHistoryRecords']) || Array.isArray(body['alexaHistoryRecords']));
}

/**
 * Voice history records (`rvh/customer-history-records-v2` or the newer `rah/alexa-history-records-v2`)
 * → how many, over what period, from which devices. Transcripts are not kept.
 */
export function readVoiceHistory(body: unknown, reader: JsonReader): VoiceHistorySummary | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The voice history is not a JSON object.');
    return null;
  }
  const rvh = reader.array(body, 'customerHistoryRecords', '$');
  const rah = rvh ? null : reader.array(body, 'alexaHistoryRecords', '$');
  const records = rvh ?? rah;
  if (!records) {
    reader.note('error', 'missing-field', 'customerHistoryRecords', 'Neither customerHistoryRecords nor alexaHistoryRecords found.');
    return null;
  }
  const keys: string[] = [];
  const devices = new Set<string>();
  const times: number[] = [];
  let unreadable = 0;
  records.forEach((record, i) => {
    const at = `[${i}]`;
    if (!isObject(record)) {
      reader.note('warning', 'not-an-object', at, 'Record is not an object; skipped.');
      unreadable += 1;
      return;
    }
    const time = toMillis(record['timestamp']);
    if (time === null) {
      reader.note('warning', 'missing-field', `${at}.timestamp`, 'Record without a timestamp.');
      unreadable += 1;
      return;
    }
    const device = deviceName(record);
    times.push(time);
    if (device) devices.add(device);
    keys.push(`${time}#${device ?? ''}`);
  });
  settleList(reader, rvh ? 'customerHistoryRecords' : 'alexaHistoryRecords', { entries: records.length, read: keys.length, unreadable });
  // Records present but none readable: no summary, so the history is never shown as read (or as "no recordings").
  if (records.length > 0 && keys.length === 0) return null;
  times.sort((a, b) => a - b);
  return {
    recordKeys: keys,
    earliest: times.length ? new Date(times[0] as number).toISOString() : null,
    latest: times.length ? new Date(times[times.length - 1] as number).toISOString() : null,
    devices: [...devices].slice(0, 100),
    endpoint: rvh ? 'rvh' : 'rah',
    more: hasNextPage(body),
  };
}

/**
 * Whether Amazon said there is another page: `encodedRequestToken` (rvh) or `paginationToken` (rah), at the top
 * or in a `pagination` object. The token itself is not kept. While a token is there the count is "at least".
 */
function hasNextPage(body: Record<string, unknown>): boolean {
  const pagination = isObject(body['pagination']) ? body['pagination'] : {};
  return [body['encodedRequestToken'], body['paginationToken'], pagination['paginationToken'], body['nextPaginationToken']].some(
    (t) => typeof t === 'string' && t.length > 0,
  );
}

function toMillis(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(n) && n > 0 && n < 8.64e15 ? n : null;
}

/**
 * The device a record came from: `device` (rvh) or `deviceInfo` (rah: an object, an array whose first entry is the
 * device that heard it, or null), by name, else serial; else the serial inside `recordKey` / `activityKey`
 * (`<customer>#<timestamp>#<deviceType>#<serial>`; conversation keys have no serial).
 */
function deviceName(record: Record<string, unknown>): string | null {
  for (const info of [record['device'], record['deviceInfo']]) {
    const first = Array.isArray(info) ? info.find(isObject) : info;
    if (!isObject(first)) continue;
    const name = first['deviceName'] ?? first['deviceSerialNumber'];
    if (typeof name === 'string' && name.trim()) return name.trim().slice(0, 200);
  }
  for (const key of [record['recordKey'], record['activityKey']]) {
    const parts = typeof key === 'string' ? key.split('#') : [];
    if (parts.length === 4 && parts[3]) return parts[3].slice(0, 200);
  }
  return null;
}

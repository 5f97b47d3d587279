import type { VoiceHistorySummary } from '../../model/alexa.ts';
import { JsonReader, isObject } from '../json-reader.ts';

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
  records.forEach((record, i) => {
    if (!isObject(record)) return;
    const at = `[${i}]`;
    const time = toMillis(record['timestamp']);
    if (time === null) {
      reader.note('warning', 'missing-field', `${at}.timestamp`, 'Record without a timestamp.');
      return;
    }
    const device = deviceName(record);
    times.push(time);
    if (device) devices.add(device);
    keys.push(`${time}#${device ?? ''}`);
  });
  times.sort((a, b) => a - b);
  const token = body['encodedRequestToken'];
  return {
    recordKeys: keys,
    earliest: times.length ? new Date(times[0] as number).toISOString() : null,
    latest: times.length ? new Date(times[times.length - 1] as number).toISOString() : null,
    devices: [...devices].slice(0, 100),
    endpoint: rvh ? 'rvh' : 'rah',
    more: typeof token === 'string' && token.length > 0,
  };
}

function toMillis(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(n) && n > 0 && n < 8.64e15 ? n : null;
}

function deviceName(record: Record<string, unknown>): string | null {
  const device = record['device'];
  if (isObject(device) && typeof device['deviceName'] === 'string') return device['deviceName'];
  const info = record['deviceInfo'];
  const first = Array.isArray(info) ? info[0] : info;
  if (isObject(first) && typeof first['deviceName'] === 'string') return first['deviceName'];
  const key = record['recordKey'];
  return typeof key === 'string' ? (key.split('#')[3] ?? null) : null;
}

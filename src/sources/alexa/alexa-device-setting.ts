import type { AlexaDeviceSetting } from '../../model/alexa.ts';
import { JsonReader, isObject } from '../json-reader.ts';

export function looksLikeAlexaDeviceSetting(body: unknown): boolean {
  return isObject(body) && typeof body['deviceAccountId'] === 'string' && typeof body['key'] === 'string' && 'value' in body;
}

/** `api/v1/devices/{deviceAccountId}/settings/{key}`; `value` is itself a JSON string such as `"\"ENABLED\""`. */
export function readAlexaDeviceSetting(
  body: unknown,
  fromPath: { deviceAccountId: string | null; key: string | null },
  reader: JsonReader,
): AlexaDeviceSetting | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The device setting is not a JSON object.');
    return null;
  }
  const deviceAccountId = reader.id(body, 'deviceAccountId', '$') ?? fromPath.deviceAccountId;
  const key = reader.string(body, 'key', '$') ?? fromPath.key;
  if (!deviceAccountId || !key) {
    reader.note('error', 'missing-field', '$', 'Device setting without deviceAccountId or key.');
    return null;
  }
  const raw = body['value'];
  let value: string | null = null;
  if (typeof raw === 'string') {
    try {
      const inner: unknown = JSON.parse(raw);
      value = typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean' ? String(inner) : raw;
    } catch {
      value = raw;
    }
  } else if (typeof raw === 'boolean' || typeof raw === 'number') value = String(raw);
  else reader.note('warning', 'wrong-type', 'value', 'Setting value in an unknown form.');
  return { deviceAccountId, key, value };
}

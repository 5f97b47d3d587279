import { JsonReader, isObject, type JsonObject } from '../json-reader.ts';

/**
 * Ring states a feature as `true`, as `{ enabled }`, or as `{ enablement: { enabled } }` depending on
 * the document and its age. Reads any of them; null when absent or not understood.
 */
export function readFlag(container: JsonObject | null, key: string, reader: JsonReader, at: string): boolean | null {
  if (!container) return null;
  const value = container[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (isObject(value)) {
    if (typeof value['enabled'] === 'boolean') return value['enabled'];
    const enablement = value['enablement'];
    if (isObject(enablement) && typeof enablement['enabled'] === 'boolean') return enablement['enabled'];
    if (value['enablement'] === undefined && value['enabled'] === undefined) return null;
  }
  reader.note('warning', 'wrong-type', `${at}.${key}`, 'Feature flag in an unknown form.');
  return null;
}

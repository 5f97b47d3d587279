import type { StorageAreaLike } from './storage-area.ts';
import { QUARANTINE_PREFIX, storedBytes } from './schema.ts';

/** Stored data that could not be read, kept aside: where it is, why, and how large. */
export interface QuarantineEntry {
  /** The quarantine record's own key. */
  key: string;
  reason: string;
  at: string | null;
  /** Keys whose values are the quarantined data (they stay where they were); empty when the data is inline (written by version 1). */
  keys: string[];
  bytes: number;
}

export async function listQuarantine(area: StorageAreaLike): Promise<QuarantineEntry[]> {
  const everything = await area.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
    .map(([key, value]) => {
      const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      const keys = Array.isArray(record['keys']) ? record['keys'].filter((k): k is string => typeof k === 'string') : [];
      const bytes = keys.reduce((n, k) => n + (k in everything ? storedBytes(k, everything[k]) : 0), storedBytes(key, value));
      return { key, reason: typeof record['reason'] === 'string' ? record['reason'] : 'unknown', at: typeof record['at'] === 'string' ? record['at'] : null, keys, bytes };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The quarantined data itself, for viewing or export: each kept key with its value, as stored. */
export async function readQuarantined(area: StorageAreaLike, entry: QuarantineEntry): Promise<Record<string, unknown>> {
  return area.get([entry.key, ...entry.keys]);
}

/** Erases the quarantined data and its record; nothing else. */
export async function eraseQuarantined(area: StorageAreaLike, entry: QuarantineEntry): Promise<void> {
  await area.remove([entry.key, ...entry.keys]);
}

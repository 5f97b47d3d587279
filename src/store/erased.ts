import type { SourceResult } from '../model/records.ts';
import { erasedAtItem } from './storage-keys.ts';

/**
 * When the user last pressed "Erase everything" (ISO time), kept after the erase. A capture taken before it but
 * arriving after it (a content script's batch in its 300 ms delay, a write already queued) is not stored: erasing
 * must not be undone by captures in flight.
 */
export const ERASED_AT_KEY = erasedAtItem.key;

/** The results captured after the erase, or without a capture time (an import the user started later). */
export function capturedAfterErase(results: readonly SourceResult[], erasedAt: string | undefined): SourceResult[] {
  const erased = erasedAt === undefined ? NaN : Date.parse(erasedAt);
  if (Number.isNaN(erased)) return [...results];
  return results.filter((r) => {
    const at = r.source.capturedAt ? Date.parse(r.source.capturedAt) : NaN;
    return Number.isNaN(at) || at > erased;
  });
}

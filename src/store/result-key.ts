import type { SourceResult } from '../model/records.ts';
import { SOURCE } from '../model/source-ids.ts';

/** Sources read page by page from one URL (infinite scroll): each page is kept unless it is the same page again. */
const PAGED_SOURCES = new Set<string>([SOURCE.amazonVoiceHistory]);

/** FNV-1a over the records, to tell a re-read of the same document from another one. */
export function fingerprint(result: SourceResult): number {
  const text = JSON.stringify(result.records);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Which document a result is: a later result with the same key replaces it. */
export function resultKey(result: SourceResult): string {
  const base = `${result.source.id}\u0000${result.source.location ?? ''}`;
  return PAGED_SOURCES.has(result.source.id) ? `${base}\u0000${fingerprint(result)}` : base;
}

/** Keeps the last copy of each document, in the order the last copies arrived. */
export function dedupeResults(results: readonly SourceResult[]): SourceResult[] {
  const byKey = new Map<string, SourceResult>();
  for (const result of results) {
    const key = resultKey(result);
    byKey.delete(key);
    byKey.set(key, result);
  }
  return [...byKey.values()];
}

import type { StoredScan } from '../../store/schema.ts';
import { mergeRecords } from '../../model/merge-records.ts';
import { accessDrafts } from './build-access.ts';

/**
 * When each access entry was first seen: the time of the oldest stored scan of the account whose own results name
 * it. Each scan is read alone (no words, no checks), so the cost grows with the history, not with its square.
 * Compaction keeps the first result of every document, so a first sighting survives it.
 */
export function accessFirstSeen(scans: readonly StoredScan[]): Record<string, string> {
  const firstSeen: Record<string, string> = {};
  for (const scan of [...scans].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    if (scan.results.length === 0) continue;
    for (const draft of accessDrafts(mergeRecords(scan.results))) firstSeen[draft.id] ??= scan.updatedAt;
  }
  return firstSeen;
}

/** Entries first seen after the scan the user last looked at: "new since your last visit". None before a first look. */
export function newSinceSeen(firstSeen: Readonly<Record<string, string>>, seenScanAt: string | null): string[] {
  if (!seenScanAt) return [];
  return Object.entries(firstSeen)
    .filter(([, at]) => at > seenScanAt)
    .map(([id]) => id);
}

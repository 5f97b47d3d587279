import type { StoredScan } from '../../store/schema.ts';
import type { Records, SourceResult } from '../../model/records.ts';
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
    for (const draft of accessDrafts(mergeRecords(scan.results.map(accessPart)))) firstSeen[draft.id] ??= scan.updatedAt;
  }
  return firstSeen;
}

/** The records access entries are built from, and no more: a 10,000-device list is not merged once per scan for one garage opener. */
function accessPart(result: SourceResult): SourceResult {
  const r = result.records;
  const records: Records = {
    ...(r.ringProfile ? { ringProfile: r.ringProfile } : {}),
    ...(r.ringLocations ? { ringLocations: r.ringLocations } : {}),
    ...(r.ringLocationUsers ? { ringLocationUsers: r.ringLocationUsers } : {}),
    ...(r.ringControlLists ? { ringControlLists: r.ringControlLists } : {}),
    ...(r.ringControlSettings ? { ringControlSettings: r.ringControlSettings } : {}),
    ...(r.ringKeyAssociations ? { ringKeyAssociations: r.ringKeyAssociations } : {}),
    ...(r.ringMonitoring ? { ringMonitoring: r.ringMonitoring } : {}),
    ...(r.ringDevices ? { ringDevices: r.ringDevices.filter((d) => d.keyByAmazon) } : {}),
    ...(r.alexaHousehold ? { alexaHousehold: r.alexaHousehold } : {}),
    ...(r.alexaDevices ? { alexaDevices: r.alexaDevices } : {}),
    ...(r.connectedApps ? { connectedApps: r.connectedApps } : {}),
    ...(r.amazonDevices ? { amazonDevices: r.amazonDevices } : {}),
  };
  return { source: result.source, records };
}

/** Entries first seen after the scan the user last looked at: "new since your last visit". None before a first look. */
export function newSinceSeen(firstSeen: Readonly<Record<string, string>>, seenScanAt: string | null): string[] {
  if (!seenScanAt) return [];
  return Object.entries(firstSeen)
    .filter(([, at]) => at > seenScanAt)
    .map(([id]) => id);
}

import type { HistoryEntry } from '../../ui/load-history.ts';
import type { ReportSource } from '../../model/report.ts';

/** One source as read in one scan: when, from where, with what outcome. */
export interface SourceRead {
  at: string;
  source: ReportSource;
}

/**
 * Every source read, with the time of the scan that read it. A scan's report holds the sources of all scans
 * up to it, in order, so the sources a scan added are those after the previous report's.
 */
export function sourceReads(entries: readonly HistoryEntry[]): SourceRead[] {
  let seen = 0;
  return entries.flatMap((entry) => {
    const added = entry.report.sources.slice(seen);
    seen = entry.report.sources.length;
    return added.map((source) => ({ at: entry.at, source }));
  });
}

/** The latest read per source id and location (what the report now rests on), newest first. */
export function latestReads(reads: readonly SourceRead[]): SourceRead[] {
  const latest = new Map<string, SourceRead>();
  for (const r of reads) latest.set(`${r.source.id}\u0000${r.source.origin}${r.source.location ?? ''}`, r);
  return [...latest.values()].sort((a, b) => b.at.localeCompare(a.at) || a.source.id.localeCompare(b.source.id));
}

/** When a source id was last read successfully (read or partial); undefined when never. */
export function lastReadAt(reads: readonly SourceRead[], sourceId: string): SourceRead | undefined {
  return [...reads].reverse().find((r) => r.source.id === sourceId && (r.source.status === 'read' || r.source.status === 'partial'));
}

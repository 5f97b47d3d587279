import type { ExportFile } from '../../model/export.ts';
import type { EntrySink } from './entry-sinks.ts';

/** The caps against zip bombs: entries, inflated bytes per entry and in total. */
export interface ZipLimits {
  maxEntries: number;
  /** Inflated bytes of one entry that is read (a table, a JSON list). */
  maxEntryBytes: number;
  /** Inflated bytes of all read entries together. */
  maxTotalBytes: number;
}

export interface ZipProblem {
  level: 'error' | 'warning';
  code: string;
  message: string;
}

export interface ZipOutcome {
  files: ExportFile[];
  problems: ZipProblem[];
  /** Bytes of the zip file read. */
  zipBytes: number;
}

export type OpenEntry = (name: string) => EntrySink;

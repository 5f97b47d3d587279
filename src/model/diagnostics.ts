/** Something a source could not read, or read only partly. Shown to the user; never contains page text beyond key names. */
export interface Diagnostic {
  level: 'info' | 'warning' | 'error';
  /** Stable code, e.g. `unknown-key`, `wrong-type`, `not-json`. */
  code: string;
  /** JSON path or DOM hint where it happened, e.g. `doorbots[2].settings`. */
  at?: string;
  message: string;
}

export type SourceStatus = 'read' | 'partial' | 'unrecognized' | 'error';
export type Service = 'ring' | 'alexa' | 'amazon';

export interface SourceInfo {
  /**
   * Source reader id, e.g. `ring.devices`: a `SOURCE` or `NO_SOURCE` id of `model/source-ids.ts` when this version
   * read it. A `string`, because stored results and imported reports may hold ids of a newer version.
   */
  id: string;
  service: Service;
  /** What kind of input it was: `json`, `page-state`, `html`, `har-entry`. */
  kind: string;
  status: SourceStatus;
  /** Origin (scheme+host) the input came from, or `file:` for saved files without URL. */
  origin: string;
  /** URL path or file label, so a user can tell two sources apart. */
  location?: string;
  /** When what this source read was read (ISO 8601, with its offset). Added field; older stored results lack it. */
  readAt?: string;
  /** What `readAt` is (see {@link ReadAtKind}). */
  readAtKind?: ReadAtKind;
  /** The input file it came from (CLI, report-page import), e.g. the HAR whose entry this is. Added field. */
  file?: string;
  /**
   * When the input was captured (the page's own request, a HAR entry's time). Results are merged by it, newest
   * last; results without it keep their place (and are ordered by their scan in the store).
   */
  capturedAt?: string;
  diagnostics: Diagnostic[];
}

/**
 * What a read time is: `captured` the browser's capture of the response or page; `har-entry` the HAR entry's
 * `startedDateTime`; `file` the time the saved file was read (no better time in it); `scan` the time of the stored
 * scan (results stored before read times were kept); `report` nothing better was known: the report's own time.
 */
export type ReadAtKind = 'captured' | 'har-entry' | 'file' | 'scan' | 'report';

/** Derive a status from what was read: nothing useful → unrecognized, warnings → partial. */
export function statusFrom(diagnostics: readonly Diagnostic[], readSomething: boolean): SourceStatus {
  if (diagnostics.some((d) => d.level === 'error')) return readSomething ? 'partial' : 'error';
  if (!readSomething) return 'unrecognized';
  return diagnostics.some((d) => d.level === 'warning') ? 'partial' : 'read';
}

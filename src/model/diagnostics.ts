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
  /** Source reader id, e.g. `ring.devices`. */
  id: string;
  service: Service;
  /** What kind of input it was: `json`, `page-state`, `html`, `har-entry`. */
  kind: string;
  status: SourceStatus;
  /** Origin (scheme+host) the input came from, or `file:` for saved files without URL. */
  origin: string;
  /** URL path or file label, so a user can tell two sources apart. */
  location?: string;
  /**
   * When the input was captured (the page's own request, a HAR entry's time). Results are merged by it, newest
   * last; results without it keep their place (and are ordered by their scan in the store).
   */
  capturedAt?: string;
  diagnostics: Diagnostic[];
}

/** Derive a status from what was read: nothing useful → unrecognized, warnings → partial. */
export function statusFrom(diagnostics: readonly Diagnostic[], readSomething: boolean): SourceStatus {
  if (diagnostics.some((d) => d.level === 'error')) return readSomething ? 'partial' : 'error';
  if (!readSomething) return 'unrecognized';
  return diagnostics.some((d) => d.level === 'warning') ? 'partial' : 'read';
}

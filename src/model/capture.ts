import type { ReadAtKind } from './diagnostics.ts';

/**
 * A capture is one piece of input exactly as a source will read it: the JSON a page loaded
 * (seen by the content script, or recorded in a HAR), or the JSON embedded in a saved page.
 * Everything downstream (sources, checks, the CLI) starts from captures.
 */
export type CaptureVia = 'page-fetch' | 'page-state' | 'page-outline' | 'deep-scan' | 'har' | 'file' | 'demo';

export interface Capture {
  /** Where the data came from (request URL, or the page URL for embedded state). Null when unknown, e.g. a bare JSON file. */
  url: string | null;
  via: CaptureVia;
  /** Parsed JSON; never trusted, sources validate it. */
  body: unknown;
  capturedAt: string;
  /** What `capturedAt` is, when the capture's kind does not say it (a saved file, a HAR entry without its own time). */
  readAtKind?: ReadAtKind;
  /** A name the user gave the input (file name), used as a hint when the URL is missing. */
  label?: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([.,]\d+)?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** An ISO 8601 date and time with seconds and an offset (what reports carry as read times). */
export function isIsoTime(value: string): boolean {
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

import type { SourceResult } from './records.ts';

/**
 * A result's capture time in milliseconds. Results without a readable one count as one unknown time (-Infinity):
 * they sort first and, among themselves, are "the same time" (nothing says which of them is newer).
 */
export function captureTime(result: SourceResult): number {
  // A HAR entry's own time is a capture time too (readAt, said as such); a file's read time is not.
  const { capturedAt, readAt, readAtKind } = result.source;
  const own = capturedAt ?? (readAtKind === 'captured' || readAtKind === 'har-entry' ? readAt : undefined);
  const ms = own ? Date.parse(own) : NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * Results oldest capture first, by each result's own capture time (not by when its scan was stored): a tab left
 * open that captures late cannot place an older reading after a newer one. Stable: equal times keep their order.
 */
export function byCaptureTime(results: readonly SourceResult[]): SourceResult[] {
  return results
    .map((result, index) => ({ result, index, time: captureTime(result) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? -1 : 1))
    .map(({ result }) => result);
}

/** The result with the capture time of the input it was read from (the background and the tests stamp results so). */
export function stampCaptureTime(result: SourceResult, capturedAt: string): SourceResult {
  return { ...result, source: { ...result.source, capturedAt } };
}

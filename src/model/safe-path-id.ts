/** Popup → content script: read the account's known endpoints now (the user pressed "Scan now"). */
export interface ScanNowRequest {
  type: 'alexpose/scan-now';
}

/**
 * How a requested scan ended, each with its own advice in the popup. What was read before the end is kept.
 * - `session-expired`: 401/403 although the page's own token was sent.
 * - `no-credentials`: 401/403 and the page had not sent a token yet (Alexposé could not use its sign-in).
 * - `signed-out`: Ring redirected to its sign-in page.
 * - `rate-limited`: Ring answered 429 again after one retry.
 * - `unreachable`: 5xx or no answer on some request.
 */
export const SCAN_END_STATES = ['finished', 'session-expired', 'no-credentials', 'signed-out', 'rate-limited', 'unreachable', 'failed'] as const;
export type ScanEndState = (typeof SCAN_END_STATES)[number];

/** Content script → popup while a requested scan runs, and at its end. */
export interface ScanProgress {
  type: 'alexpose/scan-progress';
  done: number;
  total: number;
  state: 'running' | ScanEndState;
}

/**
 * An id a scan may put into a URL path: letters, digits and `-_.~`, and never `.` or `..`, so encoding it
 * cannot change the path (a hostile id must not turn `/devices/{id}/settings` into another endpoint).
 */
export function isSafePathId(id: string): boolean {
  return id.length > 0 && id.length <= 128 && id !== '.' && id !== '..' && /^[A-Za-z0-9._~-]+$/.test(id);
}

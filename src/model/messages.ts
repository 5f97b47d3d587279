import type { Capture } from './capture.ts';

/** A response the content script saw but could not pass on (over the capture limit): reported, never dropped silently. */
export interface OmittedCapture {
  url: string;
  reason: 'too-large';
  /** Its size in characters (or bytes, from content-length), so the user is told how large. */
  size: number;
}

/** Content script → background: what one page visit has seen so far. */
export interface SnapshotMessage {
  type: 'alexpose/snapshot';
  version: 1;
  /** Random per page load; the background folds all snapshots of one visit into one scan. */
  pageSession: string;
  pageUrl: string;
  captures: Capture[];
  /** Optional, added later: what was seen and not passed on. */
  omitted?: OmittedCapture[];
}

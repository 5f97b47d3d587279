import type { Capture } from './capture.ts';

/** Content script → background: what one page visit has seen so far. */
export interface SnapshotMessage {
  type: 'alexpose/snapshot';
  version: 1;
  /** Random per page load; the background folds all snapshots of one visit into one scan. */
  pageSession: string;
  pageUrl: string;
  captures: Capture[];
}

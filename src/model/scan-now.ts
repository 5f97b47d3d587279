/** Popup → content script: read the account's known endpoints now (the user pressed "Scan now"). */
export interface ScanNowRequest {
  type: 'alexpose/scan-now';
}

/** Content script → popup while a requested scan runs, and at its end. */
export interface ScanProgress {
  type: 'alexpose/scan-progress';
  done: number;
  total: number;
  state: 'running' | 'finished' | 'session-expired' | 'failed';
}

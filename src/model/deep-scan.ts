/** Popup → background: read the Alexa app API of this origin now (the user pressed the button and granted access). */
export interface DeepScanRequest {
  type: 'alexpose/deep-scan';
  origin: string;
}

/** Background → extension pages while the deep scan runs, and at its end. */
export interface DeepScanProgress {
  type: 'alexpose/deep-scan-progress';
  done: number;
  total: number;
  /** `refused`: Amazon did not accept the browser's session for the Alexa API (or access was not granted). */
  state: 'running' | 'finished' | 'refused' | 'failed';
}

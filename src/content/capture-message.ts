/** Contract between the MAIN-world observer and the isolated content script (same page, postMessage). */
export const CAPTURE_MESSAGE_TAG = '__alexpose_capture_v1';
/** Larger responses are ignored rather than copied: the known documents are far smaller. */
export const MAX_CAPTURE_CHARS = 10_000_000;

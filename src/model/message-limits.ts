/**
 * The numbers both ends of a message keep to, dependency-free so that even the MAIN-world observer can import
 * them (the schemas that enforce them are in messages.ts).
 */

/** Captures the content script puts into one batch; a burst is sent in several. */
export const MAX_CAPTURES_PER_BATCH = 150;
/**
 * Characters of capture text the content script puts into one batch; a capture over it goes in a batch of its own.
 * The background reads and stores one batch before the next is sent, so this bounds what it holds at once: a 10,000-device
 * list no longer arrives in the same message as the page's state (README, Performance: the background's heap).
 */
export const MAX_BATCH_TEXT_CHARS = 1_000_000;
/**
 * Captures (and omitted responses) the background accepts in one batch. Above the sender's batch on purpose: the
 * bound only stops a forged flood, so a full batch from our own content script is never refused for its size.
 */
export const MAX_CAPTURES_ACCEPTED = 200;
/** Characters of a response the observer copies; larger ones are only measured (the known documents are far smaller). */
export const MAX_CAPTURE_CHARS = 10_000_000;
/** Characters of a URL in a message (a capture's, an omitted response's, the page's). */
export const MAX_URL_CHARS = 4096;
/** Files in one import from the report page. */
export const MAX_IMPORT_FILES = 100;

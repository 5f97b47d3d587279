/**
 * Contract between the MAIN-world observer and the isolated content script of the same page. They meet once,
 * synchronously at document_start (before any page script runs), through DOM events of their own type on
 * `window`: the isolated script announces itself, the observer answers with one end of a MessageChannel. From
 * then on everything goes over that private port; the page's `message` listeners never see a thing.
 */
export const CAPTURE_MESSAGE_TAG = '__alexpose_capture_v1';
/** Dispatched by the observer when it starts, for an isolated script that ran before it. */
export const READY_EVENT = 'alexpose-ready-v1';
/**
 * Dispatched by the isolated script: "I am here, hand me the port". A CustomEvent whose `detail` is the pattern (a
 * RegExp source, over pathnames of the page's own origin) of the responses it wants copied; the observer copies no other.
 */
export const HELLO_EVENT = 'alexpose-hello-v1';
/** Dispatched by the observer, a MessageEvent whose `ports[0]` is the private port. */
export const PORT_EVENT = 'alexpose-port-v1';
/** Larger responses are ignored rather than copied (one limit for both halves, in the message contract). */
export { MAX_CAPTURE_CHARS } from '../model/message-limits.ts';

/** Observer → isolated script over the port. */
export type ObserverMessage =
  | { kind: 'capture'; url: string; text: string }
  /** A known response too large to copy: only its size goes, so the user is told it was seen (never "0 devices"). */
  | { kind: 'too-large'; url: string; size: number }
  | { kind: 'token'; id: number; token: string | null };
/** Isolated script → observer over the port: only Scan now asks for the token the page sends. */
export interface TokenRequest {
  kind: 'token?';
  id: number;
}

/**
 * The observer's end of the private port to the isolated script (capture-message.ts), and what it keeps in the
 * page's memory: which URLs the isolated script wants copied (the pattern it sent with its hello; nothing is copied
 * before it), and the csrf-token of the page's latest own /api/cgw/ call (handed over only when Scan now asks).
 * One observer per page: its state is this module's.
 */
import { HELLO_EVENT, MAX_CAPTURE_CHARS, PORT_EVENT, READY_EVENT, type ObserverMessage, type TokenRequest } from './capture-message.ts';
import { addListener, apply, dispatch, pageOrigin, regExpExec, removeListener } from './page-natives.ts';

const RING_PROXY_PATH = /^\/api\/cgw\//;

let port: MessagePort | null = null;
/** The isolated script's endpoint pattern (over pathnames), from its hello. */
let wantedPaths: RegExp | null = null;
/** The csrf-token value of the page's latest own /api/cgw/ call; in this page's memory only. */
let pageToken: string | null = null;

export function send(message: ObserverMessage): void {
  try {
    port?.postMessage(message);
  } catch {
    // a closed port: the isolated script is gone, nothing to hand over
  }
}

/** Hands a copied text over, or only its size when it is over the capture limit. */
export function hand(url: string, text: string): void {
  if (text.length <= MAX_CAPTURE_CHARS) send({ kind: 'capture', url, text });
  else send({ kind: 'too-large', url, size: text.length });
}

/** A URL the page requested, resolved against the page; null when it is none. */
export function resolveUrl(raw: unknown): URL | null {
  try {
    return new URL(String(raw), location.href);
  } catch {
    return null;
  }
}

/**
 * A plain URL of the page's own origin, which the URL parser would give back unchanged: the origin or nothing, then "/"
 * and only letters, digits, "_", "-" and "/" (no dot segment, escape or space to rewrite), then a query of printable
 * ASCII that needs no escaping. Response.url and responseURL of the page's own API are such, and most pages pass one.
 * None on a page of an opaque origin ("null"), where nothing is the page's own.
 */
const PLAIN = RegExp(pageOrigin === 'null' ? '$^' : `^(${pageOrigin.replace(/\W/g, '\\$&')})?(/(?!/)[\\w/-]*)(?:\\?[!$-&(-;=?-~]*)?$`);

/**
 * [href, pathname] of a URL the page requested when it is of the page's own origin; else null. A plain one decides by
 * string (a parse per request was a tenth of the observer's time on a big account); anything else is parsed.
 */
export function ownUrl(raw: unknown): readonly [string, string] | null {
  const text = String(raw);
  const plain = apply(regExpExec, PLAIN, [text]);
  if (plain) return [plain[1] ? text : pageOrigin + text, plain[2]!];
  const url = resolveUrl(text);
  return url?.origin === pageOrigin ? [url.href, url.pathname] : null;
}

/** The URL's href when it is the page's own origin and the isolated script wants its response; else null. */
export const wanted = (raw: unknown): string | null => {
  const url = ownUrl(raw);
  return url && wantedPaths !== null && apply(regExpExec, wantedPaths, [url[1]]) ? url[0] : null;
};

export const isRingProxyCall = (raw: unknown): boolean => RING_PROXY_PATH.test(ownUrl(raw)?.[1] ?? '');

export function noteToken(value: unknown): void {
  if (typeof value === 'string' && value.length > 0 && value.length < 4096) pageToken = value;
}

// The handover: the isolated script's hello arrives synchronously, at document_start, once.
function onHello(event: Event): void {
  if (port) return;
  apply(removeListener, window, [HELLO_EVENT, onHello, true]);
  const paths: unknown = (event as CustomEvent).detail;
  try {
    if (typeof paths === 'string') wantedPaths = new RegExp(paths);
  } catch {
    // not a pattern: nothing is copied
  }
  const channel = new MessageChannel();
  port = channel.port1;
  port.onmessage = (message: MessageEvent) => {
    const data = message.data as Partial<TokenRequest> | null;
    if (data?.kind === 'token?' && typeof data.id === 'number') send({ kind: 'token', id: data.id, token: pageToken });
  };
  apply(dispatch, window, [new MessageEvent(PORT_EVENT, { ports: [channel.port2] })]);
}

/** Starts the handshake; called once the wrappers are in place. */
export function connect(): void {
  apply(addListener, window, [HELLO_EVENT, onHello, true]);
  // If the isolated script ran first, it is waiting for this and answers with its hello.
  apply(dispatch, window, [new Event(READY_EVENT)]);
}

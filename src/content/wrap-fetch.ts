/**
 * The observer's `fetch`: the page's own request goes out unchanged and the page gets a promise of its own; the
 * response of a wanted URL is cloned and its copy read off the page's path, chunk by chunk up to the capture limit.
 * Also notes the csrf-token header of the page's own /api/cgw/ calls.
 */
import { MAX_CAPTURE_CHARS } from './capture-message.ts';
import { wrap } from './disguised-proxy.ts';
import { hand, isRingProxyCall, noteToken, send, wanted } from './observer-channel.ts';
import {
  apply,
  getReader,
  headersGet,
  originalFetch,
  PagePromise,
  promiseThen,
  readerCancel,
  readerRead,
  decode,
  requestHeaders,
  requestUrl,
  responseBody,
  responseClone,
  responseHeaders,
  responseOk,
  responseUrl,
} from './page-natives.ts';

export const TOKEN_HEADER = 'csrf-token';

/** Stops a body copy: keyed by the page's body stream of a response being copied, and by its readers. */
export const copyStoppers = new WeakMap<object, () => void>();

export function wrapFetch(): typeof fetch {
  /** The csrf-token in a fetch init's headers: a Headers object, an array of pairs or a plain record. */
  const tokenInHeaders = (headers: unknown): unknown => {
    if (typeof headers !== 'object' || headers === null) return null;
    if (headers instanceof Headers) return apply(headersGet, headers, [TOKEN_HEADER]);
    if (Array.isArray(headers)) {
      for (const pair of headers as unknown[]) if (Array.isArray(pair) && String(pair[0]).toLowerCase() === TOKEN_HEADER) return pair[1];
      return null;
    }
    for (const key of Object.keys(headers)) if (key.toLowerCase() === TOKEN_HEADER) return (headers as Record<string, unknown>)[key];
    return null;
  };

  const noteFetchToken = (args: unknown[]) => {
    const [input, init] = args;
    const isRequest = input instanceof Request;
    if (!isRingProxyCall(isRequest && requestUrl ? apply(requestUrl, input, []) : input)) return;
    const fromInit = typeof init === 'object' && init !== null ? tokenInHeaders((init as { headers?: unknown }).headers) : null;
    if (fromInit) return noteToken(fromInit);
    if (isRequest && requestHeaders) noteToken(apply(headersGet, apply(requestHeaders, input, []), [TOKEN_HEADER]));
  };

  const observeResponse = (response: Response) => {
    // The getters exist in every browser this runs in; were one missing, `apply` would throw and nothing be copied.
    if (!apply(responseOk!, response, [])) return;
    // Decided by URL before anything is copied: a response nobody reads costs one string test (or URL parse).
    const url = wanted(apply(responseUrl!, response, []));
    if (!url) return;
    // A body larger than the capture limit is not copied: cloning would download all of it even if the page stops reading.
    const length = Number(apply(headersGet, apply(responseHeaders!, response, []), ['content-length']));
    if (length > MAX_CAPTURE_CHARS) return send({ kind: 'too-large', url, size: length });
    const copy = apply(responseClone, response, []);
    const body = apply(responseBody!, copy, []) as ReadableStream<Uint8Array> | null;
    if (!body) return;
    const reader = apply(getReader, body, []) as ReadableStreamDefaultReader<Uint8Array>;
    // The page's own body stream (the same object its `response.body` returns; reading the getter disturbs nothing).
    const pageBody = apply(responseBody!, response, []) as ReadableStream | null;
    if (pageBody) copyStoppers.set(pageBody, () => void apply(promiseThen, apply(readerCancel, reader, []), [undefined, () => undefined]));
    copyBody(url, reader);
  };

  return wrap(originalFetch, (target, thisArg, args) => {
    try {
      noteFetchToken(args);
    } catch {
      // a page's odd headers object must not break its request
    }
    const pending = apply(target, thisArg, args) as Promise<Response>;
    // The page gets a promise of its own that settles as the original does; the observer watches the response in the
    // same reaction (one reaction per request, not two), after settling the page's promise and before the page's own
    // reactions run. A rejection the page does not handle stays unhandled (its unhandledrejection listeners see it).
    const forPage = new PagePromise<Response>(
      (resolve, reject) =>
        void apply(promiseThen, pending, [
          (response: Response) => {
            resolve(response);
            try {
              observeResponse(response);
            } catch {
              // never into the page
            }
          },
          reject,
        ]),
    );
    return forPage;
  });
}

/**
 * Reads the copy chunk by chunk and stops at the capture limit: a streamed body without content-length that the
 * page cancels is then not downloaded to its end because of the copy (a clone keeps the download going for as long
 * as one branch reads). The copy reads at most the limit; the page never waits for it.
 */
function copyBody(url: string, reader: ReadableStreamDefaultReader<Uint8Array>): void {
  const decoder = new TextDecoder();
  let text = '';
  const next = (): void => {
    apply(promiseThen, apply(readerRead, reader, []), [
      ({ done, value }: ReadableStreamReadResult<Uint8Array>) => {
        if (done) return hand(url, text + apply(decode, decoder, []));
        text += apply(decode, decoder, [value, { stream: true }]);
        if (text.length > MAX_CAPTURE_CHARS) {
          void apply(promiseThen, apply(readerCancel, reader, []), [undefined, () => undefined]);
          return send({ kind: 'too-large', url, size: text.length });
        }
        next();
      },
      () => undefined,
    ]);
  };
  next();
}

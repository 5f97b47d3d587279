/**
 * MAIN-world observer on the account pages, at document_start. It sees the responses the page itself
 * fetches from its own origin for the endpoints Alexposé reads, and passes a copy to the isolated content
 * script over a private MessageChannel port (never `window.postMessage`: the page sees no extra event).
 * It also notes the `csrf-token` header the page sends on its own `/api/cgw/` calls, keeps it in this
 * page's memory only, and hands it over only when Scan now asks for it.
 * It never changes a request or a response, makes no request itself and never throws into the page.
 *
 * What it touches in the page: `window.fetch`, `XMLHttpRequest.prototype.open` and `.setRequestHeader`,
 * `ReadableStream.prototype.getReader` and `.cancel`, `ReadableStreamDefaultReader.prototype.cancel` (to stop a
 * body copy when the page cancels that body; each replaced by a Proxy of the original, so name, length and
 * non-constructibility stay native),
 * and `Function.prototype.toString` (a Proxy that answers for those three as for the originals). Nothing on
 * `window`, no performance entries. The built file names no extension URL in the page's error stacks: the build
 * gives it a neutral `sourceURL` (scripts/build.mjs), so a frame of it names nothing.
 */
import { ringEndpointOf } from '../sources/ring/endpoints.ts';
import { amazonEndpointOf } from '../sources/alexa/endpoints.ts';
import { CAPTURE_MESSAGE_TAG, HELLO_EVENT, READY_EVENT, MAX_CAPTURE_CHARS, PORT_EVENT, type ObserverMessage, type TokenRequest } from './capture-message.ts';

const RING_PROXY_PATH = /^\/api\/cgw\//;
const TOKEN_HEADER = 'csrf-token';

/**
 * Installed once per document, marked without anything on `window`: the toString Proxy installed below answers this
 * registry symbol (a native toString throws on it), so a second copy of this script sees the first.
 */
const INSTALLED = Symbol.for(CAPTURE_MESSAGE_TAG);
if (!alreadyInstalled()) install();

function alreadyInstalled(): boolean {
  try {
    return Reflect.apply(Function.prototype.toString, INSTALLED, []) === CAPTURE_MESSAGE_TAG;
  } catch {
    return false;
  }
}

function install(): void {
  // Everything the observer calls later is taken now, before any page script could replace it.
  const apply = Reflect.apply;
  const originalFetch = window.fetch;
  const xhrProto = XMLHttpRequest.prototype;
  const originalOpen = xhrProto.open;
  const originalSetRequestHeader = xhrProto.setRequestHeader;
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const headersGet = Headers.prototype.get;
  const requestHeaders = Object.getOwnPropertyDescriptor(Request.prototype, 'headers')?.get;
  const requestUrl = Object.getOwnPropertyDescriptor(Request.prototype, 'url')?.get;
  const responseProto = Response.prototype;
  const responseClone = responseProto.clone;
  const responseBody = Object.getOwnPropertyDescriptor(responseProto, 'body')?.get;
  const streamProto = ReadableStream.prototype;
  const readerProto = ReadableStreamDefaultReader.prototype;
  const getReader = streamProto.getReader;
  const streamCancel = streamProto.cancel;
  const readerRead = readerProto.read;
  const readerCancel = readerProto.cancel;
  const decode = TextDecoder.prototype.decode;
  const PagePromise = Promise;
  const promiseThen = Promise.prototype.then;
  const responseGetter = (name: string) => Object.getOwnPropertyDescriptor(responseProto, name)?.get;
  const [responseOk, responseUrl, responseHeaders] = [responseGetter('ok'), responseGetter('url'), responseGetter('headers')];
  const xhrGetter = (name: string) => Object.getOwnPropertyDescriptor(xhrProto, name)?.get;
  const [xhrStatus, xhrResponseUrl, xhrResponseType, xhrResponseText, xhrResponse] = ['status', 'responseURL', 'responseType', 'responseText', 'response'].map(
    xhrGetter,
  );
  const stringify = JSON.stringify;
  const originalToString = Function.prototype.toString;
  const pageOrigin = location.origin;
  const pageHref = () => location.href;

  let port: MessagePort | null = null;
  /** The csrf-token value of the page's latest own /api/cgw/ call; in this page's memory only. */
  let pageToken: string | null = null;
  const xhrUrls = new WeakMap<XMLHttpRequest, string>();
  /** The page's body stream of a response being copied, and its readers → stops the copy when the page cancels. */
  const copyStoppers = new WeakMap<object, () => void>();
  const listened = new WeakSet<XMLHttpRequest>();

  const resolveUrl = (raw: unknown): URL | null => {
    try {
      return new URL(String(raw), pageHref());
    } catch {
      return null;
    }
  };
  const isWanted = (url: URL | null): string | null =>
    url !== null && url.origin === pageOrigin && (ringEndpointOf(url.pathname) !== null || amazonEndpointOf(url) !== null) ? url.href : null;
  const isRingProxyCall = (url: URL | null) => url !== null && url.origin === pageOrigin && RING_PROXY_PATH.test(url.pathname);
  const noteToken = (value: unknown) => {
    if (typeof value === 'string' && value.length > 0 && value.length < 4096) pageToken = value;
  };

  const send = (message: ObserverMessage) => {
    try {
      port?.postMessage(message);
    } catch {
      // a closed port: the isolated script is gone, nothing to hand over
    }
  };
  const hand = (url: string, text: string) => {
    if (text.length <= MAX_CAPTURE_CHARS) send({ kind: 'capture', url, text });
    else send({ kind: 'too-large', url, size: text.length });
  };

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
    const url = resolveUrl(isRequest && requestUrl ? apply(requestUrl, input, []) : input);
    if (!isRingProxyCall(url)) return;
    const fromInit = typeof init === 'object' && init !== null ? tokenInHeaders((init as { headers?: unknown }).headers) : null;
    if (fromInit) return noteToken(fromInit);
    if (isRequest && requestHeaders) noteToken(apply(headersGet, apply(requestHeaders, input, []), [TOKEN_HEADER]));
  };

  const observeResponse = (response: Response) => {
    if (!responseOk || !responseUrl || !responseHeaders || !apply(responseOk, response, [])) return;
    const url = isWanted(resolveUrl(apply(responseUrl, response, [])));
    if (!url) return;
    // A body larger than the capture limit is not copied: cloning would download all of it even if the page stops reading.
    const length = Number(apply(headersGet, apply(responseHeaders, response, []), ['content-length']));
    if (length > MAX_CAPTURE_CHARS) return send({ kind: 'too-large', url, size: length });
    const copy = apply(responseClone, response, []);
    const body = responseBody ? (apply(responseBody, copy, []) as ReadableStream<Uint8Array> | null) : null;
    if (!body || !responseBody) return;
    const reader = apply(getReader, body, []) as ReadableStreamDefaultReader<Uint8Array>;
    // The page's own body stream (the same object its `response.body` returns; reading the getter disturbs nothing).
    const pageBody = apply(responseBody, response, []) as ReadableStream | null;
    if (pageBody) copyStoppers.set(pageBody, () => void apply(promiseThen, apply(readerCancel, reader, []), [undefined, () => undefined]));
    copyBody(url, reader);
  };

  /**
   * Reads the copy chunk by chunk and stops at the capture limit: a streamed body without content-length that the
   * page cancels is then not downloaded to its end because of the copy (a clone keeps the download going for as long
   * as one branch reads). The copy reads at most the limit; the page never waits for it.
   */
  const copyBody = (url: string, reader: ReadableStreamDefaultReader<Uint8Array>) => {
    const decoder = new TextDecoder();
    let text = '';
    const next = (): void => {
      apply(promiseThen, apply(readerRead, reader, []), [
        ({ done, value }: ReadableStreamReadResult<Uint8Array>) => {
          if (done) return hand(url, text + apply(decode, decoder, []));
          text += apply(decode, decoder, [value, { stream: true }]);
          if (text.length > MAX_CAPTURE_CHARS) {
            // Cannot reject: the rejection handler swallows a failed cancel (the copy is abandoned either way).
            void apply(promiseThen, apply(readerCancel, reader, []), [undefined, () => undefined]);
            return send({ kind: 'too-large', url, size: text.length });
          }
          next();
        },
        () => undefined,
      ]);
    };
    next();
  };

  const fetchProxy = new Proxy(originalFetch, {
    apply(target, thisArg, args: unknown[]) {
      try {
        noteFetchToken(args);
      } catch {
        // a page's odd headers object must not break its request
      }
      const pending = apply(target, thisArg, args) as Promise<Response>;
      // The page gets a promise of its own that settles as the original does; the observer watches the original on
      // a chain of its own. A rejection the page does not handle stays unhandled (its unhandledrejection listeners
      // see it), and the observer's chain handles only what it added.
      const forPage = new PagePromise<Response>((resolve, reject) => void apply(promiseThen, pending, [resolve, reject]));
      apply(promiseThen, pending, [
        (response: Response) => {
          try {
            observeResponse(response);
          } catch {
            // never into the page
          }
        },
        () => undefined,
      ]);
      return forPage;
    },
  });

  const onXhrLoad = function (this: XMLHttpRequest) {
    try {
      const status = xhrStatus ? (apply(xhrStatus, this, []) as number) : 0;
      if (status < 200 || status >= 300 || !xhrResponseUrl) return;
      const url = isWanted(resolveUrl(apply(xhrResponseUrl, this, [])));
      if (!url) return;
      const type = xhrResponseType ? (apply(xhrResponseType, this, []) as string) : '';
      if ((type === '' || type === 'text') && xhrResponseText) hand(url, apply(xhrResponseText, this, []) as string);
      else if (type === 'json' && xhrResponse) {
        const body: unknown = apply(xhrResponse, this, []);
        // The page may have put a cycle or a BigInt into its own parsed response: then there is nothing to copy.
        if (body !== null) hand(url, stringify(body));
      }
    } catch {
      // never into the page
    }
  };

  const openProxy = new Proxy(originalOpen, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      try {
        if (thisArg instanceof XMLHttpRequest) {
          const url = resolveUrl(args[1]);
          if (url) xhrUrls.set(thisArg, url.href);
          // One load listener per XHR object, however often it is reopened.
          if (!listened.has(thisArg)) {
            listened.add(thisArg);
            apply(addListener, thisArg, ['load', onXhrLoad]);
          }
        }
      } catch {
        // never into the page
      }
      return apply(target, thisArg, args);
    },
  });

  const setRequestHeaderProxy = new Proxy(originalSetRequestHeader, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      const result: unknown = apply(target, thisArg, args);
      // Only after the original accepted it: a header it refuses is not the page's token.
      try {
        if (String(args[0]).toLowerCase() === TOKEN_HEADER && isRingProxyCall(resolveUrl(xhrUrls.get(thisArg)))) noteToken(args[1]);
      } catch {
        // never into the page
      }
      return result;
    },
  });

  /**
   * A clone keeps downloading as long as one branch reads: when the page cancels the body of a response being copied
   * (its stream, or a reader of it), the copy is cancelled too, so the download stops as it would without the extension.
   */
  const stopCopyOf = (target: unknown) => {
    const stop = typeof target === 'object' && target !== null ? copyStoppers.get(target) : undefined;
    if (stop) stop();
  };
  const getReaderProxy = new Proxy(getReader, {
    apply(target, thisArg: ReadableStream, args: unknown[]) {
      const reader: unknown = apply(target, thisArg, args);
      try {
        const stop = copyStoppers.get(thisArg);
        if (stop && typeof reader === 'object' && reader !== null) copyStoppers.set(reader, stop);
      } catch {
        // never into the page
      }
      return reader;
    },
  });
  const cancelProxy = (original: (...args: never[]) => Promise<void>) =>
    new Proxy(original, {
      apply(target, thisArg: unknown, args: unknown[]) {
        const result: unknown = apply(target, thisArg, args);
        try {
          stopCopyOf(thisArg);
        } catch {
          // never into the page
        }
        return result;
      },
    });
  const streamCancelProxy = cancelProxy(streamCancel);
  const readerCancelProxy = cancelProxy(readerCancel);

  const disguised = new Map<unknown, unknown>([
    [fetchProxy, originalFetch],
    [openProxy, originalOpen],
    [setRequestHeaderProxy, originalSetRequestHeader],
    [getReaderProxy, getReader],
    [streamCancelProxy, streamCancel],
    [readerCancelProxy, readerCancel],
  ]);
  const toStringProxy = new Proxy(originalToString, {
    apply(target, thisArg, args: unknown[]) {
      if (thisArg === INSTALLED) return CAPTURE_MESSAGE_TAG;
      return apply(target, disguised.has(thisArg) ? disguised.get(thisArg) : thisArg, args);
    },
  });
  disguised.set(toStringProxy, originalToString);

  window.fetch = fetchProxy;
  xhrProto.open = openProxy;
  xhrProto.setRequestHeader = setRequestHeaderProxy;
  Function.prototype.toString = toStringProxy;
  streamProto.getReader = getReaderProxy;
  streamProto.cancel = streamCancelProxy;
  readerProto.cancel = readerCancelProxy;

  // The handover: the isolated script's hello arrives synchronously, at document_start, once.
  const onHello = () => {
    if (port) return;
    apply(removeListener, window, [HELLO_EVENT, onHello, true]);
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event: MessageEvent) => {
      const data = event.data as Partial<TokenRequest> | null;
      if (data?.kind === 'token?' && typeof data.id === 'number') send({ kind: 'token', id: data.id, token: pageToken });
    };
    apply(dispatch, window, [new MessageEvent(PORT_EVENT, { ports: [channel.port2] })]);
  };
  apply(addListener, window, [HELLO_EVENT, onHello, true]);
  // If the isolated script ran first, it is waiting for this and answers with its hello.
  apply(dispatch, window, [new Event(READY_EVENT)]);
}

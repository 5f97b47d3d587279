/**
 * The MAIN-world observer's captured natives: everything it calls later, taken once when the observer's file runs at
 * document_start, before any page script could replace it (uBlock Origin's `safe-self.js` does the same).
 */
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get;

export const apply = Reflect.apply;
export const pageOrigin = location.origin;
export const PagePromise = Promise;
export const promiseThen = Promise.prototype.then;
export const regExpExec = RegExp.prototype.exec;
export const stringify = JSON.stringify;
export const originalToString = Function.prototype.toString;
export const decode = TextDecoder.prototype.decode;

export const addListener = EventTarget.prototype.addEventListener;
export const removeListener = EventTarget.prototype.removeEventListener;
export const dispatch = EventTarget.prototype.dispatchEvent;

export const originalFetch = window.fetch;
export const headersGet = Headers.prototype.get;
export const requestHeaders = getter(Request.prototype, 'headers');
export const requestUrl = getter(Request.prototype, 'url');
export const responseClone = Response.prototype.clone;
export const responseBody = getter(Response.prototype, 'body');
export const responseOk = getter(Response.prototype, 'ok');
export const responseUrl = getter(Response.prototype, 'url');
export const responseHeaders = getter(Response.prototype, 'headers');

export const streamProto = ReadableStream.prototype;
export const readerProto = ReadableStreamDefaultReader.prototype;
export const getReader = streamProto.getReader;
export const streamCancel = streamProto.cancel;
export const readerRead = readerProto.read;
export const readerCancel = readerProto.cancel;

export const xhrProto = XMLHttpRequest.prototype;
export const originalOpen = xhrProto.open;
export const originalSetRequestHeader = xhrProto.setRequestHeader;
export const [xhrStatus, xhrResponseUrl, xhrResponseType, xhrResponseText, xhrResponse] = [
  'status',
  'responseURL',
  'responseType',
  'responseText',
  'response',
].map((name) => getter(xhrProto, name));

/**
 * MAIN-world observer on the account pages, at document_start. It sees the responses the page itself
 * fetches from its own origin for the endpoints Alexposé reads (the pattern the isolated content script sends with its
 * hello: a response of any other URL is neither cloned nor read), and passes a copy to the isolated content
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
import { alreadyInstalled, toStringProxy } from './disguised-proxy.ts';
import { connect } from './observer-channel.ts';
import { readerProto, streamProto, xhrProto } from './page-natives.ts';
import { wrapFetch } from './wrap-fetch.ts';
import { wrapStreamCancel } from './wrap-stream-cancel.ts';
import { wrapXhr } from './wrap-xhr.ts';

if (!alreadyInstalled()) install();

function install(): void {
  // Everything the observer calls later was taken when this file started (page-natives.ts), before any page script.
  const fetchProxy = wrapFetch();
  const { open, setRequestHeader } = wrapXhr();
  const { getReader, streamCancel, readerCancel } = wrapStreamCancel();
  window.fetch = fetchProxy;
  xhrProto.open = open;
  xhrProto.setRequestHeader = setRequestHeader;
  Function.prototype.toString = toStringProxy;
  streamProto.getReader = getReader;
  streamProto.cancel = streamCancel;
  readerProto.cancel = readerCancel;
  connect();
}

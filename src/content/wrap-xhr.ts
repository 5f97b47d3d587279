/**
 * The observer's XMLHttpRequest: `open` remembers each request's URL and adds one load listener that copies the text
 * of a wanted response; `setRequestHeader` notes the csrf-token the page sends on its own /api/cgw/ calls.
 */
import { wrap } from './disguised-proxy.ts';
import { hand, isRingProxyCall, noteToken, resolveUrl, wanted } from './observer-channel.ts';
import {
  addListener,
  apply,
  originalOpen,
  originalSetRequestHeader,
  stringify,
  xhrResponse,
  xhrResponseText,
  xhrResponseType,
  xhrResponseUrl,
  xhrStatus,
} from './page-natives.ts';
import { TOKEN_HEADER } from './wrap-fetch.ts';

export function wrapXhr() {
  const xhrUrls = new WeakMap<XMLHttpRequest, string>();
  const listened = new WeakSet<XMLHttpRequest>();

  const onXhrLoad = function (this: XMLHttpRequest) {
    try {
      const status = xhrStatus ? (apply(xhrStatus, this, []) as number) : 0;
      if (status < 200 || status >= 300 || !xhrResponseUrl) return;
      const url = wanted(apply(xhrResponseUrl, this, []));
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

  const open = wrap(originalOpen, (target, thisArg, args) => {
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
  });

  const setRequestHeader = wrap(originalSetRequestHeader, (target, thisArg, args) => {
    const result: unknown = apply(target, thisArg, args);
    // Only after the original accepted it: a header it refuses is not the page's token.
    try {
      if (String(args[0]).toLowerCase() === TOKEN_HEADER && isRingProxyCall(xhrUrls.get(thisArg as XMLHttpRequest))) {
        noteToken(args[1]);
      }
    } catch {
      // never into the page
    }
    return result;
  });

  return { open, setRequestHeader };
}

/**
 * MAIN-world observer on the account pages, at document_start. It sees the responses the page
 * itself fetches from its own origin for the endpoints Alexposé reads, and passes a copy to the
 * isolated content script. It never changes a request or a response and makes no request itself.
 */
import { ringEndpointOf } from '../sources/ring/endpoints.ts';
import { amazonEndpointOf } from '../sources/alexa/endpoints.ts';
import { CAPTURE_MESSAGE_TAG, MAX_CAPTURE_CHARS } from './capture-message.ts';

function isWanted(rawUrl: string): string | null {
  try {
    const url = new URL(rawUrl, location.href);
    return url.origin === location.origin && (ringEndpointOf(url.pathname) || amazonEndpointOf(url)) ? url.href : null;
  } catch {
    return null;
  }
}

function hand(url: string, text: string): void {
  if (text.length > MAX_CAPTURE_CHARS) return;
  window.postMessage({ [CAPTURE_MESSAGE_TAG]: true, url, text }, location.origin);
}

const marker = Symbol.for(CAPTURE_MESSAGE_TAG);
const w = window as unknown as Record<symbol, boolean>;
if (!w[marker]) {
  w[marker] = true;

  const originalFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
    const pending = Reflect.apply(originalFetch, this, args) as Promise<Response>;
    pending.then(
      (response) => {
        const url = response.ok ? isWanted(response.url) : null;
        if (url) response.clone().text().then((text) => hand(url, text), () => undefined);
      },
      () => undefined,
    );
    return pending;
  };

  const originalOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]): void {
    this.addEventListener('load', () => {
      const url = this.status >= 200 && this.status < 300 ? isWanted(this.responseURL) : null;
      if (!url) return;
      if (this.responseType === '' || this.responseType === 'text') hand(url, this.responseText);
      else if (this.responseType === 'json' && this.response !== null) hand(url, JSON.stringify(this.response));
    });
    Reflect.apply(originalOpen, this, args);
  };
}

/**
 * The isolated script's end of the private port to the MAIN-world observer (capture-message.ts): the handshake at
 * document_start, the copies of responses the observer hands over, and the page's csrf-token for Scan now.
 */
import { HELLO_EVENT, PORT_EVENT, READY_EVENT, type TokenRequest } from './capture-message.ts';
import type { ContentScriptContext } from './content-script-context.ts';

// How long Scan now waits for the observer's token answer. The observer answers at once, but the page's renderer can
// be starved (a background tab, a busy machine): at 500 ms an e2e run under load scanned without the token and was
// refused. The wait only runs out when the observer is gone, so a long one costs nothing when things work.
export const TOKEN_WAIT_MS = 5_000;

export interface ObserverCopies {
  /** A copy of a known response's text. */
  capture(url: string, text: string): void;
  /** A known response too large to copy: only its size. */
  tooLarge(url: string, size: number): void;
}

export interface ObserverPort {
  /** The csrf-token the page itself sent on its latest own /api/cgw/ call, from the observer's memory; null when none. */
  pageToken(): Promise<string | null>;
}

/** One pattern for the observer: any of the site's endpoint patterns (none: null, and nothing is copied). */
function wantedPattern(endpoints: readonly RegExp[]): string | null {
  return endpoints.length > 0 ? endpoints.map((pattern) => `(?:${pattern.source})`).join('|') : null;
}

export function connectObserver(ctx: ContentScriptContext, endpoints: readonly RegExp[], copies: ObserverCopies): ObserverPort {
  const wanted = wantedPattern(endpoints);
  let port: MessagePort | null = null;
  let tokenRequests = 0;
  const tokenWaiters = new Map<number, (token: string | null) => void>();

  /** What the observer hands over: a copy of a response, or the token Scan now asked for. */
  const onObserverMessage = (event: Event) => {
    const data: unknown = (event as MessageEvent).data;
    if (typeof data !== 'object' || data === null) return;
    const { kind, url, text, id, token, size } = data as Record<string, unknown>;
    if (kind === 'token' && typeof id === 'number') return tokenWaiters.get(id)?.(typeof token === 'string' ? token : null);
    if (kind === 'too-large' && typeof url === 'string' && typeof size === 'number' && Number.isFinite(size)) return copies.tooLarge(url, size);
    if (kind === 'capture' && typeof url === 'string' && typeof text === 'string') copies.capture(url, text);
  };

  const sayHello = () => {
    if (!port) window.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: wanted }));
  };
  /** The observer's private port, handed over once at document_start. */
  const onPort = (event: Event) => {
    const received = (event as MessageEvent).ports?.[0];
    if (port || !received) return;
    window.removeEventListener(PORT_EVENT, onPort, true);
    window.removeEventListener(READY_EVENT, sayHello, true);
    port = received;
    ctx.addEventListener(port, 'message', onObserverMessage);
    port.start();
  };

  ctx.addEventListener(window, PORT_EVENT, onPort, true);
  ctx.addEventListener(window, READY_EVENT, sayHello, true);
  ctx.onInvalidated(() => {
    port?.close();
    port = null;
    // A Scan now waiting for the token goes on without it.
    for (const answer of [...tokenWaiters.values()]) answer(null);
  });
  sayHello();

  return {
    pageToken() {
      if (!port) return Promise.resolve(null);
      const id = ++tokenRequests;
      return new Promise((resolve) => {
        const timeout = ctx.setTimeout(() => answer(null), TOKEN_WAIT_MS);
        const answer = (token: string | null) => {
          ctx.clearTimeout(timeout);
          tokenWaiters.delete(id);
          resolve(token);
        };
        tokenWaiters.set(id, answer);
        port?.postMessage({ kind: 'token?', id } satisfies TokenRequest);
      });
    },
  };
}

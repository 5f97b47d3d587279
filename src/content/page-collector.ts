/**
 * The isolated-world half of a content script, shared by the sites: it collects the page's own state
 * (`__NEXT_DATA__`), the outline of settings pages, and the responses the MAIN-world observer hands over,
 * checks that they are same-origin JSON of a known endpoint, and sends them to the background in small
 * batches. Parsing and checks run in the background. It makes no network request of its own.
 */
import {
  ContentMessageSchema,
  MAX_CAPTURE_CHARS,
  MAX_CAPTURES_PER_BATCH,
  type CaptureBatch,
  type OmittedCapture,
  type PageCapture,
} from '../model/messages.ts';
import { messageListener, type MessageHandlers } from '../model/dispatch-messages.ts';
import { logError } from '../model/log-error.ts';
import { extractNextData } from '../sources/extract-page-state.ts';
import { extractOutline } from '../sources/page-outline/extract-outline.ts';
import { collectStructure } from '../sources/page-outline/collect-structure.ts';
import { HELLO_EVENT, PORT_EVENT, READY_EVENT, type TokenRequest } from './capture-message.ts';
import { createBackgroundSender } from './send-to-background.ts';

export interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
    removeListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
  };
}

export interface SiteConfig {
  /** Responses of these same-origin URLs are kept. */
  isKnownEndpoint(url: URL): boolean;
  /** Pages whose visible settings are read as an outline. */
  readsOutline(pathname: string): boolean;
  /** Extra messages from the extension this site answers (Ring's "Scan now", Amazon's csrf for the deep scan). */
  handlers?: MessageHandlers<Collector>;
}

export interface Collector {
  queue(capture: PageCapture): void;
  flush(): void;
  runtime: RuntimeLike;
  /**
   * The csrf-token the page itself sent on its latest own /api/cgw/ call, from the MAIN-world observer's
   * memory; null when none was seen. For Scan now only: never queued, stored, sent or logged.
   */
  pageToken(): Promise<string | null>;
}

const MAX_OUTLINES_PER_PAGE = 20;
const TOKEN_WAIT_MS = 500;

export function startCollector(site: SiteConfig): void {
  const initStart = performance.now();
  const runtime = ((globalThis as { browser?: { runtime: RuntimeLike } }).browser ?? (globalThis as unknown as { chrome: { runtime: RuntimeLike } }).chrome)
    .runtime;
  const pageSession = crypto.randomUUID();
  const pending: PageCapture[] = [];
  // Responses seen but over the capture limit: reported to the background so the popup says so.
  const omitted: OmittedCapture[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outlineTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let lastOutline = '';
  let outlinesSent = 0;
  let alive = true;
  let port: MessagePort | null = null;
  let tokenRequests = 0;
  const tokenWaiters = new Map<number, (token: string | null) => void>();
  // A stopped service worker is retried, not taken for a removed extension: see send-to-background.ts.
  const sender = createBackgroundSender(runtime, { onInvalidated: () => shutdown() });

  /**
   * The script's own time on the page, kept in this isolated world for the benchmark (bench/page-load.mjs reads
   * `alexposeTimings` there). Not performance measures: the page's performance timeline would show those.
   */
  const timed = (name: string, work: () => void) => {
    const start = performance.now();
    try {
      work();
    } finally {
      noteTiming(name, start);
    }
  };

  const queue = (capture: PageCapture) => {
    if (!alive) return;
    pending.push(capture);
    clearTimeout(timer);
    // A full message goes at once, so a big account streams to the store while the page is still loading;
    // otherwise the batch waits for 300 ms of quiet.
    if (pending.length >= MAX_CAPTURES_PER_BATCH) flush();
    else timer = setTimeout(flush, 300);
  };

  function flush(): void {
    if (!alive || (pending.length === 0 && omitted.length === 0)) return;
    // After an extension update this copy of the script is orphaned: stop quietly instead of throwing into the page.
    if (!runtime?.id) return shutdown();
    // A burst is sent in batches of MAX_CAPTURES_PER_BATCH, below what the background accepts (MAX_CAPTURES_ACCEPTED).
    while (pending.length > 0 || omitted.length > 0) {
      const message: CaptureBatch = {
        type: 'alexpose/snapshot',
        version: 1,
        pageSession,
        pageUrl: location.href,
        captures: pending.splice(0, MAX_CAPTURES_PER_BATCH),
      };
      if (omitted.length > 0) message.omitted = omitted.splice(0, MAX_CAPTURES_PER_BATCH);
      sender.send(message);
    }
  }

  const pageToken = (): Promise<string | null> => {
    if (!port) return Promise.resolve(null);
    const id = ++tokenRequests;
    return new Promise((resolve) => {
      const timeout = setTimeout(() => answer(null), TOKEN_WAIT_MS);
      const answer = (token: string | null) => {
        clearTimeout(timeout);
        tokenWaiters.delete(id);
        resolve(token);
      };
      tokenWaiters.set(id, answer);
      port?.postMessage({ kind: 'token?', id } satisfies TokenRequest);
    });
  };

  const collector: Collector = { queue, flush, runtime, pageToken };
  const listener = messageListener<Collector>(ContentMessageSchema, {
    // The popup asks for the page's structure when a source did not recognise it (a redacted structure for a bug report).
    'alexpose/page-structure': () => Promise.resolve(collectStructure(document)),
    ...site.handlers,
  });
  const onExtensionMessage = (message: unknown) => listener(message, collector);

  function shutdown(): void {
    alive = false;
    clearTimeout(timer);
    clearTimeout(outlineTimer);
    observer?.disconnect();
    port?.close();
    port = null;
    window.removeEventListener('pagehide', flush);
    try {
      runtime.onMessage.removeListener(onExtensionMessage);
    } catch (error) {
      // the runtime of an orphaned script may already be gone (quiet in logError)
      logError('content: stop listening', error);
    }
  }

  /** What the observer hands over: a copy of a response, or the token Scan now asked for. */
  function onObserverMessage(event: MessageEvent): void {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { kind, url, text, id, token, size } = data as Record<string, unknown>;
    if (kind === 'token' && typeof id === 'number') return tokenWaiters.get(id)?.(typeof token === 'string' ? token : null);
    if (kind === 'too-large' && typeof url === 'string' && typeof size === 'number' && Number.isFinite(size)) return noteTooLarge(url, size);
    if (kind !== 'capture' || typeof url !== 'string' || typeof text !== 'string') return;
    if (text.length > MAX_CAPTURE_CHARS) return noteTooLarge(url, text.length);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (parsed.origin !== location.origin || !site.isKnownEndpoint(parsed)) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    queue({ url: parsed.href, via: 'page-fetch', body, capturedAt: new Date().toISOString() });
  }

  function noteTooLarge(url: string, size: number): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (!alive || parsed.origin !== location.origin || !site.isKnownEndpoint(parsed) || omitted.length >= MAX_CAPTURES_PER_BATCH) return;
    omitted.push({ url: parsed.href, reason: 'too-large', size: Math.round(size) });
    clearTimeout(timer);
    timer = setTimeout(flush, 300);
  }

  /** The observer's private port, handed over once at document_start (see capture-message.ts). */
  function onPort(event: Event): void {
    const received = (event as MessageEvent).ports?.[0];
    if (port || !received) return;
    window.removeEventListener(PORT_EVENT, onPort, true);
    window.removeEventListener(READY_EVENT, sayHello, true);
    port = received;
    port.addEventListener('message', onObserverMessage);
    port.start();
  }

  function sayHello(): void {
    if (!port) window.dispatchEvent(new Event(HELLO_EVENT));
  }

  function readPageState(): void {
    const state = extractNextData(document);
    if ('body' in state) queue({ url: location.href, via: 'page-state', body: state.body, capturedAt: new Date().toISOString() });
  }

  /** Settings pages render client-side and change route without reloading: re-read when the DOM settles, send only changes. */
  function readOutline(): void {
    if (!alive || !site.readsOutline(location.pathname) || outlinesSent >= MAX_OUTLINES_PER_PAGE) return;
    const outline = extractOutline(document);
    if (outline.controls.length === 0 && outline.lists.length === 0 && outline.texts.length === 0) return;
    const serialized = JSON.stringify(outline);
    if (serialized === lastOutline) return;
    lastOutline = serialized;
    outlinesSent++;
    queue({ url: location.href, via: 'page-outline', body: outline, capturedAt: new Date().toISOString() });
  }

  function watchOutline(): void {
    readOutline();
    observer = new MutationObserver(() => {
      clearTimeout(outlineTimer);
      outlineTimer = setTimeout(() => timed('outline', readOutline), 600);
    });
    observer.observe(document.body ?? document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-checked', 'checked'],
    });
  }

  function onReady(): void {
    timed('page-state', readPageState);
    timed('outline', watchOutline);
  }

  window.addEventListener(PORT_EVENT, onPort, true);
  window.addEventListener(READY_EVENT, sayHello, true);
  sayHello();
  // Leaving the page within the batching delay must not lose what was read.
  window.addEventListener('pagehide', flush);
  runtime.onMessage.addListener(onExtensionMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
  noteTiming('init', initStart);
}

/** A timing of the content script's own work, in its isolated world only (the page cannot see this global). */
function noteTiming(name: string, start: number): void {
  const world = globalThis as unknown as { alexposeTimings?: { name: string; startTime: number; duration: number }[] };
  (world.alexposeTimings ??= []).push({ name, startTime: start, duration: performance.now() - start });
}

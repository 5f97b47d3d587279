/**
 * The isolated-world half of a content script, shared by the sites: it collects the page's own state
 * (`__NEXT_DATA__`), the outline of settings pages, and the responses the MAIN-world observer hands over,
 * checks that they are same-origin responses of a known endpoint, and sends them to the background in small
 * batches, as text. Parsing (a copy's JSON too) and checks run in the background. It makes no network request of its own.
 * Everything it starts hangs on one `ContentScriptContext`: stopping the script is `ctx.abort()`.
 */
import { MAX_CAPTURE_CHARS } from '../model/message-limits.ts';
import type { PageCapture } from '../model/messages.ts';
import { readContentMessage } from '../model/content-messages.ts';
import { routeMessages, type MessageHandlers } from '../model/route-messages.ts';
import { logError } from '../model/log-error.ts';
import { extractNextData } from '../sources/extract-page-state.ts';
import { collectStructure } from '../sources/page-outline/collect-structure.ts';
import { createCaptureBatcher } from './capture-batcher.ts';
import { ContentScriptContext } from './content-script-context.ts';
import { noteTiming, timed } from './content-timings.ts';
import { connectObserver } from './observer-port.ts';
import { watchOutline } from './outline-watcher.ts';
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
  /** The endpoints' pathname patterns, for the MAIN-world observer: it copies only responses that match one. */
  observedPaths: readonly RegExp[];
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

export function startCollector(site: SiteConfig): void {
  const initStart = performance.now();
  const runtime = ((globalThis as { browser?: { runtime: RuntimeLike } }).browser ?? (globalThis as unknown as { chrome: { runtime: RuntimeLike } }).chrome)
    .runtime;
  const ctx = new ContentScriptContext();
  // A stopped service worker is retried, not taken for a removed extension: see send-to-background.ts.
  const sender = createBackgroundSender(runtime, { onInvalidated: () => ctx.abort() });
  const { queue, omit, flush } = createCaptureBatcher(ctx, sender, () => !runtime?.id);

  /** A same-origin URL of a known endpoint, or null. */
  const knownUrl = (url: string): URL | null => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    return parsed.origin === location.origin && site.isKnownEndpoint(parsed) ? parsed : null;
  };
  const tooLarge = (url: string, size: number) => {
    const parsed = knownUrl(url);
    if (parsed) omit({ url: parsed.href, reason: 'too-large', size: Math.round(size) });
  };
  const observer = connectObserver(ctx, site.observedPaths, {
    tooLarge,
    capture(url, text) {
      if (text.length > MAX_CAPTURE_CHARS) return tooLarge(url, text.length);
      const parsed = knownUrl(url);
      // The text goes as it came: the background parses it, off the page's main thread (README, Performance).
      if (parsed) queue({ url: parsed.href, via: 'page-fetch', body: null, text, capturedAt: new Date().toISOString() });
    },
  });

  listenToExtension(ctx, runtime, site, { queue, flush, runtime, pageToken: observer.pageToken });
  // Leaving the page within the batching delay must not lose what was read.
  ctx.addEventListener(window, 'pagehide', flush);
  const onReady = () => {
    timed('page-state', () => {
      const state = extractNextData(document);
      if ('body' in state) queue({ url: location.href, via: 'page-state', body: state.body, capturedAt: new Date().toISOString() });
    });
    timed('outline', () => watchOutline(ctx, site.readsOutline, queue));
  };
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', onReady, { once: true });
  else onReady();
  noteTiming('init', initStart);
}

/** The messages of the extension this page answers: its structure for a bug report, and the site's own. */
function listenToExtension(ctx: ContentScriptContext, runtime: RuntimeLike, site: SiteConfig, collector: Collector): void {
  const listener = routeMessages<Collector>(readContentMessage, {
    // The popup asks for the page's structure when a source did not recognise it (a redacted structure for a bug report).
    'alexpose/page-structure': () => Promise.resolve(collectStructure(document)),
    ...site.handlers,
  });
  const onExtensionMessage = (message: unknown) => listener(message, collector);
  runtime.onMessage.addListener(onExtensionMessage);
  ctx.onInvalidated(() => {
    try {
      runtime.onMessage.removeListener(onExtensionMessage);
    } catch (error) {
      // the runtime of an orphaned script may already be gone (quiet in logError)
      logError('content: stop listening', error);
    }
  });
}

/**
 * Isolated-world content script on account.ring.com. Thin by design: it collects the page's own
 * state (`__NEXT_DATA__`) and the responses the MAIN-world observer hands over, checks that they are
 * same-origin JSON of a known endpoint, and sends them to the background in small batches.
 * Parsing and checks run in the background. It makes no network request at all.
 */
import type { Capture } from '../model/capture.ts';
import type { SnapshotMessage } from '../model/messages.ts';
import { CONTROL_CENTER_PATH, ringEndpointOf } from '../sources/ring/endpoints.ts';
import { extractNextData } from '../sources/extract-page-state.ts';
import { extractOutline } from '../sources/page-outline/extract-outline.ts';
import { CAPTURE_MESSAGE_TAG, MAX_CAPTURE_CHARS } from './capture-message.ts';
import { findCsrfToken, scanNow } from './scan-now.ts';
import type { ScanProgress } from '../model/scan-now.ts';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
    removeListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
  };
}
const runtime = ((globalThis as { browser?: { runtime: RuntimeLike } }).browser ?? (globalThis as unknown as { chrome: { runtime: RuntimeLike } }).chrome).runtime;

const initStart = performance.now();
const pageSession = crypto.randomUUID();

/** The script's own time on the page, as performance measures the benchmark reads (no page data in them). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`alexpose:${name}`, { start, end: performance.now() });
  }
}
const pending: Capture[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let alive = true;

function queue(capture: Capture): void {
  if (!alive) return;
  pending.push(capture);
  clearTimeout(timer);
  timer = setTimeout(flush, 300);
}

function flush(): void {
  if (!alive || pending.length === 0) return;
  // After an extension update this copy of the script is orphaned: stop quietly instead of throwing into the page.
  if (!runtime?.id) return shutdown();
  const message: SnapshotMessage = { type: 'alexpose/snapshot', version: 1, pageSession, pageUrl: location.href, captures: pending.splice(0) };
  try {
    runtime.sendMessage(message).catch(shutdown);
  } catch {
    shutdown();
  }
}

function shutdown(): void {
  alive = false;
  clearTimeout(timer);
  clearTimeout(outlineTimer);
  observer?.disconnect();
  window.removeEventListener('message', onPageMessage);
  try {
    runtime.onMessage.removeListener(onExtensionMessage);
  } catch {
    // the runtime of an orphaned script may already be gone
  }
}

/** "Scan now" from the popup; progress goes back to the extension's pages. */
let scanning = false;
function onExtensionMessage(message: unknown): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'alexpose/scan-now') return undefined;
  if (scanning) return Promise.resolve({ started: false });
  scanning = true;
  const report = (p: Omit<ScanProgress, 'type'>) => {
    if (p.state !== 'running') flush();
    if (runtime?.id) runtime.sendMessage({ type: 'alexpose/scan-progress', ...p } satisfies ScanProgress).catch(() => undefined);
  };
  const state = extractNextData(document);
  void scanNow(findCsrfToken(document, 'body' in state ? state.body : null), queue, report).finally(() => {
    scanning = false;
  });
  return Promise.resolve({ started: true });
}

function onPageMessage(event: MessageEvent): void {
  if (event.source !== window || event.origin !== location.origin) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)[CAPTURE_MESSAGE_TAG] !== true) return;
  const { url, text } = data as { url?: unknown; text?: unknown };
  if (typeof url !== 'string' || typeof text !== 'string' || text.length > MAX_CAPTURE_CHARS) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.origin !== location.origin || !ringEndpointOf(parsed.pathname)) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  queue({ url: parsed.href, via: 'page-fetch', body, capturedAt: new Date().toISOString() });
}

function readPageState(): void {
  const state = extractNextData(document);
  if ('body' in state) queue({ url: location.href, via: 'page-state', body: state.body, capturedAt: new Date().toISOString() });
}

/**
 * Control Center pages render their settings client-side and change route without reloading:
 * re-read the outline when the DOM settles, and send it only when it changed.
 */
const MAX_OUTLINES_PER_PAGE = 20;
let observer: MutationObserver | undefined;
let outlineTimer: ReturnType<typeof setTimeout> | undefined;
let lastOutline = '';
let outlinesSent = 0;

function readOutline(): void {
  if (!alive || !CONTROL_CENTER_PATH.test(location.pathname) || outlinesSent >= MAX_OUTLINES_PER_PAGE) return;
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
  observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-checked', 'checked'] });
}

function onReady(): void {
  timed('page-state', readPageState);
  timed('outline', watchOutline);
}

window.addEventListener('message', onPageMessage);
runtime.onMessage.addListener(onExtensionMessage);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
else onReady();
performance.measure('alexpose:init', { start: initStart, end: performance.now() });

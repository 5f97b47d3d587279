/**
 * The collector reads the page after its load event, in a task of its own, so that neither the page's DOMContentLoaded
 * nor its load waits on the reading; leaving the page first, or a load that does not come, still reads it, once.
 */
import { afterPageLoad } from '../../../src/content/after-page-load.ts';
import { ContentScriptContext } from '../../../src/content/content-script-context.ts';

let state: DocumentReadyState = 'loading';

beforeEach(() => {
  vi.useFakeTimers();
  state = 'loading';
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
});

afterEach(() => {
  vi.useRealTimers();
  delete (document as unknown as Record<string, unknown>).readyState;
});

/** The page's events in their order; `state` follows them as in a browser. */
function domContentLoaded(): void {
  state = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
}
function load(): void {
  state = 'complete';
  window.dispatchEvent(new Event('load'));
}

it('reads after the load event, not inside it nor inside DOMContentLoaded, with the time the document was ready', () => {
  const reads: string[] = [];
  afterPageLoad(new ContentScriptContext(), (readyAt) => reads.push(readyAt));
  vi.setSystemTime(new Date('2026-12-07T01:00:00.000Z'));
  domContentLoaded();
  expect(reads).toEqual([]);
  vi.setSystemTime(new Date('2026-12-07T01:00:00.250Z'));
  load();
  expect(reads).toEqual([]);
  vi.advanceTimersByTime(0);
  expect(reads).toEqual(['2026-12-07T01:00:00.000Z']);
  // The fallback for a load that does not come is cleared: no timer is left behind.
  expect(vi.getTimerCount()).toBe(0);
  vi.advanceTimersByTime(5000);
  expect(reads).toHaveLength(1);
});

it('reads at once when the page is left before it loaded, and not again at load', () => {
  const reads: string[] = [];
  const readNow = afterPageLoad(new ContentScriptContext(), (readyAt) => reads.push(readyAt));
  domContentLoaded();
  readNow();
  expect(reads).toHaveLength(1);
  load();
  vi.advanceTimersByTime(5000);
  expect(reads).toHaveLength(1);
});

it('reads a second after DOMContentLoaded when the load does not come', () => {
  const reads: string[] = [];
  afterPageLoad(new ContentScriptContext(), (readyAt) => reads.push(readyAt));
  vi.advanceTimersByTime(5000);
  expect(reads).toEqual([]);
  domContentLoaded();
  vi.advanceTimersByTime(999);
  expect(reads).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(reads).toHaveLength(1);
});

it('reads in the next task when started on a page that has already loaded', () => {
  state = 'complete';
  const reads: string[] = [];
  afterPageLoad(new ContentScriptContext(), (readyAt) => reads.push(readyAt));
  expect(reads).toEqual([]);
  vi.advanceTimersByTime(0);
  expect(reads).toHaveLength(1);
});

it('reads nothing once its context is stopped', () => {
  const reads: string[] = [];
  const ctx = new ContentScriptContext();
  const readNow = afterPageLoad(ctx, (readyAt) => reads.push(readyAt));
  domContentLoaded();
  ctx.abort();
  load();
  vi.advanceTimersByTime(5000);
  readNow();
  expect(reads).toEqual([]);
});

/**
 * The collector's batches go after 300 ms of quiet since the last capture, or at once when full; nothing waits
 * longer, nothing goes earlier, nothing after the script is stopped.
 */
import { createCaptureBatcher } from '../../../src/content/capture-batcher.ts';
import { ContentScriptContext } from '../../../src/content/content-script-context.ts';
import { MAX_CAPTURES_PER_BATCH } from '../../../src/model/message-limits.ts';
import type { CaptureBatch, PageCapture } from '../../../src/model/messages.ts';
import type { BackgroundSender } from '../../../src/content/send-to-background.ts';

const capture = (n: number): PageCapture => ({
  url: `https://account.ring.com/api/cgw/devices/v1/devices/${n}/settings`,
  via: 'page-fetch',
  body: null,
  text: '{}',
  capturedAt: '2026-12-06T12:00:00.000Z',
});

function setup() {
  const sent: CaptureBatch[] = [];
  const sender: BackgroundSender = { send: (m) => void sent.push(m as CaptureBatch), pending: () => 0, drained: () => Promise.resolve() };
  const ctx = new ContentScriptContext();
  return { sent, ctx, batcher: createCaptureBatcher(ctx, sender, () => false) };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

it('sends after 300 ms of quiet since the last capture, all captures in order', () => {
  const { sent, batcher } = setup();
  batcher.queue(capture(1));
  vi.advanceTimersByTime(200);
  batcher.queue(capture(2));
  vi.advanceTimersByTime(299);
  expect(sent).toHaveLength(0);
  vi.advanceTimersByTime(1);
  expect(sent).toHaveLength(1);
  expect(sent[0]?.captures.map((c) => c.url)).toEqual([capture(1).url, capture(2).url]);
  vi.advanceTimersByTime(1000);
  expect(sent).toHaveLength(1);
});

it('sends a full batch at once and the rest after the quiet time', () => {
  const { sent, batcher } = setup();
  for (let i = 0; i < MAX_CAPTURES_PER_BATCH + 3; i++) batcher.queue(capture(i));
  expect(sent.map((m) => m.captures.length)).toEqual([MAX_CAPTURES_PER_BATCH]);
  vi.advanceTimersByTime(300);
  expect(sent.map((m) => m.captures.length)).toEqual([MAX_CAPTURES_PER_BATCH, 3]);
});

it('sends nothing more once the context is stopped', () => {
  const { sent, ctx, batcher } = setup();
  batcher.queue(capture(1));
  ctx.abort();
  vi.advanceTimersByTime(1000);
  batcher.queue(capture(2));
  vi.advanceTimersByTime(1000);
  expect(sent).toHaveLength(0);
});

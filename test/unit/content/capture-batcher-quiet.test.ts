/**
 * The collector's quiet time runs on one timer per spell (not one per capture): however many captures arrive, and
 * however close together, the batch goes 300 ms after the last one, with all of them; the same timer then serves
 * the captures queued after a full batch went at once.
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
  return { sent, batcher: createCaptureBatcher(new ContentScriptContext(), sender, () => false) };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

it('waits while captures keep coming, then sends them all 300 ms after the last', () => {
  const { sent, batcher } = setup();
  for (let i = 0; i < 40; i++) {
    batcher.queue(capture(i));
    vi.advanceTimersByTime(i % 3 === 0 ? 299 : 7);
  }
  // The last capture came 299 ms ago.
  expect(sent).toHaveLength(0);
  vi.advanceTimersByTime(1);
  expect(sent.map((m) => m.captures.length)).toEqual([40]);
  expect(sent[0]?.captures.map((c) => c.url)).toEqual(Array.from({ length: 40 }, (_, i) => capture(i).url));
  vi.advanceTimersByTime(5000);
  expect(sent).toHaveLength(1);
});

it('sends what came after a full batch 300 ms after its own last capture', () => {
  const { sent, batcher } = setup();
  batcher.queue(capture(0));
  vi.advanceTimersByTime(250);
  for (let i = 1; i < MAX_CAPTURES_PER_BATCH; i++) batcher.queue(capture(i));
  expect(sent.map((m) => m.captures.length)).toEqual([MAX_CAPTURES_PER_BATCH]);
  vi.advanceTimersByTime(100);
  batcher.queue(capture(1000));
  vi.advanceTimersByTime(299);
  expect(sent).toHaveLength(1);
  vi.advanceTimersByTime(1);
  expect(sent.map((m) => m.captures.length)).toEqual([MAX_CAPTURES_PER_BATCH, 1]);
});

/**
 * The collector's batches go after 300 ms of quiet since the last capture, or at once when full; nothing waits
 * longer, nothing goes earlier, nothing after the script is stopped.
 */
import { createCaptureBatcher } from '../../../src/content/capture-batcher.ts';
import { ContentScriptContext } from '../../../src/content/content-script-context.ts';
import { MAX_BATCH_TEXT_CHARS, MAX_CAPTURES_PER_BATCH } from '../../../src/model/message-limits.ts';
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

describe('one quiet timer per spell', () => {
  // The collector's quiet time runs on one timer per spell (not one per capture): however many captures arrive,
  // and however close together, the batch goes 300 ms after the last one, with all of them; the same timer then
  // serves the captures queued after a full batch went at once.
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
});

describe('a batch bounded by its text', () => {
  // A batch's text is bounded (MAX_BATCH_TEXT_CHARS): the background reads and stores one batch before the next
  // comes, so a big response does not arrive in one message with everything queued before it (README,
  // Performance).
  const textOf = (chars: number, n: number): PageCapture => ({ ...capture(n), text: `"${'x'.repeat(chars - 2)}"` });

  it('sends a capture whose text would pass the batch limit after what was waiting, each in a message of its own', () => {
    const { sent, batcher } = setup();
    const pageState: PageCapture = {
      url: 'https://account.ring.com/account/dashboard',
      via: 'page-state',
      body: { props: {} },
      capturedAt: '2026-12-06T12:00:00.000Z',
    };
    batcher.queue(pageState);
    batcher.queue(textOf(MAX_BATCH_TEXT_CHARS + 1, 1));
    // Both at once, not after the quiet time: the big one is a full batch on its own.
    expect(sent.map((m) => m.captures.map((c) => c.via))).toEqual([['page-state'], ['page-fetch']]);
    expect(sent[1]?.captures[0]?.text).toHaveLength(MAX_BATCH_TEXT_CHARS + 1);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it('keeps the text of one batch within the limit, in order, and sends small captures together as before', () => {
    const { sent, batcher } = setup();
    const third = Math.floor(MAX_BATCH_TEXT_CHARS / 3);
    for (let i = 0; i < 4; i++) batcher.queue(textOf(third, i));
    batcher.queue(capture(9));
    vi.advanceTimersByTime(300);
    expect(sent.map((m) => m.captures.map((c) => c.url?.split('/').at(-2)))).toEqual([
      ['0', '1', '2'],
      ['3', '9'],
    ]);
    for (const m of sent) expect(m.captures.reduce((n, c) => n + (c.text?.length ?? 0), 0)).toBeLessThanOrEqual(MAX_BATCH_TEXT_CHARS);
  });

  it('sends a batch that reaches the limit exactly at once', () => {
    const { sent, batcher } = setup();
    batcher.queue(textOf(MAX_BATCH_TEXT_CHARS / 2, 1));
    expect(sent).toHaveLength(0);
    batcher.queue(textOf(MAX_BATCH_TEXT_CHARS / 2, 2));
    expect(sent.map((m) => m.captures.length)).toEqual([2]);
  });
});

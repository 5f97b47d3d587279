/**
 * Sends the collector's messages to the background without losing any. An MV3 service worker may stop while
 * a message is in flight; that is not the extension going away. So a failed send is retried with back-off
 * for as long as the extension context is valid (`runtime.id` is set), in order, one message at a time;
 * only when the context is truly invalidated (extension updated, reloaded or removed) does the script shut
 * down. A message the background answers ({accepted}) is done, unless the answer asks for it again (its write
 * failed); no answer, or an empty one, is a failed attempt.
 */
import { isCaptureBatchAnswer } from '../model/content-messages.ts';
import { logError } from '../model/log-error.ts';

export interface SendingRuntime {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export interface SenderOptions {
  /** Called once when the extension context is gone. */
  onInvalidated(): void;
  /** Waits between attempts, in ms; the last one repeats. */
  backoff?: readonly number[];
  wait?: (ms: number) => Promise<void>;
}

export interface BackgroundSender {
  send(message: unknown): void;
  /** Messages not yet answered by the background. */
  pending(): number;
  /** Resolves when the queue is empty (or the context is gone). */
  drained(): Promise<void>;
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 4000, 8000];
/** An answer that does not come within this time counts as a failed attempt (a worker stopped mid-message may never answer). */
const ANSWER_TIMEOUT_MS = 15_000;

function answered(sent: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), ms);
  });
  return Promise.race([sent, late]).finally(() => clearTimeout(timer));
}

export function createBackgroundSender(runtime: SendingRuntime, options: SenderOptions): BackgroundSender {
  const queue: unknown[] = [];
  const backoff = options.backoff ?? BACKOFF_MS;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let running: Promise<void> | null = null;
  let invalidated = false;

  const valid = (): boolean => {
    try {
      return Boolean(runtime.id);
    } catch {
      return false;
    }
  };

  const invalidate = () => {
    if (invalidated) return;
    invalidated = true;
    options.onInvalidated();
  };

  async function pump(): Promise<void> {
    let attempt = 0;
    while (queue.length > 0 && !invalidated) {
      if (!valid()) return invalidate();
      try {
        const answer = await answered(runtime.sendMessage(queue[0]), ANSWER_TIMEOUT_MS);
        // Chrome resolves with undefined, not an error, when the worker stopped before its listener answered:
        // only the background's own answer ({accepted}) means the message was handled. `retry`: the background
        // could not write it this time (not: refused it, or the store is full), so it is sent again.
        if (isCaptureBatchAnswer(answer) && answer.retry !== true) {
          queue.shift();
          attempt = 0;
          continue;
        }
      } catch {
        // No answer in time, or the send failed.
      }
      // The worker stopped, or is starting: try again later, unless the extension itself is gone. Not logged:
      // a stopped worker is normal in MV3, and every failure here is handled by the retry or the shutdown.
      if (!valid()) return invalidate();
      await wait(backoff[Math.min(attempt, backoff.length - 1)] ?? 1000);
      attempt++;
    }
  }

  const start = () => {
    running ??= pump().finally(() => {
      running = null;
      if (queue.length > 0 && !invalidated) start().catch((error: unknown) => logError('content: sender', error));
    });
    return running;
  };

  return {
    send(message) {
      if (invalidated) return;
      queue.push(message);
      void start();
    },
    pending: () => queue.length,
    drained: async () => {
      while (running) await running;
    },
  };
}

/**
 * The collector's batches: captures (and responses seen but too large to pass on) wait for 300 ms of quiet, or go at
 * once when a batch is full, and leave as `alexpose/snapshot` messages through the background sender. A batch is full
 * at MAX_CAPTURES_PER_BATCH captures or MAX_BATCH_TEXT_CHARS of text; a capture whose text would not fit waits for the next.
 */
import { MAX_BATCH_TEXT_CHARS, MAX_CAPTURES_PER_BATCH } from '../model/message-limits.ts';
import type { CaptureBatch, OmittedCapture, PageCapture } from '../model/messages.ts';
import type { ContentScriptContext } from './content-script-context.ts';
import type { BackgroundSender } from './send-to-background.ts';

const QUIET_MS = 300;

export interface CaptureBatcher {
  queue(capture: PageCapture): void;
  /** A known response over the capture limit: reported to the background so the popup says so. */
  omit(omitted: OmittedCapture): void;
  flush(): void;
}

export function createCaptureBatcher(ctx: ContentScriptContext, sender: BackgroundSender, isOrphaned: () => boolean): CaptureBatcher {
  const pageSession = crypto.randomUUID();
  const pending: PageCapture[] = [];
  const omitted: OmittedCapture[] = [];
  let pendingChars = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = 0;

  // One timer per quiet spell, not one per capture (a big account hands over thousands): when it fires early it waits
  // for what is left of the quiet time since the last capture.
  const later = () => {
    lastAt = performance.now();
    timer ??= ctx.setTimeout(whenQuiet, QUIET_MS);
  };
  function whenQuiet(): void {
    const left = lastAt + QUIET_MS - performance.now();
    timer = left > 0 ? ctx.setTimeout(whenQuiet, left) : undefined;
    if (!timer) flush();
  }

  function flush(): void {
    if (!ctx.isValid || (pending.length === 0 && omitted.length === 0)) return;
    // After an extension update this copy of the script is orphaned: stop quietly instead of throwing into the page.
    if (isOrphaned()) return ctx.abort();
    // A burst is sent in batches of MAX_CAPTURES_PER_BATCH, below what the background accepts (MAX_CAPTURES_ACCEPTED).
    // `queue` keeps the pending text within MAX_BATCH_TEXT_CHARS, or to one capture over it.
    pendingChars = 0;
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

  return {
    queue(capture) {
      if (!ctx.isValid) return;
      const chars = capture.text?.length ?? 0;
      // What is waiting goes first when this capture's text would not fit beside it.
      if (pending.length > 0 && pendingChars + chars > MAX_BATCH_TEXT_CHARS) flush();
      pending.push(capture);
      pendingChars += chars;
      // A full message goes at once, so a big account streams to the store while the page is still loading.
      // (A quiet timer still running then finds nothing left, or the captures queued since.)
      if (pending.length >= MAX_CAPTURES_PER_BATCH || pendingChars >= MAX_BATCH_TEXT_CHARS) flush();
      else later();
    },
    omit(entry) {
      if (!ctx.isValid || omitted.length >= MAX_CAPTURES_PER_BATCH) return;
      omitted.push(entry);
      later();
    },
    flush,
  };
}

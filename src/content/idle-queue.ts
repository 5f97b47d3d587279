/**
 * Work the page does not wait for: run in the page's idle periods (at the latest after `timeoutMs`), in order, so that
 * the isolated script's parse of each copied response stays off the page's own critical path. `drain()` runs what is
 * left at once (before a batch must leave: the page is being left, Scan now ended).
 */
import type { ContentScriptContext } from './content-script-context.ts';

export interface IdleQueue {
  add(job: () => void): void;
  drain(): void;
}

export function createIdleQueue(ctx: ContentScriptContext, timeoutMs = 250): IdleQueue {
  let jobs: (() => void)[] = [];
  let next = 0;
  let scheduled = false;

  const run = (deadline?: IdleDeadline) => {
    scheduled = false;
    while (ctx.isValid && next < jobs.length && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 0)) {
      const job = jobs[next++];
      job?.();
      // A timed-out callback does one job per turn, so a page that is never idle still gets its turn between them.
      if (deadline?.didTimeout) break;
    }
    if (next >= jobs.length || !ctx.isValid) {
      jobs = [];
      next = 0;
    } else schedule();
  };
  const schedule = () => {
    if (scheduled || !ctx.isValid) return;
    scheduled = true;
    // Called as a global, as setTimeout is: a Firefox content script's globalThis is its sandbox, not the window.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
    else ctx.setTimeout(() => run(), 0);
  };

  return {
    add(job) {
      jobs.push(job);
      schedule();
    },
    drain: () => run(),
  };
}

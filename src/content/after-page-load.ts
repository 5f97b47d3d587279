/**
 * When the collector reads the page itself (its embedded state, the settings outline): after the page's load event,
 * in a task of its own. A listener of DOMContentLoaded or load runs inside the page's own event dispatch, and the page's
 * load waits for it (README, Performance: figure 5). Nothing is lost by waiting: leaving the page first (pagehide)
 * reads it at once, and a page whose load does not come (a resource that hangs) is read LATEST_MS after
 * DOMContentLoaded. The time the page's document was ready is kept for the captures' time, as it was when they were
 * read at DOMContentLoaded.
 */
import type { ContentScriptContext } from './content-script-context.ts';

const LATEST_MS = 1000;

/** Schedules `read` (once); returns the function that runs it now if it has not run yet (for pagehide). */
export function afterPageLoad(ctx: ContentScriptContext, read: (readyAt: string) => void): () => void {
  let readyAt: string | null = null;
  let latest: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const now = () => {
    if (done || !ctx.isValid) return;
    done = true;
    ctx.clearTimeout(latest);
    read(readyAt ?? new Date().toISOString());
  };
  const soon = () => void ctx.setTimeout(now, 0);
  const ready = () => {
    readyAt = new Date().toISOString();
    latest = ctx.setTimeout(now, LATEST_MS);
  };
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', ready, { once: true });
  else ready();
  if (document.readyState === 'complete') soon();
  else ctx.addEventListener(window, 'load', soon, { once: true });
  return now;
}

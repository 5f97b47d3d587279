/**
 * The visible settings of a settings page as an outline. Settings pages render client-side and change route without
 * reloading: the outline is read again when the DOM settles, and only changes are queued.
 */
import type { PageCapture } from '../model/messages.ts';
import { extractOutline } from '../sources/page-outline/extract-outline.ts';
import type { ContentScriptContext } from './content-script-context.ts';
import { timed } from './content-timings.ts';

const MAX_OUTLINES_PER_PAGE = 20;
const SETTLE_MS = 600;

export function watchOutline(ctx: ContentScriptContext, readsOutline: (pathname: string) => boolean, queue: (capture: PageCapture) => void): void {
  let lastOutline = '';
  let outlinesSent = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const readOutline = () => {
    if (!ctx.isValid || !readsOutline(location.pathname) || outlinesSent >= MAX_OUTLINES_PER_PAGE) return;
    const outline = extractOutline(document);
    if (outline.controls.length === 0 && outline.lists.length === 0 && outline.texts.length === 0) return;
    const serialized = JSON.stringify(outline);
    if (serialized === lastOutline) return;
    lastOutline = serialized;
    outlinesSent++;
    queue({ url: location.href, via: 'page-outline', body: outline, capturedAt: new Date().toISOString() });
  };

  readOutline();
  const observer = new MutationObserver(() => {
    ctx.clearTimeout(settle);
    settle = ctx.setTimeout(() => timed('outline', readOutline), SETTLE_MS);
  });
  observer.observe(document.body ?? document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-checked', 'checked'],
  });
  ctx.onInvalidated(() => observer.disconnect());
}

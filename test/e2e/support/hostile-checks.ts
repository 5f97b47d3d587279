/**
 * Checks for pages and exports that show hostile names. `inspectPage` runs inside the page (Playwright serialises
 * it, so it must not use anything from this module's scope); the rest runs in Node.
 */

/** What a reader should see of a payload: control and format characters (bidi, zero-width) gone, whitespace collapsed. */
export function visible(payload: string): string {
  return payload
    .replace(/[\p{Cc}\p{Cf}\ufffd]/gu, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** How much of a payload must be shown: names may be cut (the 10,000-character one), never dropped. */
export const SHOWN_PREFIX = 100;

export interface PageInspection {
  title: string;
  pwned: unknown;
  /** Elements per tag name, lower-case. */
  tags: Record<string, number>;
  /** `tag[attr]` of every element with an `on…` attribute. */
  handlers: string[];
  /** `tag[attr=value]` of every attribute whose value is a javascript:/vbscript:/data:text URL. */
  scriptUrls: string[];
  javascriptLinks: number;
  /** The whole document's text (including SVG titles and closed details), normalised like `visible`. */
  text: string;
  innerWidth: number;
  scrollWidth: number;
  /** Rendered elements wider than the viewport or reaching past its right edge, as `tag.class width right`. */
  tooWide: string[];
}

/** Runs in the page. Opens every `<details>` first so hidden content is laid out and measured too. */
export function inspectPage(): PageInspection {
  document.querySelectorAll('details').forEach((d) => {
    d.open = true;
  });
  const tags: Record<string, number> = {};
  const handlers: string[] = [];
  const scriptUrls: string[] = [];
  const tooWide: string[] = [];
  const viewport = window.innerWidth;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    // The letter form is the product's own (fixed fields, no page-derived text) and only appears once data exists.
    if (el.closest('.letters__form')) continue;
    tags[tag] = (tags[tag] ?? 0) + 1;
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) handlers.push(`${tag}[${attr.name}]`);
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces inside URL schemes
      const value = attr.value.replace(/[\u0000-\u0020]/g, '');
      if (
        /^(href|src|action|formaction|xlink:href|data|srcdoc|content|poster|background)$/i.test(attr.name) &&
        /^(javascript:|vbscript:|data:text)/i.test(value)
      ) {
        scriptUrls.push(`${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
      }
    }
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.width > viewport + 1 || box.right > viewport + 1))
      tooWide.push(`${tag}.${String(el.getAttribute('class') ?? '')} ${Math.round(box.width)} ${Math.round(box.right)}`);
  }
  const text = (document.documentElement.textContent ?? '').replace(/[\p{Cc}\p{Cf}\ufffd]/gu, (c) => (/\s/.test(c) ? ' ' : '')).replace(/\s+/g, ' ');
  return {
    title: document.title,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    tags,
    handlers,
    scriptUrls,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    text,
    innerWidth: viewport,
    scrollWidth: document.documentElement.scrollWidth,
    tooWide,
  };
}

/** Tags a name must never bring into an extension page. */
export const FORBIDDEN_TAGS = [
  'img',
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'link',
  'style',
  'input',
  'video',
  'audio',
  'source',
  'math',
  'foreignobject',
  'template',
  'noscript',
  'marquee',
  'xmp',
  'frame',
  'frameset',
  'applet',
  'image',
  'use',
  'animate',
] as const;

/** Tags whose count went up compared with the empty page. */
export function injectedTags(page: PageInspection, baseline: PageInspection): Record<string, number> {
  const out: Record<string, number> = {};
  for (const tag of FORBIDDEN_TAGS) {
    const extra = (page.tags[tag] ?? 0) - (baseline.tags[tag] ?? 0);
    if (extra > 0) out[tag] = extra;
  }
  return out;
}

/** Payloads whose visible text is nowhere in the page. */
export function missingPayloads(pageText: string, payloads: readonly string[]): string[] {
  return payloads.filter((p) => !pageText.includes(visible(p).slice(0, SHOWN_PREFIX)));
}

/** Lines of the Markdown template that are angle-bracketed on purpose: the official help URL as an autolink. */
const AUTOLINK_LINE = /^<https:\/\/[^\s<>]+>$/;
// Parentheses alone are no markup: a link needs `](`, and `]` is always escaped (issue 24: "alert(1)" may stay as it is).
const MARKUP = /[<>[\]`*_|#!]/;

/** What is wrong with a Markdown export that shows hostile names: raw tags, links, images, unescaped payloads, injected lines. */
export function markdownProblems(
  markdown: string,
  payloads: readonly string[],
): { tags: string[]; links: string[]; images: string[]; unescaped: string[]; injectedLines: string[] } {
  const lines = markdown.split('\n');
  const segments = payloads
    .flatMap((p) => p.split(/[\r\n]+/).slice(1))
    .map((s) => s.trim())
    .filter((s) => s.length >= 3);
  const template = new Set(['|---|---|---|---|', '|---|---|---|---|---|']); // the sources and devices tables' own separators
  return {
    tags: lines.filter((l) => !AUTOLINK_LINE.test(l) && /(?<!\\)<[a-z/!?]/i.test(l)),
    links: lines.filter((l) => l.includes('](')),
    images: lines.filter((l) => /(?<!\\)!\[/.test(l)),
    unescaped: payloads.map(visible).filter((v) => MARKUP.test(v) && markdown.includes(v.slice(0, 200))),
    injectedLines: lines.filter((l) => !template.has(l) && segments.some((s) => l.startsWith(s))),
  };
}

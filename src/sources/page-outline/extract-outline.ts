import type { OutlineControl, OutlineList, OutlineText, PageOutline } from '../../model/page-outline.ts';

/**
 * Reduces a settings page to headings, labelled switches, lists and short texts, in document order.
 * Generic on purpose (no site class names): it runs in the content script on the live page and in
 * the CLI on saved pages, and the meaning is decided later by a source that knows the labels.
 */
const MAX_ITEMS = 300;
const MAX_TEXT = 300;
// Besides switches and checkboxes: toggles as `[aria-pressed]` buttons or `[aria-checked]` on any element; value
// rows as dt/dd, two-cell table rows and two-span label/value pairs; lists also as repeated links (no public
// capture of Ring's markup exists, so several plausible forms are read).
const SELECTOR =
  'h1,h2,h3,h4,[role="heading"],[role="switch"],[role="checkbox"],[role="radio"],[aria-checked],[aria-pressed],input[type="checkbox"],input[type="radio"],ul,ol,[role="list"],p,dt,dd,tr,[role="row"],span,a[href]';

export function extractOutline(doc: Document): PageOutline {
  const outline: PageOutline = {
    kind: 'page-outline',
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    title: clean(doc.title ?? ''),
    headings: [],
    controls: [],
    lists: [],
    texts: [],
  };
  let section: string | null = null;
  let term: string | null = null;
  // Links repeated as sibling rows (`<div><a>…</a></div>` ×n, or bare `<a>` ×n) form a list under the current heading:
  // their texts by the element that holds the rows.
  const linkRows = new Map<Element, string[]>();
  const flushLinks = () => {
    // Single links ("Manage", "Learn more") are not lists.
    for (const items of linkRows.values())
      if (items.length >= 2 && section && outline.lists.length < MAX_ITEMS) outline.lists.push({ heading: section, items });
    linkRows.clear();
  };
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (el.closest('nav,header,footer,[role="navigation"],script,style,template')) continue;
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role');
    if (/^h[1-4]$/.test(tag) || role === 'heading') {
      flushLinks();
      section = clean(textOf(el));
      if (section && outline.headings.length < MAX_ITEMS) outline.headings.push(section);
    } else if (
      role === 'switch' ||
      role === 'checkbox' ||
      role === 'radio' ||
      tag === 'input' ||
      el.hasAttribute('aria-checked') ||
      el.hasAttribute('aria-pressed')
    ) {
      if (outline.controls.length < MAX_ITEMS) outline.controls.push(control(doc, el, section));
    } else if (tag === 'ul' || tag === 'ol' || role === 'list') {
      const list = listOf(el, section);
      if (list && outline.lists.length < MAX_ITEMS) outline.lists.push(list);
    } else if (tag === 'a') {
      if (!el.closest('li,[role="listitem"],label,p,dd,td')) addLinkRow(linkRows, el);
    } else if (tag === 'dt') {
      term = clean(textOf(el));
    } else if (tag === 'tr' || role === 'row' || tag === 'span') {
      const pair = valueRow(el, tag);
      if (pair && outline.texts.length < MAX_ITEMS) outline.texts.push(pair);
    } else if (!el.closest('li,[role="listitem"],label')) {
      const text = clean(textOf(el));
      // A value under a term (dt/dd) belongs to the term, not to the heading above.
      const under = tag === 'dd' && term ? term : section;
      if (text && outline.texts.length < MAX_ITEMS) outline.texts.push({ section: under, text } satisfies OutlineText);
    }
  }
  flushLinks();
  return outline;
}

/**
 * A value row: a two-cell table row (`th|td` + `td`, or `role=rowheader|cell` pairs), or two leaf `span`s side by
 * side (label, value) with nothing else in their row. Read as a text whose section is the label.
 */
function valueRow(el: Element, tag: string): OutlineText | null {
  const span = tag === 'span';
  const cells = span
    ? Array.from(el.parentElement?.children ?? [])
    : Array.from(el.children).filter((c) => /^(th|td)$/i.test(c.tagName) || /^(cell|rowheader|gridcell)$/.test(c.getAttribute('role') ?? ''));
  if (cells.length !== 2) return null;
  // Spans: this one first, both leaves. Rows: no control in the row.
  if (
    span
      ? cells[0] !== el || cells.some((c) => c.tagName.toLowerCase() !== 'span' || c.children.length > 0)
      : el.querySelector('[role="switch"],[role="checkbox"],input,[aria-checked],[aria-pressed]')
  )
    return null;
  const section = clean(textOf(cells[0]));
  const text = clean(textOf(cells[1]));
  return section && text && section.length <= 80 ? { section, text } : null;
}

/** A link's text, under the element that holds its row: the link's own wrapper when the link is all it holds, else the link itself. */
function addLinkRow(rows: Map<Element, string[]>, link: Element): void {
  const text = clean(textOf(link));
  if (!text) return;
  const parent = link.parentElement;
  const row = parent && parent.children.length === 1 ? parent : link;
  const owner = row.parentElement;
  if (!owner) return;
  const items = rows.get(owner) ?? [];
  if (items.length < MAX_ITEMS) items.push(text);
  rows.set(owner, items);
}

function control(doc: Document, el: Element, section: string | null): OutlineControl {
  const row = rowOf(el);
  const context = clean(textOf(row));
  const label = labelOf(doc, el) || context;
  const radio = el.getAttribute('role') === 'radio' || el.getAttribute('type') === 'radio';
  const state = stateOf(el);
  return { kind: radio ? 'radio' : 'switch', label, context, state, ...(state === null && unreadableState(el) ? { unreadable: true as const } : {}), section };
}

/** A state attribute that is there but says neither on nor off (`mixed`, empty, anything else), or an indeterminate checkbox. */
function unreadableState(el: Element): boolean {
  if (el.tagName.toLowerCase() === 'input' && (el as HTMLInputElement).indeterminate === true) return true;
  return el.hasAttribute('aria-checked') || el.hasAttribute('aria-pressed');
}

function stateOf(el: Element): 'on' | 'off' | null {
  const aria = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
  if (aria === 'true') return 'on';
  if (aria === 'false') return 'off';
  if (el.tagName.toLowerCase() === 'input') {
    if ((el as HTMLInputElement).indeterminate === true) return null;
    const live = (el as HTMLInputElement).checked;
    return (typeof live === 'boolean' ? live : el.hasAttribute('checked')) ? 'on' : 'off';
  }
  return null;
}

function labelOf(doc: Document, el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return clean(aria);
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return clean(
      ids
        .split(/\s+/)
        .map((id) => textOf(doc.getElementById(id)))
        .join(' '),
    );
  const id = el.getAttribute('id');
  const forLabel = id ? Array.from(doc.querySelectorAll('label')).find((l) => l.getAttribute('for') === id) : undefined;
  return clean(textOf(forLabel ?? el.closest('label')));
}

/** The nearest ancestor that carries text of its own: the settings row. */
function rowOf(el: Element): Element | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (clean(textOf(node))) return node;
  }
  return null;
}

function listOf(el: Element, section: string | null): OutlineList | null {
  const items = Array.from(el.children)
    .filter((c) => c.tagName.toLowerCase() === 'li' || c.getAttribute('role') === 'listitem')
    .map((c) => clean(textOf(c)))
    .filter(Boolean)
    .slice(0, MAX_ITEMS);
  const labelledBy = el.getAttribute('aria-labelledby');
  const heading =
    clean(el.getAttribute('aria-label') ?? '') ||
    (labelledBy
      ? clean(
          labelledBy
            .split(/\s+/)
            .map((id) => textOf(el.ownerDocument.getElementById(id)))
            .join(' '),
        )
      : '') ||
    section;
  return heading && items.length > 0 ? { heading, items } : null;
}

const SILENT = new Set(['script', 'style', 'template', 'noscript']);

/** Visible text of an element: script and style content left out, element boundaries kept as spaces. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && !SILENT.has((node as Element).tagName.toLowerCase())) out += ` ${textOf(node as Element)} `;
    if (out.length > MAX_TEXT * 4) break;
  }
  return out;
}

function clean(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
}

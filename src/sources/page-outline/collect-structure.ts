import type { PageStructure, StructureNode } from '../../model/page-structure.ts';

/**
 * Collects the element tree of a page for a redacted bug-report snapshot. Runs in the content script, so it is
 * small: no allow-lists here. URLs, ids and any attribute value other than a boolean state are never copied;
 * texts longer than 80 characters are only measured. The extension page redacts the rest before showing it.
 */
const MAX_NODES = 4000;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'path', 'iframe']);
const STATE = /^(true|false|mixed|on|off)$/;
/** Attributes kept: ARIA, and the few that say what a control is; of these, only `type` and `data-testid` keep their text. */
const KEPT = /^(aria-.*|type|checked|disabled|data-testid)$/;
const SHORT_TEXT = /^(type|data-testid)$/;

export function collectStructure(doc: Document): PageStructure {
  let count = 0;
  let truncated = 0;
  const walk = (el: Element): StructureNode | null => {
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return null;
    if (count >= MAX_NODES) {
      truncated++;
      return null;
    }
    count++;
    const node: StructureNode = { tag };
    const role = el.getAttribute('role');
    if (role) node.role = role.slice(0, 40);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (KEPT.test(name)) (node.attrs ??= {})[name] = SHORT_TEXT.test(name) ? attr.value.slice(0, 60) : STATE.test(attr.value) ? attr.value : '[value]';
    }
    const classes = el.getAttribute('class');
    if (classes) node.classes = classes.slice(0, 120);
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (own) node.text = own.length > 80 ? `[text:${own.length}]` : own;
    const children = Array.from(el.children)
      .map(walk)
      .filter((c): c is StructureNode => c !== null);
    if (children.length > 0) node.children = children;
    return node;
  };
  const body = doc.body ? walk(doc.body) : null;
  return {
    kind: 'page-structure',
    path: doc.location?.pathname ?? '',
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    nodes: body ? [body] : [],
    truncated,
  };
}

/**
 * Page-derived text is hostile. For terminals: drop control characters (ANSI escapes could rewrite
 * the screen), format characters (bidi overrides could reorder what the reader sees; soft hyphens,
 * tag characters and zero-width characters hide text or smuggle it past a reader) and the other
 * default-ignorable code points that render as nothing (Hangul fillers U+115F/U+3164, the Mongolian
 * vowel separator U+180E, variation selectors, U+E0000–E0FFF). Line and paragraph separators become
 * spaces, so a name stays on one line. For Markdown: also escape every character with Markdown or
 * HTML meaning, so a name can never become a link, image or tag.
 */
// C0/C1 controls and DEL (Cc), format characters (Cf: bidi marks, embeddings, overrides and isolates, the Arabic
// letter mark, zero-width characters, BOM, soft hyphen, tags), every default-ignorable code point, and U+2028/U+2029.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;
/** Characters that break a line: they become a space instead of vanishing, so words stay apart. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /^[\t\n\u000b\u000c\r\u0085\u2028\u2029]$/;
const MAX_NAME = 200;

/** Removes what a terminal or Markdown reader would not show as text; no cut. */
export function visibleText(value: string): string {
  return value.replace(UNSAFE, (c) => (LINE_BREAKING.test(c) ? ' ' : ''));
}

export function plainText(value: string, max = MAX_NAME): string {
  const clean = visibleText(value).trim();
  // Count and cut by code point, so an emoji or other astral character is never split in half.
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/**
 * Text as Markdown shows it literally. Escapes what can make markup anywhere in a line (emphasis, code, links and
 * images, HTML, tables, strikethrough, headings; a parenthesis only makes a link after `]`, which is escaped), an entity, a dot inside a word (no domain autolink) and a list or
 * quote marker at the start; ordinary punctuation ("end-to-end", "it's", "Tom & Jerry") stays as it is, so no
 * backslash shows in a reader that prints the source.
 */
export function markdownText(value: string, max = MAX_NAME): string {
  return plainText(value, max)
    .replace(/[\\`*_[\]<>#!|~]/g, (c) => `\\${c}`)
    .replace(/\]\(/g, ']\\(')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Page-derived text is hostile. For terminals: drop control characters (ANSI escapes could rewrite
 * the screen) and bidi overrides (could reorder what the reader sees). For Markdown: also escape
 * every character with Markdown or HTML meaning, so a name can never become a link, image or tag.
 */
// C0/C1 controls, DEL, the Arabic letter mark, bidi marks/embeddings/overrides/isolates, zero-width and BOM characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const MAX_NAME = 200;

export function plainText(value: string, max = MAX_NAME): string {
  const clean = value.replace(UNSAFE, (c) => (c === '\n' || c === '\t' ? ' ' : '')).trim();
  // Count and cut by code point, so an emoji or other astral character is never split in half.
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

export function markdownText(value: string, max = MAX_NAME): string {
  return plainText(value, max).replace(/[\\`*_{}[\]()<>#+\-.!|~&"']/g, (c) => `\\${c}`);
}

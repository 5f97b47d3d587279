/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, byte for byte, in pieces of some 32,000 characters
 * instead of one string. A 10,000-device report is 20–60 MB of text (UTF-16 in memory, as it holds "…" and "☰"):
 * as one string it is built whole, then copied whole into a buffer for stdout. In pieces, each piece is made and
 * written while it is still in the cache, and the memory never holds the whole text.
 *
 * Each piece is still `JSON.stringify`'s own output, so the format cannot drift from it: the items of a top-level
 * list are written by stringifying `{ key: someItems }` with the same indentation, which puts them at exactly the
 * depth they have in the whole report, and the wrapper's first and last lines are cut off. Only the top-level
 * braces, keys and commas between pieces are written here.
 */
const GAP = '  ';
/** A top-level list longer than this is written in pieces. */
const LONG_LIST = 512;
/**
 * Characters a piece is aimed at. A piece's string then stays under V8's large-object size (128 KB, which two-byte
 * text reaches at 64 K characters), so it is made in the young generation, whose memory is used again and again,
 * not in new pages of its own: pieces of 512 list items (0.5–1 MB each) faulted in a third of the CLI's memory
 * pages on a 10,000-device HAR.
 */
const PIECE_CHARS = 32_768;
/** Items in the first piece of a list, before the size of its items is known. */
const FIRST_PIECE_ITEMS = 16;

export function writeJson(value: unknown, write: (text: string) => void): void {
  if (!isPlainObject(value)) {
    write(`${JSON.stringify(value, null, GAP)}\n`);
    return;
  }
  let first = true;
  let pending = '';
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (!Array.isArray(item) || item.length <= LONG_LIST || hasToJson(item)) {
      // One property as `JSON.stringify` writes it at the top level, or nothing where it leaves the value out.
      const text = JSON.stringify({ [key]: item }, null, GAP);
      if (text === '{}') continue;
      pending += `${first ? '{' : ','}${text.slice(1, -2)}`;
    } else {
      write(`${pending}${first ? '{' : ','}\n${GAP}${JSON.stringify(key)}: [\n`);
      writeItems(key, item, write);
      pending = `\n${GAP}]`;
    }
    first = false;
  }
  write(`${pending}${first ? '{}' : '\n}'}\n`);
}

/**
 * The items of a long top-level list, comma-separated and indented as in the whole report, a piece at a time; each
 * piece's item count is fitted to the size of the items before it.
 */
function writeItems(key: string, items: readonly unknown[], write: (text: string) => void): void {
  // `{ key: [a, b] }` is written `{\n  "key": [\n    a,\n    b\n  ]\n}`: the items sit between these two cuts.
  const head = `{\n${GAP}${JSON.stringify(key)}: [\n`.length;
  const tail = `\n${GAP}]\n}`.length;
  let count = FIRST_PIECE_ITEMS;
  for (let start = 0; start < items.length;) {
    const end = Math.min(items.length, start + count);
    const text = JSON.stringify({ [key]: items.slice(start, end) }, null, GAP);
    write(`${start === 0 ? '' : ',\n'}${text.slice(head, text.length - tail)}`);
    count = Math.max(1, Math.min(LONG_LIST, Math.floor(((end - start) * PIECE_CHARS) / text.length)));
    start = end;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || hasToJson(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function';

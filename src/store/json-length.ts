/**
 * `JSON.stringify(value).length` for a string, counted without building the escaped copy: a stored chunk is one
 * JSON string of megabytes, and counting it by stringifying it again left a second copy for the garbage collector.
 * Counts as well-formed JSON.stringify escapes: `"` and `\` and \b \f \n \r \t as two characters, other controls
 * and lone surrogates as six (`\uXXXX`), a surrogate pair as its two code units.
 */
export function jsonStringLength(value: string): number {
  let length = 2;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) length += 2;
    else if (c < 0x20) length += 6;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 2;
        i++;
      } else length += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) length += 6;
    else length += 1;
  }
  return length;
}

import type { Diagnostic } from '../model/diagnostics.ts';

export type JsonObject = Record<string, unknown>;

const PER_CODE = 5;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads untrusted JSON field by field. Every accessor returns `null` for "absent" and records a
 * warning when a field is present with the wrong type, so a source can say what it did not understand.
 */
export class JsonReader {
  readonly diagnostics: Diagnostic[] = [];

  private readonly perCode = new Map<string, number>();

  /** Set by a reader whose input was understood and says "none" (an empty list): that is a read, not a failure. */
  emptyAnswer = false;

  answeredEmpty(): void {
    this.emptyAnswer = true;
  }

  /**
   * A hostile or broken input must not flood the report: at most 5 notes of one code and level, then one
   * "more like this" note, so a flood of one kind cannot hide a different, rarer problem.
   */
  note(level: Diagnostic['level'], code: string, at: string, message: string): void {
    const key = `${level}:${code}`;
    const seen = this.perCode.get(key) ?? 0;
    this.perCode.set(key, seen + 1);
    if (seen < PER_CODE) this.diagnostics.push({ level, code, at, message });
    else if (seen === PER_CODE) this.diagnostics.push({ level, code: 'diagnostics-capped', at, message: `Further "${code}" notes omitted.` });
  }

  private wrongType(at: string, expected: string, value: unknown): null {
    this.note('warning', 'wrong-type', at, `Expected ${expected}, found ${describe(value)}.`);
    return null;
  }

  bool(o: JsonObject, key: string, at: string): boolean | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'boolean' ? v : this.wrongType(`${at}.${key}`, 'boolean', v);
  }

  string(o: JsonObject, key: string, at: string): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' ? v : this.wrongType(`${at}.${key}`, 'string', v);
  }

  number(o: JsonObject, key: string, at: string): number | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'number' && Number.isFinite(v) ? v : this.wrongType(`${at}.${key}`, 'number', v);
  }

  /** Ids arrive as numbers or strings; both become strings. */
  id(o: JsonObject, key: string, at: string): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && v.length > 0 && v.length <= 200) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return this.wrongType(`${at}.${key}`, 'id', v);
  }

  object(o: JsonObject, key: string, at: string): JsonObject | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return isObject(v) ? v : this.wrongType(`${at}.${key}`, 'object', v);
  }

  array(o: JsonObject, key: string, at: string): unknown[] | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    return Array.isArray(v) ? v : this.wrongType(`${at}.${key}`, 'array', v);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Longest name kept: page-derived names are shown in one line of a popup, a report and a terminal. */
export const MAX_NAME_CHARS = 200;

/** Fields of the typed records that hold a page-derived name or label, and lists of them. */
const NAME_FIELDS = new Set(['name', 'maker', 'title', 'skillName', 'deviceName', 'typeName', 'permission', 'role', 'category', 'value']);
const NAME_LIST_FIELDS = new Set(['items', 'devices', 'vendorDetailKeys']);

/**
 * Cuts a name longer than {@link MAX_NAME_CHARS} code points (never inside a character) and says how long it was:
 * the result ends in `… [N]`, N the full length in characters, and is itself at most MAX_NAME_CHARS long.
 */
export function boundName(value: string): string {
  // A string of at most MAX_NAME_CHARS UTF-16 units has at most that many code points: nothing to count or cut.
  if (value.length <= MAX_NAME_CHARS) return value;
  const chars = Array.from(value);
  if (chars.length <= MAX_NAME_CHARS) return value;
  const suffix = `… [${chars.length}]`;
  return chars.slice(0, MAX_NAME_CHARS - Array.from(suffix).length).join('') + suffix;
}

/**
 * Bounds every stored name of a source's records in place, at the parse boundary, so no later layer (store, popup,
 * report, export) ever holds a megabyte "device name". Each cut is noted (info: the source's status is unchanged).
 */
export function boundRecordNames(records: object, reader: JsonReader): void {
  // The path to the value being visited: the record list's name, then keys and indexes. Spelled out (`list[0].name`)
  // only for a name that is cut: the walk visits every field of thousands of records.
  const path: (string | number)[] = [];
  const spelled = () => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== 'object' || item === null) continue; // nothing to visit in a plain value
        path.push(i);
        visit(item, depth + 1);
        path.pop();
      }
      return;
    }
    const o = value as Record<string, unknown>;
    // `for…in` over own keys: the order of Object.keys, without an array of keys per record.
    for (const key in o) {
      if (!Object.hasOwn(o, key)) continue;
      const v = o[key];
      if (typeof v === 'string') {
        if (!NAME_FIELDS.has(key)) continue;
        path.push(key);
        // Written back only when cut: a store into records of many shapes is slow, and nearly every name fits.
        const bounded = cut(v);
        path.pop();
        if (bounded !== v) o[key] = bounded;
        continue;
      }
      if (typeof v !== 'object' || v === null) continue; // a number or flag: nothing to bound or visit
      path.push(key);
      if (Array.isArray(v) && NAME_LIST_FIELDS.has(key))
        o[key] = v.map((s, i) => {
          if (typeof s !== 'string') return s;
          path.push(i);
          const bounded = cut(s);
          path.pop();
          return bounded;
        });
      else visit(v, depth + 1);
      path.pop();
    }
  };
  const cut = (v: string): string => {
    const bounded = boundName(v);
    if (bounded !== v)
      reader.note(
        'info',
        'name-truncated',
        spelled(),
        `A name of ${Array.from(v).length} characters was cut to ${MAX_NAME_CHARS}; the suffix in brackets gives its full length.`,
      );
    return bounded;
  };
  for (const [key, list] of Object.entries(records)) {
    path.push(key);
    visit(list, 0);
    path.pop();
  }
}

/** What a list reader did with the entries of one list (or of all groups of one document). */
export interface ListCounts {
  /** Entries present in the answer, readable or not. */
  entries: number;
  /** Entries that became records. */
  read: number;
  /** Entries present but not readable (null, a number, a string, an id that is an object or empty…). */
  unreadable: number;
  /** Parts of the document in a form not understood (a group that is a string): the list is not known to be complete. */
  brokenParts?: number;
}

/**
 * The one rule for every list a source reads (issue 25): an answer is "none" only when it was understood and holds no
 * entry. Entries present but none readable, or a list part in an unknown form, is an error, never "none"; some
 * entries unreadable is partial, and says how many. `empty` is the note for an understood empty answer; without it an
 * empty list is not taken as an answer (the source then says it read nothing).
 */
export function settleList(reader: JsonReader, at: string, counts: ListCounts, empty?: string): void {
  const broken = counts.brokenParts ?? 0;
  if (counts.entries === 0 && broken === 0) {
    if (empty) {
      reader.note('info', 'empty-list', at, empty);
      reader.answeredEmpty();
    }
    return;
  }
  if (counts.read === 0 && (counts.unreadable > 0 || broken > 0)) {
    const what = counts.unreadable > 0 ? `none of its ${counts.unreadable} entries could be read` : 'it is in a form Alexposé does not understand';
    reader.note('error', 'entries-unreadable', at, `The list is not empty, but ${what}: it is not read as "none".`);
    return;
  }
  if (counts.unreadable > 0 || broken > 0) {
    const parts = [
      counts.unreadable > 0 ? `${counts.unreadable} of ${counts.entries} entries could not be read` : '',
      broken > 0 ? `${broken} part(s) of the list are in a form Alexposé does not understand` : '',
    ].filter(Boolean);
    reader.note('warning', 'entries-unreadable', at, `${parts.join('; ')}: what they hold is missing.`);
  }
}

/** Returned by an entry reader for an entry left out on purpose (the Alexa app itself, a duplicate): neither read nor unreadable. */
export const SKIPPED: unique symbol = Symbol('skipped');

/**
 * Reads each entry of a list with `readEntry` (null: unreadable) and settles the list by {@link settleList}. `max`
 * bounds how many entries are read, so a hostile document cannot exhaust memory.
 */
export function readEntries<T>(
  reader: JsonReader,
  list: readonly unknown[],
  at: string,
  readEntry: (entry: unknown, index: number) => T | null | typeof SKIPPED,
  options: { empty?: string; max?: number } = {},
): T[] {
  const out: T[] = [];
  let unreadable = 0;
  const bounded = list.slice(0, options.max ?? 20_000);
  bounded.forEach((entry, i) => {
    const value = readEntry(entry, i);
    if (value === SKIPPED) return;
    if (value === null) unreadable += 1;
    else out.push(value);
  });
  if (list.length > bounded.length) reader.note('warning', 'too-many', at, `More than ${bounded.length} entries; the rest were not read.`);
  settleList(reader, at, { entries: bounded.length, read: out.length, unreadable }, options.empty);
  return out;
}

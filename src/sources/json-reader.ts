import type { Diagnostic } from '../model/diagnostics.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads untrusted JSON field by field. Every accessor returns `null` for "absent" and records a
 * warning when a field is present with the wrong type, so a source can say what it did not understand.
 */
export class JsonReader {
  readonly diagnostics: Diagnostic[] = [];

  note(level: Diagnostic['level'], code: string, at: string, message: string): void {
    // A hostile or broken input must not flood the report: cap the list and say so once.
    if (this.diagnostics.length === 50) {
      this.diagnostics.push({ level: 'info', code: 'diagnostics-capped', at, message: 'Further diagnostics omitted.' });
    }
    if (this.diagnostics.length > 50) return;
    this.diagnostics.push({ level, code, at, message });
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

/**
 * Dates in export tables, to the day. Public parsers of Amazon's export meet ISO times (`2021-07-21T10:00:00Z`),
 * SQL times (`2021-07-21 10:00:00 UTC`), US dates (`07/21/2021 10:00`) and epoch milliseconds; German exports
 * may use `21.07.2021`. Anything else is not a date. Years outside 1990–2100 are refused (ids, serials).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[ ,].*)?$/;
const DE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

export function dayOf(value: string): string | null {
  const text = value.trim();
  if (text.length < 8 || text.length > 40) return null;
  let m = ISO.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(text);
  if (m) return day(fullYear(Number(m[3])), Number(m[1]), Number(m[2]));
  m = DE.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  if (EPOCH.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

/** A column whose name says it holds dates or times. */
export function isDateColumnName(name: string): boolean {
  const n = name.trim();
  // `sentAt`, `createdAt`: camel case ends in a capital At (case-sensitive, so "Format" is not a date).
  return /date|time|timestamp|registered|created|updated|_at$|^when$/i.test(n) || /[a-z]At$/.test(n);
}

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

function day(year: number, month: number, date: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || date < 1 || date > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Earliest and latest day seen. */
export class DayRange {
  first: string | null = null;
  last: string | null = null;
  add(dayText: string | null): void {
    if (!dayText) return;
    if (this.first === null || dayText < this.first) this.first = dayText;
    if (this.last === null || dayText > this.last) this.last = dayText;
  }
}

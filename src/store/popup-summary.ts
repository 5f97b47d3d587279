import * as v from 'valibot';
import type { StorageAreaLike } from './storage-area.ts';
import type { ReportSummary } from '../model/report-summary.ts';
import type { Risk } from '../model/finding.ts';
import type { ReportChange } from '../model/report-change.ts';
import { ReportSchema } from '../model/report-schema.ts';
import { ROOT_POINTER_KEY, STORE_KEY, type StoreNote } from './schema.ts';
import { SEEN_KEY } from './seen.ts';
import { NO_HISTORY_KEY } from './no-history.ts';
import { MANUAL_ANSWERS_KEY } from './manual-answers.ts';
import { POPUP_SUMMARY_KEY } from './storage-keys.ts';

export { POPUP_SUMMARY_KEY };

/**
 * The popup's first screen, precomputed by the background after each change of the store: the grade lines,
 * coverage, the actions, what got worse since the user last looked. The popup paints it at once and builds the
 * full reports after the first paint. It is kept beside the store it was computed from, never instead of it: a
 * summary whose `basis` no longer matches what it was computed from is not shown (the popup takes the full path).
 */
const POPUP_SUMMARY_VERSION = 1;

/**
 * What the summary depends on besides the chunks, which the index names with their size and time: the index (or
 * the pointer to a moved one), the "last looked at" marks, "keep no history", the manual answers.
 */
const BASIS_KEYS = [STORE_KEY, ROOT_POINTER_KEY, SEEN_KEY, NO_HISTORY_KEY, MANUAL_ANSWERS_KEY];

export interface SummaryAccount {
  accountKey: string;
  lastScanAt: string;
  summary?: ReportSummary;
  /** The changes for the worse since the user last looked (the first screen names no others). */
  changes: ReportChange[];
  /** The risk of each finding those changes are about, in the report's order. */
  findings: { id: string; subjectId: string; risk: Risk }[];
}

/** Kept only while storage is readable and "keep no history" is off (those take the full path). */
export interface FirstScreen {
  accounts: SummaryAccount[];
  /** Store notes that name no account. */
  notes: StoreNote[];
}

export interface PopupSummary extends FirstScreen {
  version: typeof POPUP_SUMMARY_VERSION;
  basis: string;
}

const Summary = ReportSchema.entries.summary.wrapped;
const Scalar = v.nullable(v.union([v.string(), v.number(), v.boolean()]));
const ChangeSchema = v.object({
  kind: v.picklist(['device-added', 'device-removed', 'finding-added', 'finding-resolved', 'finding-changed']),
  findingId: v.optional(v.string()),
  subject: v.object({ type: v.picklist(['device', 'location', 'account', 'skill', 'app']), id: v.string(), name: v.string() }),
  detail: v.optional(v.object({ key: v.string(), before: Scalar, after: Scalar })),
  worse: v.boolean(),
  newlyRead: v.optional(v.boolean()),
  title: v.optional(v.string()),
});
const NoteSchema = v.object({
  code: v.picklist(['store-full', 'write-failed', 'compacted', 'quarantined', 'chunk-unreadable']),
  at: v.string(),
  accountKey: v.optional(v.string()),
  count: v.number(),
  bytes: v.optional(v.number()),
  from: v.optional(v.string()),
  to: v.optional(v.string()),
});
const PopupSummarySchema = v.object({
  version: v.literal(POPUP_SUMMARY_VERSION),
  basis: v.string(),
  notes: v.array(NoteSchema),
  accounts: v.array(
    v.object({
      accountKey: v.string(),
      lastScanAt: v.string(),
      // The report contract's own schema; typed as the model's summary, which it checks.
      summary: v.optional(v.custom<ReportSummary>((value) => v.is(Summary, value))),
      changes: v.array(ChangeSchema),
      findings: v.array(v.object({ id: v.string(), subjectId: v.string(), risk: v.picklist(['high', 'medium', 'low', 'info']) })),
    }),
  ),
});

/** What else the summary's texts depend on: the UI language and the extension's version. */
export function summaryContext(locale: string, version: string): string {
  return `${locale}|${version}`;
}

/** 53-bit string hash (cyrb53): cheap enough for the popup to hash the index on every open. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `context`: see `summaryContext`. */
function summaryBasis(values: Record<string, unknown>, context: string): string {
  return `${context}:${hash(JSON.stringify(BASIS_KEYS.map((key) => values[key] ?? null)))}`;
}

/**
 * The summary, if it was computed from what storage holds now (in the same language and version); null when
 * missing, invalid, of another version, or older than the store: the caller then builds the reports in full.
 */
export async function readPopupSummary(area: StorageAreaLike, context: string): Promise<PopupSummary | null> {
  const values = await area.get([POPUP_SUMMARY_KEY, ...BASIS_KEYS]);
  const parsed = v.safeParse(PopupSummarySchema, values[POPUP_SUMMARY_KEY]);
  // A moved index (after a quarantine) is not among the keys read: no summary then.
  if (!parsed.success || values[ROOT_POINTER_KEY] !== undefined) return null;
  return parsed.output.basis === summaryBasis(values, context) ? parsed.output : null;
}

/**
 * Keeps `screen`, computed from `everything` (one read of storage.local), or removes the summary when `screen` is
 * null. If storage changed meanwhile (an erase, a new scan) the summary is removed again: never one older than the store.
 */
export async function writePopupSummary(area: StorageAreaLike, everything: Record<string, unknown>, context: string, screen: FirstScreen | null): Promise<boolean> {
  if (!screen || everything[ROOT_POINTER_KEY] !== undefined) {
    await clearPopupSummary(area);
    return false;
  }
  const basis = summaryBasis(everything, context);
  await area.set({ [POPUP_SUMMARY_KEY]: { version: POPUP_SUMMARY_VERSION, basis, ...screen } satisfies PopupSummary });
  if (summaryBasis(await area.get(BASIS_KEYS), context) === basis) return true;
  await clearPopupSummary(area);
  return false;
}

/**
 * Above this many bytes of stored scans no summary is kept: building every report in the background after each
 * change would then cost what the popup's full path costs (a 10,000-device account: seconds and tens of megabytes
 * of heap in the worker), for a popup that also has to build everything below its first screen. A household's
 * store is tens of kilobytes.
 */
export const SUMMARY_MAX_STORE_BYTES = 1_000_000;

/** Whether the store is small enough to keep a summary of (from the index's own byte counts, without reading chunks). */
export async function storeSmallEnoughForSummary(area: StorageAreaLike): Promise<boolean> {
  const index: unknown = (await area.get(STORE_KEY))[STORE_KEY];
  const scans = typeof index === 'object' && index !== null && 'scans' in index && Array.isArray(index.scans) ? (index.scans as unknown[]) : [];
  const bytes = scans.reduce<number>((sum, scan) => {
    const b = typeof scan === 'object' && scan !== null && 'bytes' in scan ? scan.bytes : 0;
    return sum + (typeof b === 'number' ? b : 0);
  }, 0);
  return bytes <= SUMMARY_MAX_STORE_BYTES;
}

export async function clearPopupSummary(area: StorageAreaLike): Promise<void> {
  await area.remove(POPUP_SUMMARY_KEY);
}

/** A storage change that only wrote or removed the summary: nothing the summary (or a report) depends on. */
export function onlyPopupSummaryChanged(changes: Record<string, unknown>): boolean {
  const keys = Object.keys(changes);
  return keys.length > 0 && keys.every((key) => key === POPUP_SUMMARY_KEY);
}

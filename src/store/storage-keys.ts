import * as v from 'valibot';
import { storageItem } from './storage-item.ts';

/**
 * Everything Alexposé keeps in browser storage, in one list: each key, its area and the schema its value is read with.
 * No other file spells a key (`test/unit/store/storage-keys-meta.test.ts`).
 *
 * One key scheme, two historical separators: every key is `alexpose.<name>`, except `alexpose:fix-progress`, written
 * with a colon before this list existed. Stored keys are never renamed (users' data lives under them, and a rename
 * needs a migration in `migrate.ts`); a new key takes the dot.
 */

/* ---------- The scan store (`ScanStore`; its root is validated by `migrate.ts` `readRoot`, its chunks by `assemble`) ---------- */

/** The index (version 2 and later) or, as written by version 1, the whole store. */
export const STORE_KEY = 'alexpose.store';
/** When the value under STORE_KEY was unreadable it stays where it is (quarantined) and the index lives under the key named here. */
export const ROOT_POINTER_KEY = 'alexpose.root';
/** Such an index beside a quarantined one: `alexpose.store.<time>`. */
export const FRESH_ROOT_PREFIX = `${STORE_KEY}.`;
/** One batch of a scan's results: `alexpose.scan.<scan id>.<seq>[-<random>]`. */
export const CHUNK_PREFIX = 'alexpose.scan.';
/** A record of data kept aside: `alexpose.quarantine.<time>`. */
export const QUARANTINE_PREFIX = 'alexpose.quarantine.';

/** Where the index is: the pointer's key when it names one beside STORE_KEY, else STORE_KEY. */
export const rootKeyItem = storageItem('local', ROOT_POINTER_KEY, v.pipe(v.string(), v.startsWith(FRESH_ROOT_PREFIX)), () => STORE_KEY);

/* ---------- The user's settings, marks and statements: written by the popup and the report page, never by a scan write ---------- */

const PlainObject = v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
/** A record whose malformed entries are skipped, not a reason to drop the whole value. */
const lenientRecord = <T>(entry: v.GenericSchema<unknown, T>) =>
  v.pipe(
    PlainObject,
    v.transform((value) => Object.fromEntries(Object.entries(value).filter((e): e is [string, T] => v.is(entry, e[1])))),
  );

/** Per account, the last scan the user has looked at (the popup marks it). Changes after it are "new". */
export const seenItem = storageItem('local', 'alexpose.seen', lenientRecord(v.string()), (): Record<string, string> => ({}));

/** Whether the user turned on browser notifications for changes (needs the optional "notifications" permission). */
export const alertsItem = storageItem('local', 'alexpose.alerts', v.boolean(), () => false);

/** "Keep no history" (see `no-history.ts`). */
export const noHistoryItem = storageItem('local', 'alexpose.noHistory', v.boolean(), () => false);

export const ManualAnswerSchema = v.object({
  answer: v.picklist(['done', 'not-now']),
  /** ISO time of the click. */
  answeredAt: v.pipe(
    v.string(),
    v.check((at) => !Number.isNaN(Date.parse(at))),
  ),
});
/** The user's own answers to manual checks, per account key and check id; an account without one valid answer is left out. */
const ManualAnswersSchema = v.pipe(
  PlainObject,
  v.transform((value) =>
    Object.fromEntries(
      Object.entries(value)
        .filter((e): e is [string, Record<string, unknown>] => v.is(PlainObject, e[1]))
        .map(([account, answers]) => [account, v.parse(lenientRecord(ManualAnswerSchema), answers)] as const)
        .filter(([, answers]) => Object.keys(answers).length > 0),
    ),
  ),
);
export const manualAnswersItem = storageItem('local', 'alexpose.manualAnswers', ManualAnswersSchema, () => ({}));

/** When the user last pressed "Erase everything" (ISO time), kept after the erase (see `erased.ts`). */
export const erasedAtItem = storageItem('local', 'alexpose.erasedAt', v.optional(v.string()), () => undefined);

/** The sender of data-protection letters, kept only when the user ticks "remember". */
export const personItem = storageItem('local', 'alexpose.person', v.nullable(v.object({ name: v.string(), address: v.string(), email: v.string() })), () => null);

const DoneItemSchema = v.object({ actionId: v.string(), deviceId: v.string(), title: v.string(), device: v.string(), at: v.string() });
export const AccountProgressSchema = v.object({ baseline: v.object({ grade: v.string(), score: v.nullable(v.number()), actions: v.number() }), done: v.array(DoneItemSchema) });
/** What the user has fixed, per account, and the grade when they started: kept beside the scans. */
export const fixProgressItem = storageItem('local', 'alexpose:fix-progress', v.record(v.string(), AccountProgressSchema), () => ({}));

/* ---------- The background's own memory between worker restarts ---------- */

/** How many changes the last notification covered; session storage survives the worker's restarts, not the browser's. */
export const notifiedItem = storageItem('session', 'alexpose.notified', v.number(), () => 0);

/* ---------- Derived and kept ready: the popup's first screen ---------- */

/** The popup's first-screen summary, written by the background after each store change; `popup-summary.ts` validates it (its schema is the report's). */
export const POPUP_SUMMARY_KEY = 'alexpose.popupSummary';

/** Every item, for the meta-test and for a "what we keep" list. */
export const STORAGE_ITEMS = [rootKeyItem, seenItem, alertsItem, noHistoryItem, manualAnswersItem, erasedAtItem, personItem, fixProgressItem, notifiedItem] as const;
/** Keys read and written by a module of their own rather than through an item. */
export const MODULE_KEYS = [POPUP_SUMMARY_KEY] as const;
/** The scan store's own keys (STORE_KEY, and these prefixes), validated by `migrate.ts`, not by an item. */
export const STORE_PREFIXES = [FRESH_ROOT_PREFIX, CHUNK_PREFIX, QUARANTINE_PREFIX] as const;

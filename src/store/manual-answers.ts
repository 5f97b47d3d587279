import type { StorageAreaLike } from './storage-area.ts';

/**
 * The user's own answers to manual checks, per account key and check id. A key of its own, written only by
 * the user's click (like `alexpose.seen`), so it never races the background's scan writes.
 */
export const MANUAL_ANSWERS_KEY = 'alexpose.manualAnswers';

export type ManualAnswerValue = 'done' | 'not-now';

export interface ManualAnswer {
  answer: ManualAnswerValue;
  /** ISO time of the click. */
  answeredAt: string;
}

export type ManualAnswers = Record<string, Record<string, ManualAnswer>>;

function isAnswer(value: unknown): value is ManualAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { answer, answeredAt } = value as Record<string, unknown>;
  return (answer === 'done' || answer === 'not-now') && typeof answeredAt === 'string' && !Number.isNaN(Date.parse(answeredAt));
}

/** Reads the answers; anything malformed is skipped, never thrown. */
export async function loadManualAnswers(area: StorageAreaLike): Promise<ManualAnswers> {
  return readManualAnswers((await area.get(MANUAL_ANSWERS_KEY))[MANUAL_ANSWERS_KEY]);
}

/** The answers from the stored value (already read); malformed entries are skipped. */
export function readManualAnswers(value: unknown): ManualAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: ManualAnswers = {};
  for (const [account, answers] of Object.entries(value)) {
    if (typeof answers !== 'object' || answers === null) continue;
    const valid = Object.entries(answers).filter((e): e is [string, ManualAnswer] => isAnswer(e[1]));
    if (valid.length > 0) out[account] = Object.fromEntries(valid);
  }
  return out;
}

/** Records one answer (or clears it with `null`) and returns the new state. */
export async function saveManualAnswer(area: StorageAreaLike, account: string, checkId: string, answer: ManualAnswerValue | null, now: string): Promise<ManualAnswers> {
  const all = await loadManualAnswers(area);
  const forAccount = { ...(all[account] ?? {}) };
  if (answer === null) delete forAccount[checkId];
  else forAccount[checkId] = { answer, answeredAt: now };
  const next = { ...all, [account]: forAccount };
  await area.set({ [MANUAL_ANSWERS_KEY]: next });
  return next;
}

import type * as v from 'valibot';
import type { StorageAreaLike } from './storage-area.ts';
import { manualAnswersItem, type ManualAnswerSchema } from './storage-keys.ts';

/**
 * The user's own answers to manual checks, per account key and check id. A key of its own, written only by
 * the user's click (like the seen mark), so it never races the background's scan writes.
 */
export const MANUAL_ANSWERS_KEY = manualAnswersItem.key;

export type ManualAnswer = v.InferOutput<typeof ManualAnswerSchema>;
export type ManualAnswerValue = ManualAnswer['answer'];
export type ManualAnswers = Record<string, Record<string, ManualAnswer>>;

/** Reads the answers; anything malformed is skipped, never thrown. */
export function loadManualAnswers(area?: StorageAreaLike): Promise<ManualAnswers> {
  return manualAnswersItem.get(area);
}

/** Records one answer (or clears it with `null`) and returns the new state. */
export async function saveManualAnswer(area: StorageAreaLike, account: string, checkId: string, answer: ManualAnswerValue | null, now: string): Promise<ManualAnswers> {
  const all = await loadManualAnswers(area);
  const forAccount = { ...(all[account] ?? {}) };
  if (answer === null) delete forAccount[checkId];
  else forAccount[checkId] = { answer, answeredAt: now };
  const next = { ...all, [account]: forAccount };
  await manualAnswersItem.set(next, area);
  return next;
}

import type { ManualCheckEntry } from './manual-check-entry.ts';
import { RING_MANUAL_CHECKS } from './ring-manual-checks.ts';
import { ALEXA_MANUAL_CHECKS } from './alexa-manual-checks.ts';

export type { ManualCheckEntry, ManualCheckPlace, ManualCheckScope } from './manual-check-entry.ts';

/** Every manual check, keyed by id; ids share the finding-id namespace and never collide with a read check. */
export const MANUAL_CHECKS: Readonly<Record<string, ManualCheckEntry>> = Object.fromEntries(
  [...RING_MANUAL_CHECKS, ...ALEXA_MANUAL_CHECKS].map((entry) => [entry.id, entry]),
);

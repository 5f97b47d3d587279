import type { ActionPlace } from '../../findings/define-finding.ts';
import { FINDING_MODULES } from '../../findings/lookups.ts';

export type { ActionPlace } from '../../findings/define-finding.ts';

/** Where each fix is made and roughly how long it takes, per finding id (each module names its place). */
export const ACTION_PLACES: Readonly<Record<string, ActionPlace>> = Object.fromEntries(FINDING_MODULES.map((f) => [f.id, f.place]));

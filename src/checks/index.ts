import type { Check } from './check.ts';
import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import { audioRecording } from './ring/audio-recording.ts';
import { e2eeOff } from './ring/e2ee-off.ts';
import { sharedWithYou } from './ring/shared-with-you.ts';
import { sidewalk } from './ring/sidewalk.ts';

/** Every check. A meta-test demands a catalog entry, both languages and a triggering fixture for each. */
export const CHECKS: readonly Check[] = [e2eeOff, audioRecording, sharedWithYou, sidewalk];

export function runChecks(records: Records): RawFinding[] {
  return CHECKS.flatMap((check) => check.run(records));
}

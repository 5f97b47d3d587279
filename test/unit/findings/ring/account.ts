import type { Records } from '../../../../src/model/records.ts';
import { profile } from '../../records.ts';

export const ACCOUNT = '4100001';
/** An account whose id comes from the profile, so account subjects are predictable. */
export const withProfile = (records: Records): Records => ({ ringProfile: [profile({ accountId: ACCOUNT })], ...records });

/// <reference types="vite/client" />
import type { Records } from '../../../src/model/records.ts';

/**
 * Records that trigger a finding and records that do not: a new finding's stand-in for a fixture file until one
 * (a HAR, JSON or saved page under test/fixtures) triggers it. Lives in `pairs/<finding id>.ts` as `pair`.
 */
export interface FixturePair {
  triggering: Records;
  quiet: Records;
}

const files = import.meta.glob<FixturePair>('./pairs/*.ts', { eager: true, import: 'pair' });

/** Every finding's records pair, by finding id. */
export const PAIRS: Readonly<Record<string, FixturePair>> = Object.fromEntries(
  Object.entries(files).map(([path, pair]) => [path.replace(/^.*\/|\.ts$/g, ''), pair]),
);

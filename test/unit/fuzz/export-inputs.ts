/**
 * The real-shaped export zips the export fuzz test (`export.fuzz.test.ts`) flips and cuts: one per export source.
 * `sources/registry-meta.test.ts` requires that reading them names every export source of the registry.
 */
import { amazonExportFiles, ringExportFiles, zipOf } from '../../fixtures/exports/build-exports.ts';

export const EXPORT_FUZZ_ZIPS: readonly Uint8Array[] = [zipOf(amazonExportFiles()), zipOf(ringExportFiles())];

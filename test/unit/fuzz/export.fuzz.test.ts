// @vitest-environment node
/**
 * The export reader never throws and never calls a broken input read: random bytes, random bytes behind a zip
 * signature, and real export zips with random bytes flipped. 300 runs per property in `npm test` (each reads a
 * zip); `npm run fuzz` sets FUZZ_RUNS.
 */
import fc from 'fast-check';
import { readExportZip } from '../../../src/sources/export/read-export.ts';
import { chunksOf } from '../../fixtures/exports/build-exports.ts';
import { EXPORT_FUZZ_ZIPS } from './export-inputs.ts';

const RUNS = Math.min(Number(process.env['FUZZ_RUNS'] ?? 300), 5000);
const NOW = '2026-12-06T12:00:00.000Z';
const LIMITS = { maxEntries: 1000, maxEntryBytes: 5_000_000, maxTotalBytes: 20_000_000 };
const REAL = EXPORT_FUZZ_ZIPS;

async function read(bytes: Uint8Array, chunk: number) {
  const result = await readExportZip('fuzz.zip', chunksOf(bytes, chunk), NOW, LIMITS);
  // An error-free "read" needs files; any problem is a diagnostic, and an error never reads as "read".
  if (result.source.status === 'read') expect(result.records.exportInventories?.[0]?.files.length).toBeGreaterThan(0);
  if (result.source.diagnostics.some((d) => d.level === 'error')) expect(result.source.status).not.toBe('read');
  return result;
}

it('random bytes, with or without a zip signature', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), fc.integer({ min: 1, max: 512 }), async (bytes, signed, chunk) => {
      const input = signed ? Uint8Array.from([0x50, 0x4b, 3, 4, ...bytes]) : bytes;
      await read(input, chunk);
    }),
    { numRuns: RUNS },
  );
}, 300_000);

it('real export zips with bytes flipped or cut', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...REAL),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
      fc.nat(),
      fc.integer({ min: 1, max: 4096 }),
      async (zip, flips, cut, chunk) => {
        const bytes = zip.slice(0, zip.length - (cut % zip.length));
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        await read(bytes, chunk);
      },
    ),
    { numRuns: RUNS },
  );
}, 300_000);

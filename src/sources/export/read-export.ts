import type { SourceResult } from '../../model/records.ts';
import type { ExportFile, ExportInventory } from '../../model/export.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { statusFrom } from '../../model/diagnostics.ts';
import { openSink } from './entry-sinks.ts';
import { cleanPath, isUnsafePath } from './entry-path.ts';
import { finishedFacts, serviceOfPaths, type FactsDraft } from './known-files.ts';
import { readZipEntries, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipProblem } from './zip-entries.ts';

/**
 * An official data export (a zip, or its unzipped files) → one source result: the inventory of every file and
 * the facts of the known ones. Same code in the CLI (file streams) and the report page (File.stream()).
 * Never throws; a broken input is an error result of its own, and what was read before the damage is kept.
 */
const EXPORT_SOURCE = { amazon: 'amazon.export', ring: 'ring.export', unknown: 'export' } as const;

/** Bytes as they arrive: a Node file stream, or a browser File's stream. */
export type ByteChunks = AsyncIterable<Uint8Array>;

export async function readExportZip(label: string, chunks: ByteChunks, now: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SourceResult> {
  const facts: FactsDraft = {};
  const outcome = await readZipEntries(chunks, (name) => openSink(cleanPath(name), facts, isUnsafePath(name)), limits).catch(
    (): Awaited<ReturnType<typeof readZipEntries>> => ({
      files: [],
      problems: [{ level: 'error', code: 'unreadable', message: 'The file could not be read.' }],
      zipBytes: 0,
    }),
  );
  const unsafe = outcome.files.filter((f) => f.note === 'unsafe-name');
  const problems: ZipProblem[] = [...outcome.problems];
  if (unsafe.length > 0)
    problems.push({
      level: 'error',
      code: 'unsafe-name',
      message: `${unsafe.length} file name(s) point outside the export (for example "${unsafe[0]?.path ?? ''}"); they were counted, not read.`,
    });
  return exportResult(label, outcome.files, facts, problems, now);
}

/** One unzipped file of an export, with its path inside the export (a folder pick keeps it). */
export interface ExportFileInput {
  path: string;
  /** The file's size when known: a file only counted (audio, media, unknown) is then not read at all. */
  size?: number;
  chunks: () => ByteChunks;
}

/** The unzipped files of one export, read one after another with the same sinks as the zip's entries. */
export async function readExportFiles(label: string, inputs: readonly ExportFileInput[], now: string): Promise<SourceResult> {
  const facts: FactsDraft = {};
  const files: ExportFile[] = [];
  const problems: ZipProblem[] = [];
  for (const input of inputs) {
    const unsafe = isUnsafePath(input.path);
    const sink = openSink(cleanPath(input.path), facts, unsafe);
    try {
      if (!sink.wantsBytes && input.size !== undefined) {
        files.push(sink.end(undefined, input.size));
        continue;
      }
      for await (const chunk of input.chunks()) sink.write(chunk);
      files.push(sink.end());
    } catch {
      files.push(sink.end('unreadable'));
      problems.push({ level: 'warning', code: 'unreadable-file', message: `"${cleanPath(input.path)}" could not be read.` });
    }
  }
  return exportResult(label, files, facts, problems, now);
}

function exportResult(rawLabel: string, files: ExportFile[], facts: FactsDraft, problems: readonly ZipProblem[], now: string): SourceResult {
  const label = cleanPath(rawLabel);
  const service = serviceOfPaths(files.map((f) => f.path));
  const diagnostics: Diagnostic[] = problems.map((p) => ({ level: p.level, code: p.code, at: label, message: p.message }));
  if (files.length > 0 && service === 'unknown')
    diagnostics.push({
      level: 'warning',
      code: 'unrecognized-export',
      at: label,
      message: 'None of the files Amazon or Ring exports are known to hold was found; every file was counted.',
    });
  const inventory: ExportInventory = {
    service,
    kind: service === 'unknown' ? 'unrecognized-export' : `${service}-data-export`,
    label,
    readAt: now,
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
  };
  const finished = finishedFacts(service, label, facts);
  const records = files.length > 0 ? { exportInventories: [inventory], ...(finished ? { exportFacts: [finished] } : {}) } : {};
  return {
    source: {
      id: EXPORT_SOURCE[service],
      service: service === 'ring' ? 'ring' : 'amazon',
      kind: 'export',
      status: statusFrom(diagnostics, files.length > 0 && service !== 'unknown'),
      origin: 'file:',
      location: label,
      diagnostics,
    },
    records,
  };
}

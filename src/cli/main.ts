import { basename } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { SourceResult } from '../model/records.ts';
import { readCapture } from '../sources/read-capture.ts';
import { buildReport } from '../report/build-report.ts';
import { formatText } from '../report/format-text.ts';
import { formatMarkdown } from '../report/format-markdown.ts';
import { plainText } from '../report/escape.ts';
import { cliTranslator } from './cli-messages.ts';
import { localeOf } from '../i18n/translate.ts';
import { parseArgs, USAGE, UsageError, type Command } from './args.ts';
import { inputError } from '../sources/read-saved-file.ts';
import { readFileInput } from './read-file-input.ts';
import { demoCaptures } from './demo-account.ts';
import { readBoundedFile } from './read-bounded-file.ts';
import { inputOutcome, inputSummaryLine, type InputOutcome } from './input-outcome.ts';
import { readExportInput } from './read-export-input.ts';
import { writeJson } from './write-json.ts';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => string;
  env: Record<string, string | undefined>;
}

/** Runs the CLI and returns the exit status; all output goes through `io` so tests can run it in-process. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`alexpose: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const now = io.now();
  const locale = command.lang ?? localeOf(io.env['LC_ALL'] || io.env['LC_MESSAGES'] || io.env['LANG']);
  const t = cliTranslator(locale);
  let results: SourceResult[] = [];
  // The exit status counts the inputs the user gave, not the entries inside them (a HAR holds many).
  const outcomes: InputOutcome[] = [];
  const summaries: string[] = [];
  if (command.files.length === 0) {
    io.stderr(`${t('cli_demo_notice')}\n`);
    results = demoCaptures(now).map(readCapture);
    outcomes.push('read');
  } else {
    for (const file of command.files) {
      const exported = await readExportInput(file, now);
      const fileResults = exported ? [exported] : await readFileResults(file, now);
      outcomes.push(exported ? exportOutcome(exported) : inputOutcome(fileResults));
      const summary = exported ? exportSummaryLine(basename(file), exported) : inputSummaryLine(basename(file), fileResults, t, locale);
      if (summary) summaries.push(summary);
      results.push(...fileResults);
    }
  }
  const report = buildReport(results, { t, locale, toolVersion: pkg.version, now });
  // In pieces, byte for byte what `${JSON.stringify(report, null, 2)}\n` was (a 10,000-device report is 20–60 MB).
  if (command.format === 'json') writeJson(report, io.stdout);
  else if (command.format === 'markdown') io.stdout(formatMarkdown(report, t));
  else io.stdout(formatText(report, t));
  // At most one line per input, never one per entry.
  for (const line of summaries) io.stderr(`alexpose: ${line}\n`);
  // Captures that disagree or a newer read that failed were decided for the user: not "read in full" (issue 25).
  if (outcomes.every((o) => o === 'read') && !report.mergeNotes?.length) return 0;
  return outcomes.some((o) => o !== 'none') ? 1 : 2;
}

/** An export read with errors (a truncated zip, a bomb, an unsafe name) is not read in full, even where its files were. */
function exportOutcome(result: SourceResult): InputOutcome {
  if (result.source.status === 'error' || result.source.status === 'unrecognized') return result.records.exportInventories ? 'some' : 'none';
  return result.source.diagnostics.some((d) => d.level === 'error') ? 'some' : 'read';
}

function exportSummaryLine(label: string, result: SourceResult): string | null {
  const problem = result.source.diagnostics.find((d) => d.level === 'error') ?? (result.source.status === 'read' ? undefined : result.source.diagnostics[0]);
  return problem ? `${plainText(label)}: ${plainText(problem.message, 300)}` : null;
}

async function readFileResults(file: string, now: string): Promise<SourceResult[]> {
  const label = basename(file);
  const read = await readBoundedFile(file);
  return read.ok ? readFileInput(label, read.text, now) : [inputError(label, read.code, read.message)];
}

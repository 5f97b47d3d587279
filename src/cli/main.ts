import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { SourceResult } from '../model/records.ts';
import { readCapture } from '../sources/read-capture.ts';
import { buildReport } from '../report/build-report.ts';
import { formatText } from '../report/format-text.ts';
import { formatMarkdown } from '../report/format-markdown.ts';
import { bundledTranslator } from '../i18n/bundled-messages.ts';
import { localeOf } from '../i18n/translate.ts';
import { parseArgs, USAGE, UsageError, type Command } from './args.ts';
import { inputError, readInput } from './read-input.ts';
import { demoCaptures } from './demo-account.ts';

const MAX_INPUT_BYTES = 200 * 1024 * 1024;

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
  const t = bundledTranslator(locale);
  let results: SourceResult[] = [];
  const inputsOk: boolean[] = [];
  if (command.files.length === 0) {
    io.stderr(`${t('cli_demo_notice')}\n`);
    results = demoCaptures(now).map(readCapture);
    inputsOk.push(true);
  } else {
    for (const file of command.files) {
      const fileResults = await readFileResults(file, now);
      inputsOk.push(fileResults.every((r) => r.source.status === 'read' || r.source.status === 'partial'));
      results.push(...fileResults);
    }
  }
  const report = buildReport(results, { t, locale, toolVersion: pkg.version, now });
  if (command.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (command.format === 'markdown') io.stdout(formatMarkdown(report, t));
  else io.stdout(formatText(report, t));
  for (const r of results.filter((r) => r.source.status === 'error' || r.source.status === 'unrecognized')) {
    io.stderr(`alexpose: ${r.source.location ?? r.source.origin}: ${r.source.diagnostics[0]?.message ?? r.source.status}\n`);
  }
  if (inputsOk.every(Boolean)) return 0;
  return inputsOk.some(Boolean) ? 1 : 2;
}

async function readFileResults(file: string, now: string): Promise<SourceResult[]> {
  const label = basename(file);
  try {
    const buffer = await readFile(file);
    if (buffer.byteLength > MAX_INPUT_BYTES) return [inputError(label, 'too-large', 'File larger than 200 MB.')];
    return readInput(label, buffer.toString('utf8'), now);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return [inputError(label, code === 'ENOENT' ? 'not-found' : 'unreadable', code === 'ENOENT' ? 'File not found.' : `Cannot read file (${code}).`)];
  }
}

import { parseArgs as parseFlagsOf } from 'node:util';
import type { Locale } from '../i18n/translate.ts';

export type Format = 'text' | 'json' | 'markdown';

export type Command = { kind: 'scan'; format: Format; lang: Locale | null; files: string[] } | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: alexpose scan [--format text|json|markdown] [--lang en|de] [FILE...]

FILE is a HAR saved from the browser's developer tools, a saved JSON response, or a saved HTML page
(UTF-8 or UTF-16 with BOM, at most 200 MB), or an official Amazon or Ring data export: a zip (read as a
stream, any size) or its unzipped folder. With no FILE, scans a small embedded demo account.
Exit status: 0 all inputs read in full, 1 some input or part of one unreadable, 2 usage error or nothing readable.`;

/** node:util's parser reads the flags; its errors become one short usage line (no stack trace for the user). */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V') return { kind: 'version' };
  if (command !== 'scan') throw new UsageError(`unknown command "${command}" (expected "scan")`);
  const { values, positionals } = parseFlags(rest);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  const lang = values.lang ?? null;
  if (lang !== null && lang !== 'en' && lang !== 'de') throw new UsageError(`--lang must be en or de, not "${lang}"`);
  return { kind: 'scan', format, lang, files: positionals };
}

function parseFlags(args: string[]): { values: { format?: string; lang?: string }; positionals: string[] } {
  try {
    return parseFlagsOf({ args, options: { format: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, args));
  }
}

function usageMessage(error: unknown, args: readonly string[]): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(text)?.[1] ?? args.find((a) => a.startsWith('-') && a !== '-') ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${flag} needs a value`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${flag}"`;
  return text;
}

import type { Locale } from '../i18n/translate.ts';

export type Format = 'text' | 'json' | 'markdown';

export type Command =
  | { kind: 'scan'; format: Format; lang: Locale | null; files: string[] }
  | { kind: 'help' }
  | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: alexpose scan [--format text|json|markdown] [--lang en|de] [FILE...]

FILE is a HAR saved from the browser's developer tools, a saved JSON response, or a saved HTML page
(UTF-8 or UTF-16 with BOM, at most 200 MB). With no FILE, scans a small embedded demo account.
Exit status: 0 all inputs read in full, 1 some input or part of one unreadable, 2 usage error or nothing readable.`;

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V') return { kind: 'version' };
  if (command !== 'scan') throw new UsageError(`unknown command "${command}" (expected "scan")`);
  let format: Format = 'text';
  let lang: Locale | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'markdown') throw new UsageError(`--format must be text, json or markdown, not "${v}"`);
      format = v;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'de') throw new UsageError(`--lang must be en or de, not "${v}"`);
      lang = v;
    } else if (flag === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option "${flag}"`);
    } else {
      files.push(arg);
    }
  }
  return { kind: 'scan', format, lang, files };
}

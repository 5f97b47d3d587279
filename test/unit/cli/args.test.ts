import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args.ts';

const usageError = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (error) {
    return error instanceof UsageError ? error.message : `not a usage error: ${String(error)}`;
  }
  return 'no error';
};

describe('CLI arguments (node:util parseArgs underneath)', () => {
  it('reads flags in both spellings, files, "-" and everything after "--" as files', () => {
    expect(parseArgs(['scan', '--format', 'json', 'a.har'])).toEqual({ kind: 'scan', format: 'json', lang: null, files: ['a.har'] });
    expect(parseArgs(['scan', '--format=markdown', '--lang=de', 'a', 'b'])).toEqual({ kind: 'scan', format: 'markdown', lang: 'de', files: ['a', 'b'] });
    expect(parseArgs(['scan', '-', '--', '--format'])).toEqual({ kind: 'scan', format: 'text', lang: null, files: ['-', '--format'] });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs([])).toEqual({ kind: 'help' });
  });

  it('turns every mistake into one usage line that names it', () => {
    expect(usageError(['scan', '--format'])).toBe('--format needs a value');
    expect(usageError(['scan', '--foo'])).toBe('unknown option "--foo"');
    expect(usageError(['scan', '-x'])).toBe('unknown option "-x"');
    expect(usageError(['scan', '--lang', 'fr'])).toBe('--lang must be en or de, not "fr"');
    expect(usageError(['scan', '--format', 'xml'])).toBe('--format must be text, json or markdown, not "xml"');
    expect(usageError(['report'])).toBe('unknown command "report" (expected "scan")');
  });
});

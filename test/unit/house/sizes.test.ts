// @vitest-environment node
/**
 * The house rule for the next maintainer: no file in src/ over 300 lines and no function over 100 (issue 32).
 * Functions are found in the TypeScript syntax tree (declarations, methods, arrows and function expressions, each
 * from its first token to its closing brace; a nested function counts in its parent too), so a long component or a
 * long closure counts like any other function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 100;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function lineCount(text: string): number {
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

/** The functions over the limit, as `file:line name: N lines`; `path` is the name shown. */
function longFunctions(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.end).line;
      const lines = last - first + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > MAX_FUNCTION_LINES) found.push(`${path}:${first + 1} ${name}: ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('sizes in src/', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => lineCount(f.text) > MAX_FILE_LINES).map((f) => `${relative(ROOT, f.path)}: ${lineCount(f.text)} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(relative(ROOT, f.path), f.text))).toEqual([]);
  });

  it('measures what it claims (a 101-line function and a 301-line file are caught)', () => {
    const body = Array.from({ length: 99 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `export function big(): void {\n${body}\n}\n`)).toEqual(['x.ts:1 big: 101 lines']);
    expect(longFunctions('x.tsx', `const Small = () => {\n${body.split('\n').slice(1).join('\n')}\n};\n`)).toEqual([]);
    expect(lineCount('a\n'.repeat(301))).toBe(301);
  });
});

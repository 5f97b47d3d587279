// @vitest-environment node
/**
 * No dead exports in src/ (issue 32; knip found 49 exports that no other module imports, 7 of them used nowhere):
 * every value a src module exports is imported by another module of src, test, scripts or bench, or re-exported and
 * imported from there. What only its own file uses is not exported. Types are not checked (the report schema's types
 * are public). Imports are read from the syntax tree: static, re-exports, `await import(…)` and bench's
 * `await ts.load('/src/…')` with their destructured names (any other use of a module's path counts as using all of it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Public API kept exported although nothing in the repository imports it. */
const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  // The report schema is a public contract (README, "Report schema"): other tools validate reports with it.
  'src/model/report-schema.ts': ['ReportSchema'],
};

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, pattern);
    return pattern.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function parse(path: string): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

/** The src file a specifier names: relative to the importer, or `/src/…` from the root (bench's loader). */
function resolveSpecifier(from: string, specifier: string): string | null {
  const base = specifier.startsWith('.') ? resolve(dirname(from), specifier) : specifier.startsWith('/src/') ? join(ROOT, specifier) : null;
  if (!base) return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && /\.tsx?$/.test(p));
  return found ?? null;
}

/** Exported value names of a src module (declarations, export lists, re-exports, default). */
function exportedValues(file: ts.SourceFile): string[] {
  return file.statements.flatMap(exportedBy);
}

function exportedBy(statement: ts.Statement): string[] {
  if (ts.isExportAssignment(statement)) return ['default'];
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (statement.isTypeOnly || !clause || !ts.isNamedExports(clause)) return [];
    return clause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text);
  }
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  if (!modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return ['default'];
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name)
    return [statement.name.text];
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  return [];
}

/** Names each file imports from each src module; `*` when it may use any of them. */
function recordUses(file: ts.SourceFile, uses: Map<string, Set<string>>): void {
  const use = (specifier: string, names: readonly string[]) => {
    const target = resolveSpecifier(file.fileName, specifier);
    if (!target || target === file.fileName) return;
    const set = uses.get(target) ?? new Set<string>();
    for (const name of names) set.add(name);
    uses.set(target, set);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) use(node.moduleSpecifier.text, importedNames(node.importClause));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      use(node.moduleSpecifier.text, clause && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*']);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
      // `import('…')`, or a loader's `load('/src/…')`: the names destructured from its awaited result, else all.
      const specifier = node.arguments[0].text;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || specifier.startsWith('/src/')) use(specifier, destructuredNames(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Type-only imports count: a value exported for `typeof` elsewhere is in use. */
function importedNames(clause: ts.ImportClause | undefined): string[] {
  if (!clause) return [];
  const names = clause.name ? ['default'] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  else if (bindings) for (const e of bindings.elements) names.push((e.propertyName ?? e.name).text);
  return names;
}

function destructuredNames(call: ts.CallExpression): string[] {
  const awaited = ts.isAwaitExpression(call.parent) ? call.parent : null;
  const declaration = awaited && ts.isVariableDeclaration(awaited.parent) ? awaited.parent : null;
  if (!declaration || !ts.isObjectBindingPattern(declaration.name)) return ['*'];
  return declaration.name.elements.map((e) =>
    e.propertyName && ts.isIdentifier(e.propertyName) ? e.propertyName.text : ts.isIdentifier(e.name) ? e.name.text : '*',
  );
}

const srcFiles = filesUnder(join(ROOT, 'src'), /\.tsx?$/).map(parse);
const consumers = [
  ...srcFiles,
  ...['test', 'scripts', 'bench'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(tsx?|m?js)$/)).map(parse),
  ...readdirSync(ROOT)
    .filter((f) => /\.(ts|m?js)$/.test(f))
    .map((f) => parse(join(ROOT, f))),
];

function unusedExports(): string[] {
  const uses = new Map<string, Set<string>>();
  for (const file of consumers) recordUses(file, uses);
  return srcFiles.flatMap((file) => {
    const path = relative(ROOT, file.fileName);
    const used = uses.get(file.fileName) ?? new Set<string>();
    if (used.has('*')) return [];
    return exportedValues(file)
      .filter((name) => !used.has(name) && !PUBLIC[path]?.includes(name))
      .map((name) => `${path}: ${name}`);
  });
}

it('exports from src only what another module imports', () => {
  expect(srcFiles.length).toBeGreaterThan(100);
  expect(unusedExports()).toEqual([]);
});

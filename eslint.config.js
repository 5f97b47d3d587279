// Lint: TypeScript rules, no HTML from strings, and the layer picture enforced as import boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** Each layer may import only from the layers listed (and itself). Nothing imports upwards. */
const LAYERS = {
  model: [],
  i18n: [],
  sources: ['model'],
  // One module per finding id (check, catalog entry, flow labels) and the vocabulary they are written in.
  findings: ['model'],
  // Knowledge across findings (catalog lookups, account state, manual checks) derives from the findings' registry.
  knowledge: ['model', 'findings'],
  report: ['model', 'findings', 'knowledge', 'i18n', 'store', 'sources'],
  store: ['model'],
  content: ['model', 'sources'],
  background: ['model', 'sources', 'findings', 'knowledge', 'store', 'report'],
  ui: ['model', 'store', 'report', 'i18n', 'findings', 'knowledge'],
  popup: ['model', 'ui', 'findings', 'knowledge', 'report', 'i18n', 'store'],
  letters: ['i18n', 'report'],
  'report-page': ['model', 'ui', 'findings', 'knowledge', 'report', 'i18n', 'store', 'sources', 'letters'],
  'privacy-page': ['ui', 'i18n'],
  cli: ['model', 'sources', 'report', 'i18n'],
};
const ALL = Object.keys(LAYERS);

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: ALL.filter((other) => other !== layer && !allowed.includes(other)).map((other) => ({
          group: [`**/${other}/*`, `../${other}/*`, `../../${other}/*`],
          message: `src/${layer} may not import from src/${other} (layers: sources → model → findings → knowledge → store → popup / report / CLI).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never HTML from strings.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never HTML from strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never HTML from strings.' },
        { object: 'document', property: 'write', message: 'No document.write.' },
        { object: 'document', property: 'writeln', message: 'No document.write.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
        { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']", message: 'No string timers.' },
      ],
    },
  },
  ...layerRules,
  {
    // Type-aware rules, only where tsconfig.json covers the files (the typed program costs lint time).
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', '*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // A switch over a union names every member, so a new member fails here (a default does not hide it).
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
    },
  },
  {
    // Tests and scripts may read fixtures with innerHTML-free DOM helpers, but must not bypass the other rules.
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

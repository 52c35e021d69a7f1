// Lint keeps the layers apart: the analysis runs anywhere (editor, CLI, worker, browser), so it
// may not reach for `vscode` or Node; the editor and the CLI meet only in the analysis, through
// its public entry.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https',
  'module', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];

/** Imports of the analysis from outside it go through `src/analysis/index.ts` only. */
const analysisInternals = {
  group: ['**/analysis/*', '!**/analysis/index'],
  message: 'Import the analysis through its public entry (src/analysis/index.ts).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript already checks names; the rule does not know Node's or the DOM's globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The analysis has no VS Code dependency; the editor layer adapts it.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'The analysis runs outside Node too (browser, web worker).' })),
        ],
        patterns: [{ group: ['node:*'], message: 'The analysis runs outside Node too (browser, web worker).' }],
      }],
    },
  },
  {
    files: ['src/editor/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/cli', '**/cli/*', '../cli*'], message: 'The editor does not use the CLI.' },
          analysisInternals,
        ],
      }],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The worker thread has no VS Code API.' }],
        patterns: [
          { group: ['**/cli', '**/cli/*', '**/editor', '**/editor/*'], message: 'The worker uses only the analysis.' },
          analysisInternals,
        ],
      }],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/node serves the editor and the CLI alike, without the VS Code API.' }],
        patterns: [
          { group: ['**/cli', '**/cli/*', '**/editor', '**/editor/*'], message: 'src/node uses only the analysis.' },
          analysisInternals,
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/editor', '**/editor/*', 'vscode'], message: 'The CLI runs without VS Code.' },
          analysisInternals,
        ],
      }],
    },
  },
);

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', '**/*.d.ts', '**/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the CLI prints; the engine returns values (style.md §2.2).
    files: [
      'packages/compute/src/**',
      'packages/store/src/**',
      'packages/engine/src/**',
      'packages/charts/src/**',
      'packages/report/src/**',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['packages/compute/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '@duckdb/*', '@chanye/store', '@chanye/cli'] }],
    },
  },
  {
    // The store is data access: it never reaches up into the analyses.
    files: ['packages/store/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@chanye/engine', '@chanye/report', '@chanye/cli'] }] },
  },
  {
    // The engine reads data only through the store: no SQL engine of its own.
    files: ['packages/engine/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@duckdb/*', '@chanye/report', '@chanye/cli'] }] },
  },
  {
    // Charts are pure: a spec in, an SVG string out, the same in Node and in the browser.
    files: ['packages/charts/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '@duckdb/*', '@chanye/*'] }],
    },
  },
);

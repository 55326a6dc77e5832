import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', '**/*.d.ts'] },
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
    files: ['packages/compute/src/**', 'packages/store/src/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['packages/compute/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '@duckdb/*', '@chanye/store', '@chanye/cli'] }],
    },
  },
);

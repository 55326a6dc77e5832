import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string): string => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@chanye/compute': src('compute'),
      '@chanye/store': src('store'),
      '@chanye/engine': src('engine'),
      '@chanye/charts': src('charts'),
      '@chanye/report': src('report'),
      '@chanye/server': src('server'),
      '@chanye/web': src('web'),
      '@chanye/cli': src('cli'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

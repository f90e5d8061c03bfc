import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (path: string): string => fileURLToPath(new URL(`generated/vcenter-vm/${path}`, import.meta.url));

export default defineConfig({
  // examples/ and README snippets import the package by name, as users do: the committed one.
  resolve: {
    alias: [
      { find: /^@vcgen\/vcenter-vm$/, replacement: pkg('dist/index.js') },
      { find: /^@vcgen\/vcenter-vm\/node-fetch$/, replacement: pkg('dist/runtime/node-fetch.js') },
      { find: /^@vcgen\/vcenter-vm\/fake$/, replacement: pkg('dist/fake/index.js') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every skip says why (ctx.skip(reason)); this lists the reasons after the summary.
    reporters: ['default', './test/setup/skip-reporter.ts'],
  },
});

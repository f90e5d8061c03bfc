import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every skip says why (ctx.skip(reason)); this lists the reasons after the summary.
    reporters: ['default', './test/setup/skip-reporter.ts'],
  },
});

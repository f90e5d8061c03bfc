// Every skipped test says why: conditional skips go through ctx.skip(reason) (test/setup/
// requires.ts), which the skip reporter prints after each run. vitest's skipIf/runIf and a bare
// .skip take no reason, so they are not used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';

describe('skips', () => {
  it('are ctx.skip(reason) calls, never skipIf, runIf or a bare .skip', () => {
    const files = readdirSync(join(ROOT, 'test'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && !f.includes('__snapshots__') && !f.includes('fixtures'));
    const bare = /\b(?:it|test|describe)\s*\.\s*(?:skipIf|runIf|skip|todo)\s*\(|\bctx\.skip\(\s*\)/;
    const found = files.filter((f) =>
      bare.test(readFileSync(join(ROOT, 'test', f), 'utf8').replace(/^\s*\/\/.*$/gm, '')),
    );
    expect(found).toEqual([]);
  });
});

// Tests that need something a fresh clone may not have (VMware's reference files, the vcsim
// binary, a tool) skip with the reason and what would enable them, through ctx.skip(reason):
// test/setup/skip-reporter.ts prints each reason at the end of a run, so a skip is never silent.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach } from 'vitest';
import { ROOT } from './generate.js';

/**
 * Skips every test of the enclosing describe (or file) when `missing` is a reason. Hooks that
 * would use the missing thing must check `missing` themselves (beforeAll runs before beforeEach).
 */
export function requires(missing: string | undefined): void {
  beforeEach((ctx) => {
    if (missing !== undefined) ctx.skip(missing);
  });
}

/**
 * A path beside the repository, or beside a directory above it (a git worktree, a clone one level
 * down): the candidates, nearest first.
 */
export function beside(...parts: string[]): string[] {
  return [1, 2, 3].map((up) => {
    let dir = ROOT.replace(/\/$/, '');
    for (let i = 0; i < up; i++) dir = dirname(dir);
    return join(dir, ...parts);
  });
}

/** Where VMware's reference files are: $VCGEN_REFERENCE, else `shared/reference` beside the repository. */
export const REFERENCE_LOOKED: string[] = process.env.VCGEN_REFERENCE
  ? [process.env.VCGEN_REFERENCE]
  : beside('shared', 'reference');

export const REFERENCE: string = REFERENCE_LOOKED.find((d) => existsSync(d)) ?? REFERENCE_LOOKED[0]!;

/** Why a test needing these reference files cannot run (undefined when they are all there). */
export function missingReference(...names: string[]): string | undefined {
  const absent = names.filter((n) => !existsSync(join(REFERENCE, n)));
  if (!absent.length) return undefined;
  return (
    `needs VMware's ${absent.join(' and ')}: set VCGEN_REFERENCE to the directory that holds ` +
    `${absent.length > 1 ? 'them' : 'it'}, or put ${absent.length > 1 ? 'them' : 'it'} in shared/reference beside the repository ` +
    `(looked in ${REFERENCE_LOOKED.join(', ')})`
  );
}

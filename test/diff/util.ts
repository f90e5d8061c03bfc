// Shared bits of the diff tests: fixture pairs, the built CLI, and a manifest writer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestOf } from '../../generator/ir/manifest.js';
import { buildIr } from '../../generator/ir/build.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const PAIRS = ['ops', 'types', 'deprecations', 'versions'] as const;
export type Pair = (typeof PAIRS)[number];

export const pairDir = (pair: Pair, side: 'old' | 'new'): string => join(FIXTURES, pair, side);

export function vcgen(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/vcgen.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'vcgen-diff-'));

/** Writes the manifest.json (and package.json) `vcgen generate` would write for a spec, in a new directory. */
export function manifestDir(spec: string): string {
  const ir = buildIr(checkSpec(loadSpec(spec)));
  const dir = join(tmp(), 'pkg');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestOf(ir, '0.1.0'), null, 2)}\n`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: ir.package.name, version: ir.package.version }));
  return dir;
}

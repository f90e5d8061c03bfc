// Helpers: type-check a generated package with tsc, and a consumer that imports it by name.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../setup/generate.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

export function tsc(project: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', project], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

const STRICT = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'DOM'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: false,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedDeclarations: true,
  declaration: true,
  skipLibCheck: false,
  types: [],
};

/** tsc --noEmit over the package's own sources, with strict settings. */
export function checkSources(pkgDir: string): { code: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-tsc-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: STRICT, include: [join(pkgDir, 'src/**/*.ts')] }),
  );
  return tsc(join(dir, 'tsconfig.json'));
}

/**
 * A consumer project that depends on the package by name (node_modules link), with the given
 * source files. Returns its directory.
 */
export function consumer(pkgDir: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-consumer-'));
  const name = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name as string;
  const link = join(dir, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(pkgDir, link, 'dir');
  // A consumer on Node has Node's types, as users do.
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...STRICT,
        isolatedDeclarations: false,
        declaration: false,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['*.ts'],
    }),
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

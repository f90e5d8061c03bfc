// The committed package as it would be published: arethetypeswrong (--pack, esm-only profile) and
// publint (--strict) find nothing, the tarball holds what package.json says and no sources
// without maps, the metadata a registry shows is there, and CommonJS code can require() it on
// the Node versions `engines` names.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumer } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

const PKG = join(ROOT, 'generated/vcenter-vm');
const BIN = join(ROOT, 'node_modules/.bin');

/** A copy to pack: attw writes its tarball into the package directory, which other tests read. */
let copy: string;
beforeAll(() => {
  copy = join(mkdtempSync(join(tmpdir(), 'vcgen-publish-')), 'vcenter-vm');
  cpSync(PKG, copy, { recursive: true });
});

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('generated/vcenter-vm as published', () => {
  it('passes arethetypeswrong with the esm-only profile', () => {
    const r = run(join(BIN, 'attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], copy);
    expect(r.code, r.output).toBe(0);
    // The JSON lists the problems of ignored resolutions too (CommonJS, node10): none of the others.
    const report = JSON.parse(r.output.slice(r.output.indexOf('{')));
    const problems = Object.values(report.problems as Record<string, { resolutionKind?: string }[]>).flat();
    expect(problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs')).toEqual([]);
    expect(report.analysis.types).toEqual({ kind: 'included' });
  });

  it('passes publint --strict', () => {
    const r = run(join(BIN, 'publint'), ['--strict'], copy);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('All good!');
  });

  it("packs dist, the fake's command, the manifest, openapi.json and the README, no sources without maps", () => {
    const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], copy);
    expect(r.code, r.output).toBe(0);
    const files: string[] = JSON.parse(r.output.slice(r.output.indexOf('[')))[0].files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => f.startsWith('src/'))).toEqual([]);
    expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual([
      'CHANGES.md',
      'README.md',
      'bin/fake.js',
      'manifest.json',
      'openapi.json',
      'package.json',
    ]);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/fake/index.js', 'dist/fake/server.d.ts'])
      expect(files).toContain(f);
    // Nothing in dist points at sources that are not shipped.
    const index = readFileSync(join(PKG, 'dist/index.js'), 'utf8');
    expect(index).not.toMatch(/sourceMappingURL/);
  });

  it('states its license, repository, keywords, public access and the Node versions it needs', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\//), directory: 'generated/vcenter-vm' },
      keywords: expect.arrayContaining(['vsphere', 'vcenter']),
      publishConfig: { access: 'public' },
      engines: { node: '^20.19.0 || >=22.12.0' },
      type: 'module',
      sideEffects: false,
    });
  });

  it('can be required from CommonJS (require() of ESM, Node 20.19+ / 22.12+)', () => {
    const dir = consumer(PKG, {
      'run.cjs': `const pkg = require('@vcgen/vcenter-vm');
const c = pkg.createClient({ baseUrl: 'https://vc.example', sessionId: 's' });
console.log(typeof c.hardware.serial.disconnect, typeof pkg.NotFoundError);
`,
    });
    const r = spawnSync(process.execPath, [join(dir, 'run.cjs')], { encoding: 'utf8', cwd: dir });
    expect(r.stderr.replace(/^.*ExperimentalWarning.*\n|^\(Use `node --trace-warnings.*\n/gm, '')).toBe('');
    expect(r.stdout.trim()).toBe('function function');
  });
});

// vcgen.config.{ts,mts,js,mjs,json}: each command reads its section, flags override it, paths are
// relative to the file, and a bad file is reported (unknown keys with "did you mean").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from 'vcgen';
import { fixtureDir, ROOT } from '../setup/generate.js';

/** A project directory: node_modules/vcgen is this repository, as after `npm install vcgen`. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-config-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'vcgen'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function vcgen(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/vcgen.js'), ...args], {
    encoding: 'utf8',
    cwd,
    timeout: 60_000,
    env: { ...process.env, VCGEN_CACHE: '0' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SPEC = fixtureDir('minimal');

describe('vcgen.config', () => {
  it('vcgen.config.ts with defineConfig: paths relative to the file, typed, compiled without leftovers', () => {
    const dir = project({
      'config/vcgen.config.ts': [
        "import { defineConfig, type VcgenConfig } from 'vcgen';",
        `const spec: string = ${JSON.stringify(SPEC)};`,
        "const config: VcgenConfig = defineConfig({ generate: { spec, out: '../pkg', openapiTypes: false } });",
        'export default config;',
        '',
      ].join('\n'),
    });
    const r = vcgen(join(dir, 'config'), 'generate', '--config', 'vcgen.config.ts');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^vcgen: generated \.\.\/pkg: 2 services/);
    expect(existsSync(join(dir, 'pkg/dist/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'pkg/dist/openapi.d.ts'))).toBe(false);
    expect(readdirSync(join(dir, 'config'))).toEqual(['vcgen.config.ts']);
  });

  it('is found in the working directory (.json, .mjs); flags override it; --no-config ignores it', () => {
    const dir = project({
      'vcgen.config.json': JSON.stringify({ generate: { spec: SPEC, out: 'from-config', quiet: true } }),
    });
    expect(vcgen(dir, 'generate')).toMatchObject({ code: 0, out: '' });
    expect(existsSync(join(dir, 'from-config/manifest.json'))).toBe(true);
    const flagged = vcgen(dir, 'generate', '--out', 'from-flag', '--no-quiet');
    expect(flagged.code, flagged.err).toBe(0);
    expect(flagged.out).toMatch(/generated from-flag:/);
    const none = vcgen(dir, 'generate', '--no-config', '--check');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/spec\/7\.0\.3: error \[spec-file\] cannot read the spec directory: it does not exist/);

    const mjs = project({
      'vcgen.config.mjs': `export default { diff: { old: ${JSON.stringify(join(ROOT, 'test/diff/fixtures/ops/old'))}, new: ${JSON.stringify(join(ROOT, 'test/diff/fixtures/ops/new'))}, format: 'json', failOn: 'breaking' } };\n`,
    });
    const d = vcgen(mjs, 'diff');
    expect(d.code).toBe(1);
    expect(JSON.parse(d.out).version).toBe(1);
    expect(d.err).toMatch(/--fail-on breaking catches/);
  });

  it('reports unknown sections and keys with "did you mean", wrong values, and two config files', async () => {
    const dir = project({
      'vcgen.config.json': JSON.stringify({
        generat: {},
        generate: { outt: 'x', openapiTypes: 'no' },
        diff: { failOn: 'breakng' },
      }),
    });
    const r = vcgen(dir, 'generate');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        "vcgen.config.json: error [config] unknown section 'generat'",
        "    fix: did you mean 'generate'?",
        "vcgen.config.json: error [config] unknown key 'generate.outt'",
        "    fix: did you mean 'out'?",
        'vcgen.config.json: error [config] \'generate.openapiTypes\' must be true or false, not "no"',
        "vcgen.config.json: error [config] 'diff.failOn' must be one of 'breaking', 'deprecation', 'any', not \"breakng\"",
        "    fix: did you mean 'breaking'?",
        'vcgen generate: the config file has errors; nothing was done',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'vcgen.config.js'), 'export default {};\n');
    expect(vcgen(dir, 'generate').err).toMatch(/two config files: vcgen\.config\.js and vcgen\.config\.json/);
    const broken = project({ 'vcgen.config.json': '{\n  "generate": {\n    "spec": oops\n}' });
    const loaded = await loadConfig({ cwd: broken });
    expect(loaded.diagnostics[0]!.message).toMatch(/^not valid JSON at line 3, column 13: Unexpected token/);
    const noDefault = project({ 'vcgen.config.ts': 'export const config = {};\n' });
    expect((await loadConfig({ cwd: noDefault })).diagnostics[0]!.message).toMatch(/has no default export/);
    expect(await loadConfig({ cwd: tmpdir() })).toEqual({ config: {}, diagnostics: [] });
  });

  it('gives the import command its file and output', () => {
    const dir = project({
      'vcgen.config.json': JSON.stringify({
        import: {
          file: join(ROOT, 'test/import/fixtures/mini.swagger.json'),
          out: 'spec/7.0.3',
          only: 'com.vmware.vcenter.vm',
          overlays: false,
        },
      }),
    });
    const r = vcgen(dir, 'import', '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'spec/7.0.3/api.yaml'), 'utf8')).toContain('apiVersion: 7.0.3');
  });
});

// The programmatic API, imported by name as a project that depends on vcgen would (the package's
// `exports`: dist/api.js and its declarations in dist/types): results and diagnostics as data,
// the same output as the command, typed options and results.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineConfig,
  diff,
  generate,
  importSpec,
  version,
  type Diagnostic,
  type DiffReport,
  type GenerateOptions,
  type GenerateResult,
  type VcgenConfig,
} from 'vcgen';
import { runPipeline } from '../../generator/pipeline.js';
import { fixtureDir, ROOT } from '../setup/generate.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'vcgen-api-'));

describe("import { generate, importSpec, diff } from 'vcgen'", () => {
  it('resolves to the built bundle and its declarations', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/types/api.d.ts', default: './dist/api.js' });
    expect(existsSync(join(ROOT, 'dist/types/api.d.ts'))).toBe(true);
    expect(version).toBe(pkg.version);
  });

  it('generates onto disk what the pipeline makes, and says so in data', async () => {
    const out = join(tmp(), 'pkg');
    const r = await generate({ spec: fixtureDir('minimal'), out, cache: false });
    expect(r).toMatchObject({
      ok: true,
      written: true,
      outDir: out,
      diagnostics: [],
      counts: { services: 2, operations: 8 },
    });
    expect(r.timings.map((t) => t.stage)).toContain('load');
    const plain = (await runPipeline({ specDir: fixtureDir('minimal') })).files;
    expect([...r.files.keys()]).toEqual([...plain.keys()]);
    for (const [path, text] of plain) expect(readFileSync(join(out, path), 'utf8'), path).toBe(text);
  });

  it('generates in memory without touching the output directory, and checks it', async () => {
    const parent = tmp();
    const out = join(parent, 'pkg');
    const memory = await generate({ spec: fixtureDir('minimal'), out, write: false, cache: false });
    expect(memory).toMatchObject({ ok: true, written: false });
    expect(existsSync(parent) && !existsSync(out)).toBe(true);
    const stale = await generate({ spec: fixtureDir('minimal'), out, check: true, cache: false });
    expect(stale.ok).toBe(false);
    expect(stale.stale!.added).toContain('src/index.ts');
    await generate({ spec: fixtureDir('minimal'), out, cache: false });
    expect(await generate({ spec: fixtureDir('minimal'), out, check: true, cache: false })).toMatchObject({
      ok: true,
      stale: { changed: [], added: [], removed: [] },
    });
  });

  it('returns a bad spec as located diagnostics, writes nothing, and does not throw', async () => {
    const spec = tmp();
    cpSync(fixtureDir('minimal'), spec, { recursive: true });
    const file = join(spec, 'cdrom.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('type: backing_info }', 'type: backing_inf }'));
    const out = join(tmp(), 'pkg');
    const r = await generate({ spec, out, cwd: spec });
    expect(r).toMatchObject({ ok: false, written: false, files: new Map() });
    expect(r.diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'unknown-type',
        message: "unknown type 'backing_inf'",
        fix: "did you mean 'backing_info'?",
        loc: { file: 'cdrom.yaml', line: expect.any(Number), col: expect.any(Number) },
      },
    ]);
    expect(existsSync(out)).toBe(false);
    const refused = await generate({ spec: fixtureDir('minimal'), out: spec });
    expect(refused.diagnostics[0]).toMatchObject({ rule: 'output-dir', severity: 'error' });
  });

  it('imports a spec (dry run) and diffs two versions', async () => {
    const out = join(tmp(), '7.0.3');
    const imported = await importSpec({
      file: join(ROOT, 'test/import/fixtures/mini.swagger.json'),
      out,
      only: 'com.vmware.vcenter.vm',
      overlays: false,
      write: false,
    });
    expect(imported).toMatchObject({ ok: true, written: false, counts: { services: 2, operations: 4 } });
    expect(imported.files.has('api.yaml')).toBe(true);
    expect(existsSync(out)).toBe(false);

    const pair = (side: string): string => join(ROOT, 'test/diff/fixtures/ops', side);
    const d = await diff({ old: pair('old'), new: pair('new'), failOn: 'breaking' });
    expect(d.ok).toBe(false);
    expect(d.caught).toBe(d.report!.summary.breaking);
    expect(JSON.parse(d.json!)).toEqual(d.report);
    expect(d.markdown).toMatch(/^## /);
    expect((await diff({ old: pair('old'), new: pair('old'), failOn: 'any' })).ok).toBe(true);
    // Inputs that are not regular files are refused, not read (a FIFO would block forever).
    const fifo = join(tmp(), 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    expect(await importSpec({ file: fifo, out: join(tmp(), 'x'), write: false })).toMatchObject({
      ok: false,
      diagnostics: [{ rule: 'input', message: 'refusing to read it: it is a FIFO (named pipe)' }],
    });
    expect((await diff({ old: fifo, new: pair('new') })).diagnostics).toMatchObject([
      { rule: 'diff-input', message: 'refusing to read it: it is a FIFO (named pipe)' },
    ]);
    const missing = await diff({ old: pair('old'), new: 'no-such-dir', cwd: ROOT });
    expect(missing).toMatchObject({
      ok: false,
      diagnostics: [{ rule: 'diff-input', message: 'no-such-dir does not exist' }],
    });
  });

  it('has typed options, results and config', () => {
    expectTypeOf(generate).parameter(0).toEqualTypeOf<GenerateOptions | undefined>();
    expectTypeOf(generate).returns.resolves.toEqualTypeOf<GenerateResult>();
    expectTypeOf<GenerateResult['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<DiffReport['changes'][number]['class']>().toEqualTypeOf<'breaking' | 'deprecation' | 'non-breaking'>();
    expectTypeOf(defineConfig).returns.toEqualTypeOf<VcgenConfig>();
    defineConfig({
      generate: { spec: 'spec/7.0.3', openapiTypes: false },
      diff: { failOn: 'breaking', format: 'json' },
    });
    // @ts-expect-error a misspelt option is a type error
    defineConfig({ generate: { outt: 'x' } });
    // @ts-expect-error failOn takes breaking, deprecation or any
    defineConfig({ diff: { failOn: 'minor' } });
    // @ts-expect-error check is a flag of a run, not a setting
    defineConfig({ generate: { check: true } });
  });
});

// The vcgen command as users run it (bin/vcgen.js over the bundled generator): help, summary,
// --check, exit codes, and that a failed run writes nothing.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir, ROOT } from '../setup/generate.js';

function vcgen(...args: string[]) {
  return vcgenWith({}, ...args);
}

function vcgenWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/vcgen.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'vcgen-cli-'));

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.js')), 'run `npm run build` first (npm test does)').toBe(true);
});

describe('vcgen', () => {
  it('prints help for the tool and for each command', () => {
    expect(vcgen('--help')).toMatchObject({ code: 0, out: expect.stringContaining('generate') });
    const g = vcgen('generate', '--help');
    expect(g.code).toBe(0);
    for (const opt of ['--spec', '--out', '--templates', '--check']) expect(g.out).toContain(opt);
    expect(vcgen('frobnicate')).toMatchObject({
      code: 1,
      err: expect.stringContaining("unknown command 'frobnicate'"),
    });
    expect(vcgen('generate', '--nope')).toMatchObject({ code: 1 });
  });

  it('prints its version with --version and -v', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(vcgen('--version')).toEqual({ code: 0, out: `vcgen ${version}\n`, err: '' });
    expect(vcgen('-v')).toEqual({ code: 0, out: `vcgen ${version}\n`, err: '' });
  });

  it('lists the exit codes in the help of the tool and of every command', () => {
    for (const args of [['--help'], ['generate', '--help'], ['import', '--help'], ['diff', '--help']]) {
      const r = vcgen(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out, args.join(' ')).toMatch(
        /\nExit codes:\n {2}0 {2}done[^\n]*\n {2}2 {2}internal error[^\n]*\n {2}1 {2}\S/,
      );
    }
  });

  it('generates a package and ends with a one-line summary of counts and stage timings', () => {
    const out = join(tmp(), 'pkg');
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(
      /2 services, 8 operations, \d+ structures, \d+ enums, \d+ files in [\d.]+ s \(load \d+ms, validate/,
    );
    expect(existsSync(join(out, 'dist/index.js'))).toBe(true);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('gives the same bytes with a worker thread and a cold or warm cache as the plain pipeline', async () => {
    const { runPipeline } = await import('../../generator/pipeline.js');
    const plain = (await runPipeline({ specDir: fixtureDir('minimal') })).files;
    const cacheDir = tmp();
    for (const run of ['cold', 'warm']) {
      const out = join(tmp(), 'pkg');
      const r = vcgenWith({ VCGEN_CACHE_DIR: cacheDir }, 'generate', '--spec', fixtureDir('minimal'), '--out', out);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(run === 'cold' ? /cache 0\/\d+ hits/ : /cache (\d+)\/\1 hits/);
      for (const [path, text] of plain) expect(readFileSync(join(out, path), 'utf8'), `${run}: ${path}`).toBe(text);
    }
  });

  // openapi-typescript's CommonJS build requires ESM-only packages, which Node cannot when
  // require(esm) is switched off: vcgen then imports it as ESM.
  it('makes the same openapi.d.ts where Node cannot require ES modules', async (ctx) => {
    if (!process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module'))
      ctx.skip(`needs a Node that has --no-experimental-require-module (20.19+, 22.12+); this is ${process.version}`);
    const { runPipeline } = await import('../../generator/pipeline.js');
    const plain = (await runPipeline({ specDir: fixtureDir('minimal') })).files;
    const out = join(tmp(), 'pkg');
    const r = spawnSync(
      process.execPath,
      [
        '--no-experimental-require-module',
        join(ROOT, 'bin/vcgen.js'),
        'generate',
        '--spec',
        fixtureDir('minimal'),
        '--out',
        out,
      ],
      { encoding: 'utf8', cwd: ROOT, timeout: 60_000, env: { ...process.env, VCGEN_CACHE_DIR: tmp() } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'dist/openapi.d.ts'), 'utf8')).toBe(plain.get('dist/openapi.d.ts'));
  });

  it('--check passes on fresh output and lists the files that would change', () => {
    const out = join(tmp(), 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    expect(vcgen('generate', '--check', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    writeFileSync(join(out, 'src/types.ts'), '// edited by hand\n');
    writeFileSync(join(out, 'src/stray.ts'), 'export {};\n');
    const r = vcgen('generate', '--check', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('changed  src/types.ts');
    expect(r.err).toContain('extra    src/stray.ts');
    expect(readFileSync(join(out, 'src/types.ts'), 'utf8')).toBe('// edited by hand\n');
  });

  it("writes the package's command scripts executable, and --check finds one that is not", (ctx) => {
    if (process.platform === 'win32') ctx.skip('Windows files have no executable bit');
    const out = join(tmp(), 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    const script = join(out, 'bin/fake.js');
    expect(statSync(script).mode & 0o777).toBe(0o755);
    expect(statSync(join(out, 'dist/index.js')).mode & 0o111).toBe(0);
    chmodSync(script, 0o644);
    const r = vcgen('generate', '--check', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('changed  bin/fake.js');
  });

  it('exits 1 on a bad spec, prints file:line:col, and leaves the previous output untouched', () => {
    const out = join(tmp(), 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    const before = readdirSync(out, { recursive: true }).sort();
    const bad = tmp();
    cpSync(fixtureDir('minimal'), bad, { recursive: true });
    writeFileSync(
      join(bad, 'cdrom.yaml'),
      readFileSync(join(bad, 'cdrom.yaml'), 'utf8').replace('type: backing_info }', 'type: nothing_here }'),
    );
    const r = vcgen('generate', '--spec', bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cdrom\.yaml:\d+:\d+: error \[unknown-type\] unknown type 'nothing_here'/);
    expect(r.err).toContain('nothing was written');
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('vcgen-tmp'))).toEqual([]);
  });

  it('leaves the previous output untouched when the run fails after files were written', () => {
    const out = join(tmp(), 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    const before = readdirSync(out, { recursive: true }).sort();
    // ids.ts is one of the smallest files, so it is formatted (and fails) after larger ones were
    // finished and written to the temporary directory.
    const dir = tmp();
    writeFileSync(join(dir, 'ids.ts.hbs'), 'export const = ;\n');
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out, '--templates', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('src/ids.ts cannot be formatted');
    expect(r.err).toContain('nothing was written');
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('vcgen-'))).toEqual([]);
  });

  it('exits at once when the spec directory does not exist (the worker started ahead is stopped)', () => {
    const t0 = Date.now();
    const r = vcgen('generate', '--spec', join(tmp(), 'nope'), '--out', join(tmp(), 'pkg'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope: error \[spec-file\] cannot read the spec directory: it does not exist/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('removes no directory it did not create when a run fails', () => {
    const parent = tmp();
    const out = join(parent, 'new', 'deeper', 'pkg');
    const dir = tmp();
    writeFileSync(join(dir, 'ids.ts.hbs'), 'export const = ;\n');
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out, '--templates', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('nothing was written');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('cleans up after a run killed with SIGKILL, at the next run', async () => {
    const parent = tmp();
    const out = join(parent, 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    // Kill a run once its temporary directory is there (files are written while others format).
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/vcgen.js'), 'generate', '--spec', fixtureDir('minimal'), '--out', out, '--no-cache'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const debris = (): string[] => readdirSync(parent).filter((n) => n.startsWith('.pkg.vcgen-'));
    const deadline = Date.now() + 30_000;
    while (!debris().length && child.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    if (!debris().length) return expect.fail('the run ended before its temporary directory was seen; nothing to test');
    expect(debris()[0]).toMatch(new RegExp(`^\\.pkg\\.vcgen-tmp-[A-Za-z0-9-]+-${child.pid}-[0-9a-f]{8}$`));
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/^vcgen: removed \.pkg\.vcgen-tmp-\S+, left by interrupted runs$/m);
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('notes in CHANGES.md a package regenerated by another vcgen version, with its changelog entries', () => {
    const out = join(tmp(), 'pkg');
    expect(vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out).code).toBe(0);
    expect(existsSync(join(out, 'CHANGES.md'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const version = (manifest.generator as string).replace('vcgen ', '');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, generator: 'vcgen 0.0.1' }));
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code, r.err).toBe(0);
    const changes = readFileSync(join(out, 'CHANGES.md'), 'utf8');
    expect(changes).toContain(`\n## ${manifest.packageVersion} — vcgen 0.0.1 → ${version}\n`);
    expect(changes).toContain(`\n### ${version}\n`);
    expect(changes).toContain('\n### 0.1.0\n');
    // vcgen's changelog has breaking runtime entries since 0.0.1, and the package kept its version.
    expect(r.err).toContain(
      `warning [package-version] vcgen 0.0.1 → ${version} changes the package's runtime incompatibly`,
    );
    const again = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out, '--check');
    expect(again.code).toBe(0);
    expect(again.err).not.toContain('package-version');
  });

  it('refuses to replace a directory that is not a generated package', () => {
    const out = tmp();
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me');
    // A file where a directory of the path should be: exit 1 with the reason, not a crash.
    const under = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', join(out, 'precious.txt', 'pkg'));
    expect(under.code).toBe(1);
    expect(under.err).toMatch(
      /error \[output-dir\] cannot write the package here: .*precious\.txt is a file, not a directory/,
    );
    expect(readdirSync(out)).toEqual(['precious.txt']);
  });

  it('--templates overrides a template by file name and rejects unknown names', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'banner.hbs'), '// Company banner for API {{apiVersion}}\n');
    const out = join(tmp(), 'pkg');
    const r = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', out, '--templates', dir);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'src/types.ts'), 'utf8')).toMatch(/^\/\/ Company banner for API 7\.0\.3\n/);
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'typo.hbs'), '');
    const bad = vcgen('generate', '--spec', fixtureDir('minimal'), '--out', join(tmp(), 'pkg'), '--templates', dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('typo.hbs does not override any template');
    expect(bad.err).not.toContain('internal error');
    // Only regular files are read: a FIFO would block the run forever.
    const fifo = tmp();
    spawnSync('mkfifo', [join(fifo, 'banner.hbs')]);
    const blocked = vcgen(
      'generate',
      '--spec',
      fixtureDir('minimal'),
      '--out',
      join(tmp(), 'pkg'),
      '--templates',
      fifo,
    );
    expect(blocked.code).toBe(1);
    expect(blocked.err).toMatch(/error \[templates\] --templates: .*banner\.hbs is not a regular file/);
  });
});

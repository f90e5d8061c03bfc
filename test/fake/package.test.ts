// The fake as part of the package: the client entry never reaches it (client bundles do not carry
// it), its in-process entry needs no Node module (it bundles for the browser), and both its
// entries load by package name.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { consumer } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

const PKG = join(ROOT, 'generated/vcenter-vm');

/** Every module a module imports, statically, transitively (specifiers as written for node: ones). */
function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.startsWith('node:')) return;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      visit(spec.startsWith('.') ? resolve(dirname(file), spec) : spec);
    }
  };
  visit(entry);
  return seen;
}

describe('the fake in the package', () => {
  it('the client entry does not import the fake', () => {
    const reached = [...graph(join(PKG, 'dist/index.js'))].map((f) => f.replace(`${PKG}/`, ''));
    expect(reached.length).toBeGreaterThan(20);
    expect(reached.filter((f) => f.startsWith('dist/fake/'))).toEqual([]);
  });

  it('the in-process entry imports no Node module, and neither the server nor the certificate code', () => {
    const reached = [...graph(join(PKG, 'dist/fake/index.js'))].map((f) => f.replace(`${PKG}/`, ''));
    expect(reached.filter((f) => !f.startsWith('dist/fake/'))).toEqual([]);
    expect(reached).not.toContain('dist/fake/server.js');
    expect(reached).not.toContain('dist/fake/cert.js');
    expect(reached).toContain('dist/fake/model.js');
  });

  it('bundles for the browser, and a client bundle carries none of it', async () => {
    const bundle = async (contents: string) =>
      (
        await build({
          stdin: { contents, resolveDir: PKG, loader: 'js' },
          bundle: true,
          platform: 'browser',
          format: 'esm',
          minify: true,
          write: false,
          logLevel: 'silent',
        })
      ).outputFiles[0]!.text;
    const fake = await bundle(`export { createFake } from './dist/fake/index.js';`);
    expect(fake).toContain('fake defect');
    const client = await bundle(`export { createClient } from './dist/index.js';`);
    expect(client).not.toContain('fake defect');
    expect(client).not.toContain('com.vmware.vcenter.vm.hardware.cdrom.backing_info');
  });

  it('loads by package name: the fake and its server', () => {
    const dir = consumer(PKG, {
      'run.mjs': `import { createClient, login } from '@vcgen/vcenter-vm';
import { createFake, DEFAULT_USER } from '@vcgen/vcenter-vm/fake';
import { startFakeServer } from '@vcgen/vcenter-vm/fake/server';
const fake = createFake();
const c = createClient({ baseUrl: 'https://vcenter.fake', fetch: fake.fetch, auth: login(DEFAULT_USER) });
const server = await startFakeServer({ fake });
const overHttp = createClient({ baseUrl: server.url, auth: login(DEFAULT_USER) });
console.log((await c.power.get(fake.vm.id)).state, (await overHttp.hardware.disk.list(fake.vm.id)).length);
await server.close();
`,
    });
    const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('POWERED_OFF 1');
  });

  it('declares the entries and the bin in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
    expect(pkg.exports['./fake']).toEqual({ types: './dist/fake/index.d.ts', default: './dist/fake/index.js' });
    expect(pkg.exports['./fake/server']).toEqual({
      types: './dist/fake/server.d.ts',
      default: './dist/fake/server.js',
    });
    expect(pkg.bin).toEqual({ 'vcenter-vm-fake': './bin/fake.js' });
    expect(pkg.files).toContain('bin');
    expect(readFileSync(join(PKG, 'bin/fake.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

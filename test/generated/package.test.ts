// The committed package generated/vcenter-vm: equal to what the generator makes of spec/7.0.3,
// clean under a strict tsc, importable by name, and the README's example compiles against it.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { compareTree } from '../../generator/write/check.js';
import { previousOutput } from '../../generator/diff/changes.js';
import { checkSources, consumer, tsc } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

const PKG = join(ROOT, 'generated/vcenter-vm');

describe('generated/vcenter-vm', () => {
  it('is exactly what the generator produces from spec/7.0.3', async () => {
    const { files, executables } = await runPipeline({
      specDir: join(ROOT, 'spec/7.0.3'),
      previous: previousOutput(PKG),
    });
    expect(files.has('CHANGES.md')).toBe(true);
    expect(executables).toEqual(['bin/fake.js']);
    // The command's script is executable as committed (git keeps the bit), so installing the
    // package by path does not change it.
    expect(compareTree(PKG, files, executables)).toEqual({ changed: [], added: [], removed: [] });
  });

  it('type-checks under strict settings', () => {
    const r = checkSources(PKG);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('runs the README example as written (type-checked against the package by name)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Using the generated package[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README has a ts example under "Using the generated package"').toBeTruthy();
    const dir = consumer(PKG, { 'example.ts': `${example}\nexport {};\n` });
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
  });

  it('loads on plain Node by package name, with its manifest', () => {
    const dir = consumer(PKG, {
      'run.mjs': `import * as pkg from '@vcgen/vcenter-vm';
import manifest from '@vcgen/vcenter-vm/manifest.json' with { type: 'json' };
import { HardwareSerialService } from '@vcgen/vcenter-vm/services/hardware/serial';
const c = pkg.createClient({ baseUrl: 'https://vc.example', sessionId: 's' });
console.log(typeof c.hardware.serial.disconnect, typeof HardwareSerialService, manifest.operations.length, manifest.apiVersion);
`,
    });
    const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function function 140 7.0.3');
  });
});

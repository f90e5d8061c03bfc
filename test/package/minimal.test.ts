// The minimal fixture's package: its sources pass a strict tsc, and a consumer that imports it
// by package name type-checks and runs on plain Node.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { checkSources, consumer, tsc } from './typecheck.js';

const PKG = join(ROOT, 'test/scenarios/__snapshots__/minimal');

describe('minimal fixture package', () => {
  it('type-checks its sources under strict settings', () => {
    const r = checkSources(PKG);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('is importable by name: types resolve through exports, plain Node runs the JS', () => {
    const dir = consumer(PKG, {
      'main.ts': `import { createClient, id, NotFoundError, type HardwareCdromInfo } from '@fixture/minimal';
const client = createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 's' });
const info: Promise<HardwareCdromInfo> = client.hardware.cdrom.get(id('VirtualMachine', 'vm-1'), id('com.vmware.vcenter.vm.hardware.Cdrom', '1'), { timeoutMs: 1 });
info.catch(() => undefined);
console.log(typeof NotFoundError, typeof client.guest.processes.create);
`,
      'run.mjs': `import * as pkg from '@fixture/minimal';
import manifest from '@fixture/minimal/manifest.json' with { type: 'json' };
console.log(Object.keys(pkg).includes('createClient'), manifest.operations.length);
`,
    });
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    const run = spawnSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('true 8');
  });
});

// README.md's first script ("Using the generated package") runs as written against the fake
// vCenter: the client it makes uses the global fetch, which the test points at the fake for the
// time of the run (test/generated/package.test.ts type-checks the same text against the package).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';
import { createFake, DEFAULT_USER } from '../fake/support.js';
import { ROOT } from '../setup/generate.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const script = /## Using the generated package[\s\S]*?```ts\n([\s\S]*?)```/.exec(README)?.[1] ?? '';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it("README's first script finds a VM by name and mounts an ISO on its drive, as written", async () => {
  expect(script).toContain("client.vms.list({ names: ['web-01'] })");
  const fake = createFake({ vms: [{ name: 'db-01' }, { name: 'web-01' }] });
  vi.stubGlobal('fetch', fake.fetch);
  vi.stubEnv('VC_PASSWORD', DEFAULT_USER.password);
  const printed: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
  const errors = vi.spyOn(console, 'error');
  const file = join(mkdtempSync(join(tmpdir(), 'vcgen-readme-')), 'first-script.ts');
  writeFileSync(file, script);
  await import(pathToFileURL(file).href);
  const web = fake.findVm('web-01')!;
  expect(errors).not.toHaveBeenCalled();
  expect(printed).toEqual([[web.id, 'POWERED_OFF', 2, 4096]]);
  expect(web.devices('cdrom')[0]!.info.backing).toEqual({ type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' });
  expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
    'POST /api/session',
    'GET /api/vcenter/vm',
    `GET /api/vcenter/vm/${web.id}/hardware/cdrom`,
    `GET /api/vcenter/vm/${web.id}/hardware/cdrom/3000`,
    `PATCH /api/vcenter/vm/${web.id}/hardware/cdrom/3000`,
    'DELETE /api/session',
  ]);
  expect(fake.activeSessions).toBe(0);
});

// The examples (examples/*.ts) type-check against the package by name, as a project of a user
// compiles them, and run against the fake vCenter through `run(client, settings)`: find a VM by
// name, attach an ISO, power on, wait for Tools and an IP, run a guest program, shut down; clone
// as a task with its progress, to a folder and datastore found by name; and an abort while
// waiting (Ctrl-C) cancels the task.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cloneTask from '../../examples/clone-task.js';
import { connect } from '../../examples/connect.js';
import * as isoAndGuest from '../../examples/iso-and-guest.js';
import { createFake, DEFAULT_USER, type Fake } from '../fake/support.js';
import { consumer, tsc } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

const EXAMPLES = join(ROOT, 'examples');
const env = { VC_URL: 'https://vcenter.fake', VC_USER: DEFAULT_USER.username, VC_PASSWORD: DEFAULT_USER.password };

/** The fake's fetch, with the fake's clock moving on by `stepMs` at each read of a task (time passes while one polls). */
function ticking(fake: Fake, stepMs: number): typeof globalThis.fetch {
  return (input, init) => {
    const url = typeof input == 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/cis\/tasks\/[^/?]+$/.test(url) && (init?.method ?? 'GET') == 'GET') fake.clock.advance(stepMs);
    return fake.fetch(input, init);
  };
}

describe('examples/', () => {
  it('type-check against the package by name (a consumer project with strict settings)', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual(['clone-task.ts', 'connect.ts', 'iso-and-guest.ts']);
    const dir = consumer(
      join(ROOT, 'generated/vcenter-vm'),
      Object.fromEntries(files.map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')])),
    );
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('iso-and-guest: ISO attached, powered on, Tools and an IP, a guest program, shut down', async () => {
    const fake = createFake({
      vms: [
        { name: 'db-01' },
        {
          name: 'web-01',
          guest: {
            files: { '/bin/uname': 'file', '/bin/false': 'file' },
            onProcess: (p) => (p.path == '/bin/false' ? 1 : 0),
          },
        },
      ],
    });
    const client = connect(env, fake.fetch);
    const lines: string[] = [];
    const settings = {
      vmName: 'web-01',
      iso: '[datastore1] iso/tools.iso',
      guest: { user: 'root', password: 'VMware1!' },
      timeoutMs: 5_000,
      log: (line: string) => lines.push(line),
    };
    const web = fake.findVm('web-01')!;
    expect(await isoAndGuest.run(client, settings)).toEqual({ vm: web.id, ip: web.guest.ipAddress, exitCode: 0 });
    expect(web.devices('cdrom')[0]!.info).toMatchObject({
      backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' },
      start_connected: true,
    });
    expect(web.power).toBe('POWERED_OFF');
    expect(fake.callsTo('power.get')[0]).toBeDefined();
    expect(fake.callsTo('guest.power.shutdown')).toHaveLength(1);
    expect(fake.callsTo('guest.processes.create')[0]!.args).toMatchObject({
      credentials: { user_name: 'root', password: '<redacted>' },
      spec: { path: '/bin/uname', arguments: '-a' },
    });
    expect(lines).toContain('/bin/uname exited with 0');
    expect(lines.at(-1)).toBe('web-01 is off');
    expect(fake.findVm('db-01')!.power).toBe('POWERED_OFF');

    // Another program, and a name that no VM has.
    const failing = await isoAndGuest.run(client, { ...settings, program: { path: '/bin/false' } });
    expect(failing.exitCode).toBe(1);
    await expect(isoAndGuest.run(client, { ...settings, vmName: 'nope' })).rejects.toThrow('no VM is named nope');
    await client.logout();
  });

  it('clone-task: the copy in the folder and datastore found by name, progress on the way', async () => {
    const fake = createFake({
      datacenters: [
        {
          name: 'DC',
          vmFolders: ['Web'],
          clusters: [{ name: 'Cluster', hosts: [{ name: 'esx-01' }] }],
          datastores: [{ name: 'datastore1' }, { name: 'datastore2' }],
          networks: [{ name: 'VM Network' }],
        },
      ],
      vms: [{ name: 'web-01' }],
      tasks: { pendingMs: 0, durationMs: 1_000 },
    });
    const client = connect(env, ticking(fake, 400));
    const lines: string[] = [];
    const vm = await cloneTask.run(client, {
      source: 'web-01',
      name: 'web-02',
      folder: 'Web',
      datastore: 'datastore2',
      powerOn: true,
      log: (line) => lines.push(line),
    });
    const copy = fake.findVm('web-02')!;
    expect(vm).toBe(copy.id);
    const ref = (kind: string, name: string) => fake.objects(kind).find((o) => o.name == name)!.id;
    expect(copy.placement).toMatchObject({ folder: ref('Folder', 'Web'), datastore: ref('Datastore', 'datastore2') });
    expect(copy.power).toBe('POWERED_ON');
    expect(lines[0]).toMatch(/^cloning web-01 to web-02: task [\w-]+:com\.vmware\.vcenter\.VM$/);
    expect(lines.slice(1)).toEqual(['RUNNING 40%', 'RUNNING 80%', 'SUCCEEDED 100%', `web-02 is ${vm}`]);
    await expect(cloneTask.run(client, { source: 'web-01', name: 'x', folder: 'Nope' })).rejects.toThrow(
      'no VM folder Nope',
    );
  });

  it('clone-task: giving up while waiting (Ctrl-C) cancels the task; nothing is made', async () => {
    const fake = createFake({ vms: [{ name: 'web-01' }] });
    const client = connect(env, ticking(fake, 100));
    const stop = new AbortController();
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      if (line.startsWith('RUNNING')) stop.abort();
    };
    await expect(
      cloneTask.run(client, { source: 'web-01', name: 'web-02', signal: stop.signal, log }),
    ).rejects.toMatchObject({
      kind: 'aborted',
    });
    const id = /task (\S+)$/.exec(lines[0]!)![1]!;
    expect(lines.at(-1)).toBe(`task ${id} cancelled`);
    expect(fake.task(id)).toMatchObject({ status: 'FAILED', error: { error_type: 'CANCELED' } });
    fake.clock.advance(60_000);
    expect(fake.findVm('web-02')).toBeUndefined();
  });
});

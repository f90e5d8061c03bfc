// The VM lifecycle through the generated client against the in-process fake, in both wire
// styles: find a VM by name, clone it as a task (PENDING → RUNNING → SUCCEEDED with progress on
// the fake's clock) and see the copy in the list; create from a hardware description (VM.get
// agrees with the hardware services), relocate, delete and unregister rules, register; a FAILED
// task rejects with the operation's typed error; cancel, abort during polling and timeout.
import { describe, expect, it } from 'vitest';
import { clientOf, createFake, vc } from './support.js';

type Client = ReturnType<typeof clientOf>;
type Fake = ReturnType<typeof createFake>;
const { id } = vc;
const fast = { intervalMs: 2, maxIntervalMs: 5 };
const typeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: Error & { type?: string; kind?: string }) => e.type ?? e.kind ?? String(e),
  );
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('resolved');
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );

/** A client whose every read of a task moves the fake's clock on by `stepMs` (time passes while it polls). */
function ticking(fake: Fake, style: 'api' | 'rest', stepMs: number): Client {
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = typeof input == 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/cis\/tasks\/[^/?]+$/.test(url) && (init?.method ?? 'GET') == 'GET') fake.clock.advance(stepMs);
    return fake.fetch(input, init);
  };
  return clientOf(fake, style, { fetch });
}

describe.each(['api', 'rest'] as const)('%s style', (style) => {
  it('find by name, clone as a task with progress, the clone appears in the list', async () => {
    const fake = createFake({ vms: [{ name: 'web-01' }], tasks: { pendingMs: 400, durationMs: 2000 } });
    const c = ticking(fake, style, 300);
    const [web] = await c.vms.list({ names: ['web-01'] });
    expect(web).toMatchObject({ name: 'web-01', power_state: 'POWERED_OFF', cpu_count: 2, memory_size_MiB: 4096 });
    expect(await c.vms.list({ names: ['web-02'] })).toEqual([]);

    const task = await c.vms.cloneTask({ source: web!.vm, name: 'web-02' });
    expect(task.operation).toBe('com.vmware.vcenter.VM.clone');
    // Nothing happens until the task has run.
    expect(fake.findVm('web-02')).toBeUndefined();
    const seen: string[] = [];
    const vm = await task.wait({
      ...fast,
      onProgress: ({ status, progress }) => seen.push(`${status}${progress ? ` ${progress.completed}` : ''}`),
    });
    expect(vm).toMatch(/^vm-\d+$/);
    // Each read is 300 ms later: pending for 400 ms, then running for 2 s, then done.
    expect(seen.slice(0, 3)).toEqual(['PENDING', 'RUNNING 10', 'RUNNING 25']);
    expect(seen.at(-1)).toBe('SUCCEEDED 100');
    const running = seen.filter((s) => s.startsWith('RUNNING')).map((s) => Number(s.split(' ')[1]));
    expect(running.length).toBeGreaterThan(3);
    expect(running).toEqual([...running].sort((a, b) => a - b)); // progress only grows
    expect(await task.info()).toMatchObject({ status: 'SUCCEEDED', result: vm, cancelable: false });

    expect((await c.vms.list()).map((s) => s.name)).toEqual(['web-01', 'web-02']);
    expect(await c.vms.list({ names: ['web-02'] })).toEqual([
      { vm, name: 'web-02', power_state: 'POWERED_OFF', cpu_count: 2, memory_size_MiB: 4096 },
    ]);
    // A copy: the same devices, new MAC addresses and UUIDs, its disk under its own name.
    const [a, b] = [await c.vms.get(web!.vm), await c.vms.get(vm)];
    expect(Object.keys(b.disks)).toEqual(Object.keys(a.disks));
    expect(b.disks['2000' as never]!.backing).toEqual({
      type: 'VMDK_FILE',
      vmdk_file: '[datastore1] web-02/web-02.vmdk',
    });
    expect(b.nics['4000' as never]!.mac_address).not.toBe(a.nics['4000' as never]!.mac_address);
    expect(b.identity!.instance_uuid).not.toBe(a.identity!.instance_uuid);
    expect(fake.findVm('web-02')!.placement).toEqual(fake.findVm('web-01')!.placement);
  });

  it('a FAILED task rejects with the typed error: a clone whose name is taken in the folder', async () => {
    const fake = createFake({ vms: [{ name: 'web-01' }, { name: 'web-02' }] });
    const c = ticking(fake, style, 600);
    const [web] = await c.vms.list({ names: ['web-01'] });
    const task = await c.vms.cloneTask({ source: web!.vm, name: 'web-02' });
    const e = await rejection(task.wait(fast));
    expect(e).toBeInstanceOf(vc.AlreadyExistsError);
    expect(e).toMatchObject({ type: 'ALREADY_EXISTS', operation: 'com.vmware.vcenter.VM.clone', task: task.id });
    expect(e.message).toMatch(/a VM named 'web-02' is already in folder group-v\d+/);
    expect(vc.isErrorOf(e, c.vms, 'clone')).toBe(true);
    expect(await task.info()).toMatchObject({ status: 'FAILED', error: { error_type: 'ALREADY_EXISTS' } });
    expect(fake.vms().map((v) => v.name)).toEqual(['web-01', 'web-02']);
    // The plain call answers the same error at once.
    expect(await typeOf(c.vms.clone({ source: web!.vm, name: 'web-02' }))).toBe('ALREADY_EXISTS');
  });

  it('cancel: the task fails CANCELED and nothing is made; a second cancel is refused', async () => {
    const fake = createFake({ vms: [{ name: 'web-01' }] });
    const c = clientOf(fake, style);
    const [web] = await c.vms.list({ names: ['web-01'] });
    const task = await c.vms.cloneTask({ source: web!.vm, name: 'web-02' });
    fake.clock.advance(300);
    expect(await task.info()).toMatchObject({ status: 'RUNNING', cancelable: true, progress: { completed: 30 } });
    await task.cancel();
    const e = await rejection(task.wait(fast));
    expect(e).toMatchObject({ type: 'CANCELED', task: task.id });
    fake.clock.advance(10_000);
    expect(fake.findVm('web-02')).toBeUndefined();
    expect(await typeOf(task.cancel())).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
  });

  it('abort during polling: rejects aborted, the task goes on; timeout says what it last saw', async () => {
    const fake = createFake({ vms: [{ name: 'web-01' }] });
    const c = clientOf(fake, style);
    const [web] = await c.vms.list({ names: ['web-01'] });
    const task = await c.vms.relocateTask(web!.vm, {
      placement: { datastore: id('Datastore', fake.objects('Datastore')[0]!.id) },
    });
    // The fake's clock does not move: the task stays PENDING → RUNNING 0 while the client polls.
    const ac = new AbortController();
    const reads = () => fake.callsTo('com.vmware.cis.tasks.get').length;
    const waiting = rejection(task.wait({ ...fast, signal: ac.signal }));
    for (let i = 0; i < 200 && reads() < 3; i++) await new Promise((r) => setTimeout(r, 5));
    ac.abort(new Error('user gave up'));
    const aborted = await waiting;
    expect(aborted).toBeInstanceOf(vc.TransportError);
    expect(aborted).toMatchObject({ kind: 'aborted', operation: 'com.vmware.vcenter.VM.relocate' });
    const after = reads();
    await new Promise((r) => setTimeout(r, 30));
    expect(reads()).toBe(after); // no read after the abort
    expect(fake.task(task.id)).toMatchObject({ status: 'RUNNING', cancelable: true });

    const timedOut = await rejection(task.wait({ ...fast, timeoutMs: 60 }));
    expect(timedOut).toMatchObject({ kind: 'timeout' });
    expect(timedOut.message).toMatch(/waited 60 ms for task .* to end; last seen: RUNNING 0 of 100/);
    fake.clock.advance(1000);
    expect(await task.wait(fast)).toBeUndefined();
  });

  it('create: a VM from a hardware description at a checked placement; VM.get agrees with the hardware services', async () => {
    const fake = createFake({ vms: [] });
    const c = clientOf(fake, style);
    const [folder] = await c.folders.list({ type: 'VIRTUAL_MACHINE', names: ['vm'] });
    const [cluster] = await c.clusters.list();
    const [ds] = await c.datastores.list({ names: ['datastore1'] });
    const [net] = await c.networks.list();
    const placement = { folder: folder!.folder, cluster: cluster!.cluster, datastore: ds!.datastore };
    const vm = await c.vms.create({
      name: 'app-01',
      guest_OS: 'RHEL_9_64',
      placement,
      cpu: { count: 4, cores_per_socket: 2 },
      memory: { size_MiB: 8192 },
      disks: [{ new_vmdk: { capacity: 40 * 2 ** 30 } }, { new_vmdk: { name: 'data', capacity: 2 ** 30 } }],
      nics: [{ backing: { type: 'STANDARD_PORTGROUP', network: net!.network }, start_connected: true }],
      cdroms: [{ backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/rhel9.iso' } }],
    });
    const info = await c.vms.get(vm);
    expect(info).toMatchObject({ name: 'app-01', guest_OS: 'RHEL_9_64', power_state: 'POWERED_OFF' });
    expect(info.cpu).toEqual(await c.hardware.cpu.get(vm));
    expect(info.cpu).toMatchObject({ count: 4, cores_per_socket: 2 });
    expect(info.memory).toEqual(await c.hardware.memory.get(vm));
    expect(info.boot).toEqual(await c.hardware.boot.get(vm));
    expect(info.hardware).toEqual(await c.hardware.get(vm));
    // Devices: a SCSI adapter for the disks, two disks on it, the NIC, an IDE CD-ROM.
    expect(Object.keys(info.scsi_adapters)).toEqual(['1000']);
    expect(Object.keys(info.disks)).toEqual(['2000', '2001']);
    for (const [disk, d] of Object.entries(info.disks))
      expect(d).toEqual(await c.hardware.disk.get(vm, id('com.vmware.vcenter.vm.hardware.Disk', disk)));
    expect(info.disks['2001' as never]).toMatchObject({
      capacity: 2 ** 30,
      backing: { vmdk_file: '[datastore1] app-01/data.vmdk' },
    });
    expect(Object.values(info.nics)[0]).toMatchObject({
      backing: { network: net!.network, network_name: 'VM Network' },
    });
    expect(Object.values(info.cdroms)[0]).toMatchObject({
      type: 'IDE',
      backing: { iso_file: '[datastore1] iso/rhel9.iso' },
    });
    expect(info.serial_ports).toEqual({});
    // Without Tools until an OS is installed.
    expect((await c.tools.get(vm)).version_status).toBe('NOT_INSTALLED');

    expect(await typeOf(c.vms.create({ name: 'app-01', guest_OS: 'RHEL_9_64', placement }))).toBe('ALREADY_EXISTS');
    expect(await typeOf(c.vms.create({ name: 'app-02', guest_OS: 'RHEL_9_64' }))).toBe('INVALID_ARGUMENT');
    const pool = id(
      'ResourcePool',
      fake.addObject('ResourcePool', 'elsewhere', { parent: fake.addObject('ClusterComputeResource', 'Other') }),
    );
    const e = await rejection(
      c.vms.create({ name: 'app-02', guest_OS: 'RHEL_9_64', placement: { ...placement, resource_pool: pool } }),
    );
    expect(e).toMatchObject({ type: 'INVALID_ARGUMENT' });
    expect(e.message).toMatch(/resource pool resgroup-\d+ is not in cluster domain-c\d+/);
    fake.setObject('esx-01.fake', { connection_state: 'NOT_RESPONDING' });
    expect(await typeOf(c.vms.create({ name: 'app-02', guest_OS: 'RHEL_9_64', placement }))).toBe(
      'RESOURCE_INACCESSIBLE',
    );
  });

  it('relocate: another host, datastore and folder; a disk of its own elsewhere; the filters follow', async () => {
    const fake = createFake({
      datacenters: [
        {
          name: 'DC',
          vmFolders: ['Web'],
          clusters: [
            { name: 'A', hosts: [{ name: 'esx-a1' }] },
            { name: 'B', hosts: [{ name: 'esx-b1' }] },
          ],
          datastores: [{ name: 'ds-a' }, { name: 'ds-b' }, { name: 'ds-c' }],
          networks: [{ name: 'VM Network' }],
        },
      ],
      vms: [{ name: 'web-01', power: 'POWERED_ON', devices: { scsi: [{}], disk: [{}, {}] } }],
    });
    const c = clientOf(fake, style);
    const [vm] = await c.vms.list({ names: ['web-01'] });
    const ref = (kind: string, name: string) => fake.objects(kind).find((o) => o.name == name)!.id;
    const [b, dsB, dsC, web] = [
      ref('ClusterComputeResource', 'B'),
      ref('Datastore', 'ds-b'),
      ref('Datastore', 'ds-c'),
      ref('Folder', 'Web'),
    ];
    expect(await c.vms.list({ clusters: [id('ClusterComputeResource', b)] })).toEqual([]);
    await c.vms.relocate(vm!.vm, {
      placement: {
        cluster: id('ClusterComputeResource', b),
        datastore: id('Datastore', dsB),
        folder: id('Folder', web),
      },
      disks: { ['2001' as never]: { datastore: id('Datastore', dsC) } },
    });
    expect(fake.vm.placement).toMatchObject({
      cluster: b,
      host: ref('HostSystem', 'esx-b1'),
      datastore: dsB,
      folder: web,
    });
    expect(fake.vm.power).toBe('POWERED_ON'); // vMotion: it keeps running
    const disks = (await c.vms.get(vm!.vm)).disks as Record<string, { backing?: { vmdk_file?: string } }>;
    expect(disks['2000']!.backing!.vmdk_file).toBe('[ds-b] web-01/web-01.vmdk');
    expect(disks['2001']!.backing!.vmdk_file).toBe('[ds-c] web-01/web-01_1.vmdk');
    expect(
      (await c.vms.list({ clusters: [id('ClusterComputeResource', b)], folders: [id('Folder', web)] })).map(
        (v) => v.vm,
      ),
    ).toEqual([vm!.vm]);
    expect(await c.vms.list({ hosts: [id('HostSystem', ref('HostSystem', 'esx-a1'))] })).toEqual([]);
    // A disk it does not have; a host that is not in the cluster.
    expect(
      await typeOf(c.vms.relocate(vm!.vm, { disks: { ['2009' as never]: { datastore: id('Datastore', dsC) } } })),
    ).toMatch(/NOT_FOUND|INVALID_ARGUMENT/);
    const wrong = { host: id('HostSystem', ref('HostSystem', 'esx-a1')), cluster: id('ClusterComputeResource', b) };
    expect(await typeOf(c.vms.relocate(vm!.vm, { placement: wrong }))).toBe('INVALID_ARGUMENT');
    // As a task: the move happens when the task completes.
    const task = await c.vms.relocateTask(vm!.vm, { placement: { datastore: id('Datastore', dsC) } });
    expect(fake.vm.placement.datastore).toBe(dsB);
    fake.clock.advance(1000);
    await task.wait(fast);
    expect(fake.vm.placement.datastore).toBe(dsC);
    // Into a folder where a VM has its name: refused (relocate documents no ALREADY_EXISTS).
    fake.addVm({ name: 'web-01', placement: { folder: 'vm' } });
    const back = { folder: id('Folder', ref('Folder', 'vm')) };
    expect(await typeOf(c.vms.relocate(vm!.vm, { placement: back }))).toBe('INVALID_ARGUMENT');
  });

  it('delete and unregister refuse a powered-on VM; unregister keeps the files, register reads them back', async () => {
    const fake = createFake({ vms: [{ name: 'web-01', power: 'POWERED_ON' }, { name: 'db-01' }] });
    const c = clientOf(fake, style);
    const [web] = await c.vms.list({ names: ['web-01'] });
    const [db] = await c.vms.list({ names: ['db-01'] });
    const e = await rejection(c.vms.delete(web!.vm));
    expect(e).toBeInstanceOf(vc.NotAllowedInCurrentStateError);
    expect(e.message).toMatch(/is powered on/);
    expect(await typeOf(c.vms.unregister(web!.vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.stop(web!.vm);
    await c.hardware.memory.update(web!.vm, { size_MiB: 2048 });
    await c.vms.unregister(web!.vm);
    expect((await c.vms.list()).map((v) => v.name)).toEqual(['db-01']);
    expect(await typeOf(c.vms.get(web!.vm))).toBe('NOT_FOUND');
    const files = fake.findVm('web-01')!;
    expect(files.registered).toBe(false);
    const vmx = files.vmx;
    expect(vmx).toBe('[datastore1] web-01/web-01.vmx');

    const [folder] = await c.folders.list({ type: 'VIRTUAL_MACHINE' });
    const [pool] = await c.resourcePools.list();
    const placement = { folder: folder!.folder, resource_pool: pool!.resource_pool };
    expect(await typeOf(c.vms.register({ datastore_path: '[datastore1] nope/nope.vmx', placement }))).toBe('NOT_FOUND');
    const [ds] = await c.datastores.list();
    expect(await typeOf(c.vms.register({ datastore: ds!.datastore, datastore_path: vmx, placement }))).toBe(
      'INVALID_ARGUMENT',
    );
    const again = await c.vms.register({
      datastore: ds!.datastore,
      path: 'web-01/web-01.vmx',
      name: 'web-01b',
      placement,
    });
    expect(again).not.toBe(web!.vm); // a new id
    expect(await c.vms.list({ names: ['web-01b'] })).toMatchObject([{ vm: again, memory_size_MiB: 2048 }]);
    expect(Object.keys((await c.vms.get(again)).disks)).toEqual(['2000']);
    expect(await typeOf(c.vms.register({ datastore_path: vmx, placement }))).toBe('ALREADY_EXISTS');

    await c.vms.delete(db!.vm);
    expect((await c.vms.list()).map((v) => v.name)).toEqual(['web-01b']);
    expect(fake.findVm('db-01')).toBeUndefined();
    expect(await typeOf(c.vms.delete(db!.vm))).toBe('NOT_FOUND');
  });

  it('instant clone: from a running source only; the new VM runs at once', async () => {
    const fake = createFake({ vms: [{ name: 'golden' }] });
    const c = clientOf(fake, style);
    const [src] = await c.vms.list({ names: ['golden'] });
    expect(await typeOf(c.vms.instantClone({ source: src!.vm, name: 'ic-01' }))).toBe('INVALID_ARGUMENT');
    await c.power.start(src!.vm);
    const vm = await c.vms.instantClone({ source: src!.vm, name: 'ic-01', disconnect_all_nics: true });
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_ON' });
    expect((await c.tools.get(vm)).run_state).toBe('RUNNING');
    expect(Object.values((await c.vms.get(vm)).nics)[0]).toMatchObject({ state: 'NOT_CONNECTED' });
  });
});

it('the same seed gives the same ids, UUIDs and MAC addresses', async () => {
  const run = async () => {
    const fake = createFake({ seed: 7, vms: [{ name: 'web-01' }] });
    const c = clientOf(fake);
    const [web] = await c.vms.list({ names: ['web-01'] });
    const vm = await c.vms.clone({ source: web!.vm, name: 'web-02' });
    const info = await c.vms.get(vm);
    return [vm, info.identity, Object.values(info.nics).map((n) => n.mac_address)];
  };
  expect(await run()).toEqual(await run());
});

// The modelled VM, through the generated client against the in-process fake: the power state
// machine and guest power, devices (keys, addresses, hot-add rules, connect/disconnect), CPU and
// memory hot add, the hardware version, VMware Tools, and guest operations.
import { describe, expect, it } from 'vitest';
import { clientOf, createFake, vc } from './support.js';

const { id } = vc;
type Client = ReturnType<typeof clientOf>;
const hw = 'com.vmware.vcenter.vm.hardware';
const creds = {
  interactive_session: false,
  type: 'USERNAME_PASSWORD',
  user_name: 'root',
  password: 'VMware1!',
} as const;

function setup(options: Parameters<typeof createFake>[0] = {}) {
  const fake = createFake(options);
  const c: Client = clientOf(fake);
  return { fake, c, vm: id('VirtualMachine', fake.vm.id) };
}

const typeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: InstanceType<typeof vc.VapiError>) => e.type,
  );

describe('power', () => {
  it('start, suspend, start, reset, stop; each refusal is the error vCenter documents', async () => {
    const { c, vm } = setup();
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_OFF', clean_power_off: true });
    expect(await typeOf(c.power.stop(vm))).toBe('ALREADY_IN_DESIRED_STATE');
    expect(await typeOf(c.power.suspend(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.power.reset(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.start(vm);
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_ON' });
    expect(await typeOf(c.power.start(vm))).toBe('ALREADY_IN_DESIRED_STATE');
    await c.power.suspend(vm);
    expect((await c.power.get(vm)).state).toBe('SUSPENDED');
    expect(await typeOf(c.power.suspend(vm))).toBe('ALREADY_IN_DESIRED_STATE');
    expect(await typeOf(c.power.reset(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.start(vm);
    await c.power.reset(vm);
    await c.power.stop(vm);
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_OFF', clean_power_off: false });
  });

  it('Tools run while the VM is on; guest power needs them, and a guest shutdown is a clean power-off', async () => {
    const { fake, c, vm } = setup();
    expect((await c.tools.get(vm)).run_state).toBe('NOT_RUNNING');
    expect(await typeOf(c.guest.power.shutdown(vm))).toBe('ALREADY_IN_DESIRED_STATE');
    expect(await typeOf(c.guest.power.reboot(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.start(vm);
    expect((await c.tools.get(vm)).run_state).toBe('RUNNING');
    expect(await c.guest.power.get(vm)).toEqual({ state: 'RUNNING', operations_ready: true });
    fake.vm.setTools('NOT_RUNNING');
    expect(await typeOf(c.guest.power.shutdown(vm))).toBe('SERVICE_UNAVAILABLE');
    expect(await c.guest.power.get(vm)).toEqual({ state: 'NOT_RUNNING', operations_ready: false });
    fake.vm.setTools('RUNNING');
    await c.guest.power.standby(vm);
    expect((await c.power.get(vm)).state).toBe('SUSPENDED');
    expect(await typeOf(c.guest.power.standby(vm))).toBe('ALREADY_IN_DESIRED_STATE');
    expect(await typeOf(c.guest.power.shutdown(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.start(vm);
    await c.guest.power.shutdown(vm);
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_OFF', clean_power_off: true });
  });

  it('a VM without Tools never runs them', async () => {
    const { fake, c, vm } = setup({ vms: [{ tools: 'NOT_INSTALLED', power: 'POWERED_ON' }] });
    expect(fake.vm.tools).toBe('NOT_INSTALLED');
    expect(await c.tools.get(vm)).toMatchObject({ run_state: 'NOT_RUNNING', version_status: 'NOT_INSTALLED' });
    expect(await typeOf(c.guest.identity.get(vm))).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('devices', () => {
  it('the default VM: a SCSI adapter, a disk on SCSI 0:0, a NIC and an IDE CD-ROM, with vCenter keys', async () => {
    const { c, vm } = setup();
    expect(await c.hardware.adapter.scsi.list(vm)).toEqual([{ adapter: '1000' }]);
    expect(await c.hardware.disk.list(vm)).toEqual([{ disk: '2000' }]);
    expect(await c.hardware.ethernet.list(vm)).toEqual([{ nic: '4000' }]);
    expect(await c.hardware.cdrom.list(vm)).toEqual([{ cdrom: '3000' }]);
    const disk = await c.hardware.disk.get(vm, id(`${hw}.Disk`, '2000'));
    expect(disk).toEqual({
      label: 'Hard disk 1',
      type: 'SCSI',
      scsi: { bus: 0, unit: 0 },
      backing: { type: 'VMDK_FILE', vmdk_file: '[datastore1] test-vm/test-vm.vmdk' },
      capacity: 16 * 2 ** 30,
    });
    expect(await c.hardware.cdrom.get(vm, id(`${hw}.Cdrom`, '3000'))).toMatchObject({
      type: 'IDE',
      ide: { primary: true, master: true },
      state: 'NOT_CONNECTED',
    });
  });

  it('keys per kind and address; a taken address is RESOURCE_IN_USE; no adapter is UNABLE_TO_ALLOCATE_RESOURCE', async () => {
    const { c, vm } = setup();
    expect(await c.hardware.disk.create(vm, { new_vmdk: { capacity: 2 ** 30 } })).toBe('2001');
    expect(await c.hardware.disk.create(vm, { type: 'SCSI', scsi: { bus: 0, unit: 8 } })).toBe('2008');
    expect(await typeOf(c.hardware.disk.create(vm, { type: 'SCSI', scsi: { bus: 0, unit: 8 } }))).toBe(
      'RESOURCE_IN_USE',
    );
    expect(await typeOf(c.hardware.disk.create(vm, { type: 'SATA' }))).toBe('UNABLE_TO_ALLOCATE_RESOURCE');
    expect(await c.hardware.adapter.sata.create(vm, {})).toBe('15000');
    expect(await c.hardware.disk.create(vm, { type: 'SATA' })).toBe('16000');
    expect(await c.hardware.cdrom.create(vm, { type: 'SATA', sata: { bus: 0 } })).toBe('16001');
    expect(await c.hardware.adapter.scsi.create(vm, { bus: 2 })).toBe('1002');
    expect(await typeOf(c.hardware.adapter.scsi.create(vm, { bus: 2 }))).toBe('RESOURCE_IN_USE');
    expect(await typeOf(c.hardware.adapter.scsi.create(vm, { bus: 4 }))).toBe('INVALID_ARGUMENT');
    expect(await c.hardware.adapter.nvme.create(vm, {})).toBe('31000');
    expect(await c.hardware.disk.create(vm, { type: 'NVME', nvme: { bus: 0 } })).toBe('32000');
    expect(await c.hardware.ethernet.create(vm, {})).toBe('4001');
    expect(await c.hardware.floppy.create(vm, {})).toBe('8000');
    expect(await c.hardware.serial.create(vm, {})).toBe('9000');
    expect(await c.hardware.parallel.create(vm, {})).toBe('10000');
    const disk = await c.hardware.disk.get(vm, id(`${hw}.Disk`, '2001'));
    expect(disk).toMatchObject({ label: 'Hard disk 2', scsi: { bus: 0, unit: 1 }, capacity: 2 ** 30 });
    for (let i = 1; i < 3; i++) await c.hardware.parallel.create(vm, {});
    expect(await typeOf(c.hardware.parallel.create(vm, {}))).toBe('UNABLE_TO_ALLOCATE_RESOURCE');
  });

  it('a running VM takes hot-pluggable devices only: NICs and SATA/SCSI disks yes, IDE and legacy ports no; nothing while suspended', async () => {
    const { c, vm } = setup({ vms: [{ power: 'POWERED_ON' }] });
    expect(await c.hardware.ethernet.create(vm, { start_connected: true })).toBe('4001');
    expect((await c.hardware.ethernet.get(vm, id(`${hw}.Ethernet`, '4001'))).state).toBe('CONNECTED');
    expect(await c.hardware.disk.create(vm, {})).toBe('2001');
    expect(await typeOf(c.hardware.disk.create(vm, { type: 'IDE' }))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.hardware.cdrom.delete(vm, id(`${hw}.Cdrom`, '3000')))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.hardware.floppy.create(vm, {}))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.hardware.serial.create(vm, {}))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.hardware.disk.delete(vm, id(`${hw}.Disk`, '2001'));
    await c.power.suspend(vm);
    expect(await typeOf(c.hardware.adapter.sata.create(vm, {}))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.hardware.disk.create(vm, {}))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
  });

  it('connect and disconnect only while powered on; start_connected devices connect at power-on', async () => {
    const { c, vm } = setup();
    const cd = id(
      `${hw}.Cdrom`,
      await c.hardware.cdrom.create(vm, {
        start_connected: true,
        backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/os.iso' },
      }),
    );
    expect(await typeOf(c.hardware.cdrom.connect(vm, cd))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect((await c.hardware.cdrom.get(vm, cd)).state).toBe('NOT_CONNECTED');
    await c.power.start(vm);
    expect((await c.hardware.cdrom.get(vm, cd)).state).toBe('CONNECTED');
    expect(await typeOf(c.hardware.cdrom.connect(vm, cd))).toBe('ALREADY_IN_DESIRED_STATE');
    await c.hardware.cdrom.disconnect(vm, cd);
    expect(await typeOf(c.hardware.cdrom.disconnect(vm, cd))).toBe('ALREADY_IN_DESIRED_STATE');
    const nic = id(`${hw}.Ethernet`, '4000');
    await c.hardware.ethernet.connect(vm, nic);
    expect((await c.hardware.ethernet.get(vm, nic)).state).toBe('CONNECTED');
    await c.power.stop(vm);
    expect((await c.hardware.ethernet.get(vm, nic)).state).toBe('NOT_CONNECTED');
  });

  it('update merges into the stored device and keeps it valid for its new case; delete forgets it', async () => {
    const { c, vm } = setup();
    const cd = id(`${hw}.Cdrom`, '3000');
    await c.hardware.cdrom.update(vm, cd, {
      backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/a.iso' },
      allow_guest_control: true,
    });
    expect(await c.hardware.cdrom.get(vm, cd)).toMatchObject({
      backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/a.iso' },
      allow_guest_control: true,
    });
    await c.hardware.cdrom.update(vm, cd, { backing: { type: 'CLIENT_DEVICE' } });
    const b = (await c.hardware.cdrom.get(vm, cd)).backing;
    expect(b).toEqual({ type: 'CLIENT_DEVICE', device_access_type: 'EMULATION' });
    await c.hardware.cdrom.delete(vm, cd);
    expect(await typeOf(c.hardware.cdrom.get(vm, cd))).toBe('NOT_FOUND');
    expect(await c.hardware.cdrom.list(vm)).toEqual([]);
  });

  it('boot order: devices must exist, and no type twice', async () => {
    const { c, vm } = setup();
    await c.hardware.boot.device.set(vm, [
      { type: 'DISK', disks: [id(`${hw}.Disk`, '2000')] },
      { type: 'ETHERNET', nic: id(`${hw}.Ethernet`, '4000') },
    ]);
    expect(await c.hardware.boot.device.get(vm)).toEqual([
      { type: 'DISK', disks: ['2000'] },
      { type: 'ETHERNET', nic: '4000' },
    ]);
    expect(await typeOf(c.hardware.boot.device.set(vm, [{ type: 'CDROM' }, { type: 'CDROM' }]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await typeOf(c.hardware.boot.device.set(vm, [{ type: 'DISK', disks: [id(`${hw}.Disk`, '2077')] }]))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('CPU, memory and the hardware version', () => {
  it('a running VM grows CPUs and memory only with hot add on; shrinking CPUs needs hot remove', async () => {
    const { fake, c, vm } = setup({
      vms: [{ power: 'POWERED_ON', memory: { size_MiB: 2048, hot_add_enabled: true } }],
    });
    expect(await typeOf(c.hardware.cpu.update(vm, { count: 4 }))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    expect(await typeOf(c.hardware.cpu.update(vm, { hot_add_enabled: true }))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.hardware.memory.update(vm, { size_MiB: 4096 });
    expect(await c.hardware.memory.get(vm)).toEqual({
      size_MiB: 4096,
      hot_add_enabled: true,
      hot_add_increment_size_MiB: 128,
      hot_add_limit_MiB: 65536,
    });
    expect(await typeOf(c.hardware.memory.update(vm, { size_MiB: 1024 }))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    fake.vm.setPower('POWERED_OFF');
    await c.hardware.cpu.update(vm, { count: 4, cores_per_socket: 2, hot_add_enabled: true });
    expect(await typeOf(c.hardware.cpu.update(vm, { count: 3 }))).toBe('INVALID_ARGUMENT');
    fake.vm.setPower('POWERED_ON');
    await c.hardware.cpu.update(vm, { count: 8 });
    expect(await c.hardware.cpu.get(vm)).toEqual({
      count: 8,
      cores_per_socket: 2,
      hot_add_enabled: true,
      hot_remove_enabled: false,
    });
    expect(await typeOf(c.hardware.cpu.update(vm, { count: 4 }))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
  });

  it('upgrades the hardware version only upwards and only powered off', async () => {
    const { fake, c, vm } = setup({ vms: [{ values: { hardware: { version: 'VMX_15' } } }] });
    expect(await typeOf(c.hardware.upgrade(vm, 'VMX_13'))).toBe('INVALID_ARGUMENT');
    expect(await typeOf(c.hardware.upgrade(vm, 'VMX_15'))).toBe('ALREADY_IN_DESIRED_STATE');
    fake.vm.setPower('POWERED_ON');
    expect(await typeOf(c.hardware.upgrade(vm))).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    fake.vm.setPower('POWERED_OFF');
    await c.hardware.upgrade(vm);
    expect(await c.hardware.get(vm)).toMatchObject({ version: 'VMX_19', upgrade_status: 'SUCCESS' });
  });

  it('a failed scheduled upgrade says why as a vAPI error value (exception), in both styles, and a later upgrade clears it', async () => {
    const why = {
      error_type: 'NOT_ALLOWED_IN_CURRENT_STATE',
      messages: [{ id: 'vm.upgrade.failed', default_message: 'The guest did not shut down cleanly.', args: [] }],
    };
    const values = { hardware: { version: 'VMX_15', upgrade_status: 'FAILED', upgrade_error: why } };
    for (const style of ['api', 'rest'] as const) {
      const fake = createFake({ vms: [{ values }] });
      const c = clientOf(fake, style);
      const vm = id('VirtualMachine', fake.vm.id);
      const info = await c.hardware.get(vm);
      expect(info).toMatchObject({ upgrade_status: 'FAILED', upgrade_error: why });
      if (vc.isCase(info, 'upgrade_status', 'FAILED'))
        expect(info.upgrade_error.messages[0]!.id).toBe('vm.upgrade.failed');
      await c.hardware.upgrade(vm);
      const after = await c.hardware.get(vm);
      expect(after).toMatchObject({ upgrade_status: 'SUCCESS' });
      expect(after).not.toHaveProperty('upgrade_error');
    }
    // Made up when a test sets only the status.
    const failed = setup({ vms: [{ values: { hardware: { upgrade_status: 'FAILED' } } }] });
    const made = await failed.c.hardware.get(failed.vm);
    expect(made).toMatchObject({ upgrade_status: 'FAILED', upgrade_error: { messages: expect.any(Array) } });
  });
});

describe('guest operations', () => {
  it('need the VM on, Tools running and credentials the guest accepts', async () => {
    const { fake, c, vm } = setup();
    const start = () => c.guest.processes.create(vm, creds, { path: '/bin/sh', arguments: '-c true' });
    expect(await typeOf(start())).toBe('NOT_ALLOWED_IN_CURRENT_STATE');
    await c.power.start(vm);
    fake.vm.setTools('NOT_RUNNING');
    expect(await typeOf(start())).toBe('SERVICE_UNAVAILABLE');
    fake.vm.setTools('RUNNING');
    expect(await typeOf(c.guest.processes.create(vm, { ...creds, password: 'wrong' }, { path: '/bin/sh' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(typeof (await start())).toBe('number');
  });

  it('processes run what the handler decides, on the fake clock; an unknown pid is NOT_FOUND with the pid as data', async () => {
    const { fake, c, vm } = setup({ vms: [{ power: 'POWERED_ON' }] });
    const seen: string[] = [];
    fake.vm.guest.onProcess = (p) => {
      seen.push(`${p.user} ${p.path} ${p.arguments}`);
      return p.arguments.includes('fail') ? { exitCode: 3, durationMs: 5000 } : 0;
    };
    const ok = await c.guest.processes.create(vm, creds, { path: '/bin/sh', arguments: '-c ok' });
    expect(await c.guest.processes.get(vm, creds, ok)).toMatchObject({ name: 'sh', owner: 'root', exit_code: 0 });
    const slow = await c.guest.processes.create(vm, creds, { path: '/bin/sh', arguments: '-c fail' });
    expect(await c.guest.processes.get(vm, creds, slow)).not.toHaveProperty('exit_code');
    fake.clock.advance(5000);
    expect(await c.guest.processes.get(vm, creds, slow)).toMatchObject({
      exit_code: 3,
      finished: '2024-01-01T00:00:05.000Z',
    });
    expect((await c.guest.processes.list(vm, creds)).map((p) => p.pid)).toEqual([ok, slow]);
    expect(seen).toEqual(['root /bin/sh -c ok', 'root /bin/sh -c fail']);
    const e = (await c.guest.processes.get(vm, creds, 424242).catch((x: unknown) => x)) as InstanceType<
      typeof vc.NotFoundError
    >;
    expect(e).toBeInstanceOf(vc.NotFoundError);
    expect(e.data).toEqual({ pid: 424242 });
    expect(await typeOf(c.guest.processes.create(vm, creds, { path: '/usr/bin/missing' }))).toBe('NOT_FOUND');
  });

  it('files and directories: create, list with a pattern and pages, move, delete, the documented refusals', async () => {
    const { c, vm } = setup({
      vms: [
        {
          power: 'POWERED_ON',
          guest: { files: { '/srv': 'directory', '/srv/a.log': 10, '/srv/b.log': 20, '/srv/c.txt': 'file' } },
        },
      ],
    });
    const fs = c.guest.filesystem;
    const page = await fs.files.list(vm, creds, '/srv', { size: 1 }, { match_pattern: '\\.log$' });
    expect(page).toEqual({
      files: [{ filename: 'a.log', type: 'FILE', size: 10 }],
      total: 2,
      start_index: 0,
      end_index: 0,
      status: 'READY',
    });
    expect((await fs.files.list(vm, creds, '/srv', { index: 1, size: 5 }, { match_pattern: '\\.log$' })).status).toBe(
      'END_OF_DATA',
    );
    await fs.directories.create(vm, creds, '/srv/x/y', true);
    expect(await typeOf(fs.directories.create(vm, creds, '/srv/x/y'))).toBe('ALREADY_EXISTS');
    expect(await typeOf(fs.directories.create(vm, creds, '/nope/z'))).toBe('NOT_FOUND');
    expect(await typeOf(fs.directories.delete(vm, creds, '/srv/x'))).toBe('RESOURCE_IN_USE');
    await fs.directories.delete(vm, creds, '/srv/x', true);
    await fs.files.move(vm, creds, '/srv/a.log', '/srv/b.log', true);
    expect(await typeOf(fs.files.move(vm, creds, '/srv/b.log', '/srv/c.txt'))).toBe('ALREADY_EXISTS');
    expect((await fs.files.get(vm, creds, '/srv/b.log')).size).toBe(10);
    const tmp = await fs.files.createTemporary(vm, creds, 'job-', '.tmp');
    expect(tmp).toMatch(/^\/tmp\/job-[0-9a-f]{8}\.tmp$/);
    await fs.files.delete(vm, creds, tmp);
    expect(await typeOf(fs.files.get(vm, creds, tmp))).toBe('NOT_FOUND');
    const url = await fs.transfers.create(vm, creds, {
      path: '/srv/upload.bin',
      attributes: { size: 4, overwrite: false },
    });
    expect(url).toMatch(/^https:\/\/esx-01\.fake\/guestFile\?id=\d+&token=[0-9a-f]+$/);
    expect((await fs.files.get(vm, creds, '/srv/upload.bin')).size).toBe(4);
  });

  it('environment variables and what the guest reports', async () => {
    const { c, vm } = setup({
      vms: [{ name: 'web-01', power: 'POWERED_ON', guest: { env: { APP: 'web' }, ipAddress: '10.1.2.3' } }],
    });
    expect(await c.guest.environment.get(vm, creds, 'APP')).toBe('web');
    expect(await typeOf(c.guest.environment.get(vm, creds, 'NOPE'))).toBe('NOT_FOUND');
    expect(await c.guest.environment.list(vm, creds, ['APP', 'PATH'])).toEqual({ APP: 'web', PATH: '/usr/bin:/bin' });
    expect(await c.guest.identity.get(vm)).toMatchObject({
      name: 'UBUNTU_64',
      family: 'LINUX',
      host_name: 'web-01',
      ip_address: '10.1.2.3',
    });
    const nics = await c.guest.networking.interfaces.list(vm);
    expect(nics[0]).toMatchObject({
      nic: '4000',
      ip: { ip_addresses: [{ ip_address: '10.1.2.3', prefix_length: 24 }] },
    });
  });
});

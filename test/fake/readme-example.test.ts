// The example of README.md's "Testing your code against the fake", as written there (only the
// package's import specifiers point at the committed package): readme.test.ts keeps the two equal.
import { describe, expect, it } from 'vitest';
import {
  createClient,
  id,
  login,
  ResourceBusyError,
  type Id,
  type VcenterVmClient,
} from '../../generated/vcenter-vm/dist/index.js';
import { createFake, DEFAULT_USER } from '../../generated/vcenter-vm/dist/fake/index.js';

/** The code under test: boots a VM from an ISO image on its first CD-ROM drive. */
async function bootFromIso(client: VcenterVmClient, vm: Id<'VirtualMachine'>, iso: string): Promise<void> {
  const [first] = await client.hardware.cdrom.list(vm);
  if (!first) throw new Error(`${vm} has no CD-ROM drive`);
  await client.hardware.cdrom.update(vm, first.cdrom, {
    backing: { type: 'ISO_FILE', iso_file: iso },
    start_connected: true,
  });
  await client.power.start(vm);
}

describe('bootFromIso', () => {
  const setup = () => {
    const fake = createFake({ vms: [{ name: 'web-01' }] }); // powered off, with a disk, a NIC and a CD-ROM
    const client = createClient({ baseUrl: 'https://vcenter.fake', fetch: fake.fetch, auth: login(DEFAULT_USER) });
    return { fake, client, vm: id('VirtualMachine', fake.vm.id) };
  };

  it('mounts the ISO and powers the VM on', async () => {
    const { fake, client, vm } = setup();
    await bootFromIso(client, vm, '[datastore1] iso/ubuntu.iso');
    expect(fake.vm.power).toBe('POWERED_ON');
    expect(fake.vm.devices('cdrom')[0]!.info).toMatchObject({
      backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/ubuntu.iso' },
      state: 'CONNECTED', // start_connected drives connect at power-on
    });
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/session',
      `GET /api/vcenter/vm/${vm}/hardware/cdrom`,
      `PATCH /api/vcenter/vm/${vm}/hardware/cdrom/3000`,
      `POST /api/vcenter/vm/${vm}/power`,
    ]);
  });

  it('passes on a busy host as the typed error', async () => {
    const { fake, client, vm } = setup();
    fake.fail('power.start', { type: 'RESOURCE_BUSY', message: 'the host is entering maintenance mode' });
    await expect(bootFromIso(client, vm, '[datastore1] iso/ubuntu.iso')).rejects.toBeInstanceOf(ResourceBusyError);
    expect(fake.callsTo('power.start')).toMatchObject([{ status: 500, error: 'RESOURCE_BUSY' }]);
    expect(fake.vm.power).toBe('POWERED_OFF');
  });
});

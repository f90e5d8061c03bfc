// The VM itself and the placement inventory of the real generated client (generated/vcenter-vm)
// against a server on 127.0.0.1, in both wire styles: list filters with several values, the
// create, clone and relocate bodies, query parameters beside a path, results unwrapped.
import { afterEach, describe, expect, it } from 'vitest';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { startServer, type Handler, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function client(handler: Handler, style: 'api' | 'rest' = 'api') {
  server = await startServer(handler);
  return {
    c: vc.createClient({ baseUrl: server.url, sessionId: 'sess-1', style: style === 'rest' ? vc.rest : vc.api }),
    s: server,
  };
}
/** /rest wraps results in `{ value }`; a string result is JSON text (the server sends strings as they are). */
const answer = (style: 'api' | 'rest', body: unknown) =>
  style === 'rest' ? { value: body } : typeof body === 'string' ? JSON.stringify(body) : body;

const summary = { vm: 'vm-42', name: 'web 01', power_state: 'POWERED_ON', cpu_count: 2, memory_size_MiB: 4096 };
const folder = vc.id('Folder', 'group-v3');
const pool = vc.id('ResourcePool', 'resgroup-8');
const ds = vc.id('Datastore', 'datastore-11');

describe.each(['api', 'rest'] as const)('%s style', (style) => {
  it('vms.list: one filter object; lists as repeated or numbered query parameters', async () => {
    const { c, s } = await client(() => ({ body: answer(style, [summary]) }), style);
    const found = await c.vms.list({
      names: ['web 01', 'db&02'],
      power_states: ['POWERED_ON', 'SUSPENDED'],
      folders: [folder],
    });
    expect(found).toEqual([summary]);
    expect(s.requests[0]!.method).toBe('GET');
    expect(s.requests[0]!.url).toBe(
      style === 'api'
        ? '/api/vcenter/vm?names=web%2001&names=db%2602&power_states=POWERED_ON&power_states=SUSPENDED&folders=group-v3'
        : '/rest/vcenter/vm?filter.names.1=web%2001&filter.names.2=db%2602&filter.power_states.1=POWERED_ON&filter.power_states.2=SUSPENDED&filter.folders.1=group-v3',
    );
    // No filter: every VM; an empty filter sends nothing either.
    await c.vms.list();
    await c.vms.list({ names: [] });
    expect(s.requests.slice(1).map((r) => r.url)).toEqual(
      style === 'api' ? ['/api/vcenter/vm', '/api/vcenter/vm'] : ['/rest/vcenter/vm', '/rest/vcenter/vm'],
    );
  });

  it('the inventory filters: a scalar field, and ids of several resource types', async () => {
    const { c, s } = await client(() => ({ body: answer(style, []) }), style);
    await c.folders.list({ type: 'VIRTUAL_MACHINE', parent_folders: [folder, vc.id('Folder', 'group-v9')] });
    await c.hosts.list({ standalone: false, connection_states: ['CONNECTED'] });
    await c.datastores.list({ types: ['VMFS', 'NFS41'], datacenters: [vc.id('Datacenter', 'datacenter-2')] });
    expect(s.requests.map((r) => r.url)).toEqual(
      style === 'api'
        ? [
            '/api/vcenter/folder?type=VIRTUAL_MACHINE&parent_folders=group-v3&parent_folders=group-v9',
            '/api/vcenter/host?standalone=false&connection_states=CONNECTED',
            '/api/vcenter/datastore?types=VMFS&types=NFS41&datacenters=datacenter-2',
          ]
        : [
            '/rest/vcenter/folder?filter.type=VIRTUAL_MACHINE&filter.parent_folders.1=group-v3&filter.parent_folders.2=group-v9',
            '/rest/vcenter/host?filter.standalone=false&filter.connection_states.1=CONNECTED',
            '/rest/vcenter/datastore?filter.types.1=VMFS&filter.types.2=NFS41&filter.datacenters.1=datacenter-2',
          ],
    );
  });

  it('vms.create: the spec is the whole /api body, wrapped in { spec } on /rest; the id comes back', async () => {
    const { c, s } = await client(() => ({ status: style === 'api' ? 201 : 200, body: answer(style, 'vm-77') }), style);
    const spec: vc.VmCreateSpec = {
      guest_OS: 'UBUNTU_64',
      name: 'web-02',
      placement: { folder, resource_pool: pool, datastore: ds },
      memory: { size_MiB: 2048 },
      cdroms: [{ backing: { type: 'ISO_FILE', iso_file: '[ds1] iso/ubuntu.iso' } }],
    };
    const created = await c.vms.create(spec);
    expect(created).toBe('vm-77');
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: `/${style}/vcenter/vm` });
    expect(JSON.parse(s.requests[0]!.body)).toEqual(style === 'api' ? spec : { spec });
  });

  it('vms.clone and vms.relocate: bodies with maps of disks, the action in the query', async () => {
    const { c, s } = await client(
      (r) => (r.url.includes('clone') ? { body: answer(style, 'vm-78') } : { status: style === 'api' ? 204 : 200 }),
      style,
    );
    const disk = vc.id('com.vmware.vcenter.vm.hardware.Disk', '2000');
    const clone: vc.VmCloneSpec = {
      source: vc.id('VirtualMachine', 'vm-42'),
      name: 'web-03',
      placement: { folder, datastore: ds },
      disks_to_update: { [disk]: { datastore: vc.id('Datastore', 'datastore-12') } },
      power_on: true,
    };
    await expect(c.vms.clone(clone)).resolves.toBe('vm-78');
    await expect(
      c.vms.relocate(vc.id('VirtualMachine', 'vm-42'), { placement: { resource_pool: pool } }),
    ).resolves.toBeUndefined();
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST /${style}/vcenter/vm?action=clone`,
      `POST /${style}/vcenter/vm/vm-42?action=relocate`,
    ]);
    // /rest sends a map as the list of its entries.
    const restClone = {
      ...clone,
      disks_to_update: [{ key: disk, value: { datastore: 'datastore-12' } }],
    };
    expect(JSON.parse(s.requests[0]!.body)).toEqual(style === 'api' ? clone : { spec: restClone });
    expect(JSON.parse(s.requests[1]!.body)).toEqual(
      style === 'api' ? { placement: { resource_pool: pool } } : { spec: { placement: { resource_pool: pool } } },
    );
  });

  it('a query parameter beside a path parameter: datacenters.delete(dc, force)', async () => {
    const { c, s } = await client(() => ({ status: style === 'api' ? 204 : 200 }), style);
    await c.datacenters.delete(vc.id('Datacenter', 'datacenter-2'), true);
    await c.datacenters.delete(vc.id('Datacenter', 'datacenter-3'));
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `DELETE /${style}/vcenter/datacenter/datacenter-2?force=true`,
      `DELETE /${style}/vcenter/datacenter/datacenter-3`,
    ]);
  });

  it('vms.get: the whole configuration, typed down to every device', async () => {
    const info = {
      guest_OS: 'UBUNTU_64',
      name: 'web-01',
      power_state: 'POWERED_OFF',
      hardware: { version: 'VMX_19', upgrade_policy: 'NEVER', upgrade_status: 'NONE' },
      boot: { type: 'BIOS', delay: 0, retry: false, retry_delay: 10000, enter_setup_mode: false },
      boot_devices: [],
      cpu: { count: 2, cores_per_socket: 1, hot_add_enabled: false, hot_remove_enabled: false },
      memory: { size_MiB: 4096, hot_add_enabled: false },
      disks: {},
      nics: {},
      cdroms: {
        '3000': {
          type: 'SATA',
          label: 'CD/DVD drive 1',
          sata: { bus: 0, unit: 0 },
          start_connected: false,
          allow_guest_control: true,
          backing: { type: 'CLIENT_DEVICE', device_access_type: 'PASSTHRU' },
          state: 'NOT_CONNECTED',
        },
      },
      floppies: {},
      parallel_ports: {},
      serial_ports: {},
      sata_adapters: {},
      scsi_adapters: {},
    };
    const { c, s } = await client(() => ({ body: answer(style, info) }), style);
    const got = await c.vms.get(vc.id('VirtualMachine', 'vm-42'));
    expect(got).toEqual(info);
    expect(s.requests[0]!.url).toBe(`/${style}/vcenter/vm/vm-42`);
  });
});

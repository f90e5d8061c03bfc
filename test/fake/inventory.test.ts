// The placement inventory through the generated client against the fake: a fixture of two
// datacenters, every filter field of every list (ids, names, folders, parents, datacenters,
// clusters, hosts, pools, types, states, standalone; fields ANDed, values ORed, empty = all), the
// gets, and the operations that change it: datacenters, hosts (connection state), resource pools.
import { describe, expect, it } from 'vitest';
import { clientOf, createFake, vc } from './support.js';

const { id } = vc;
const typeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { type?: string }) => e.type ?? String(e),
  );
const names = (list: { name: string }[]) => list.map((o) => o.name);

function setup(style: 'api' | 'rest' = 'api') {
  const fake = createFake({
    datacenters: [
      {
        name: 'East',
        vmFolders: ['Web/Prod', 'Db'],
        hostFolders: ['Edge'],
        clusters: [
          {
            name: 'Compute',
            hosts: [{ name: 'esx-e1' }, { name: 'esx-e2', connection: 'DISCONNECTED' }],
            resourcePools: [{ name: 'Gold', resourcePools: [{ name: 'Gold-A' }] }, { name: 'Silver' }],
          },
        ],
        hosts: [{ name: 'esx-edge', folder: 'Edge', power: 'STANDBY' }],
        datastores: [
          { name: 'vsan-e', type: 'VSAN' },
          { name: 'nfs-e', type: 'NFS', accessible: false },
        ],
        networks: [{ name: 'VM Network' }, { name: 'dv-web', type: 'DISTRIBUTED_PORTGROUP' }],
      },
      {
        name: 'West',
        clusters: [{ name: 'Compute', drs: false, hosts: [{ name: 'esx-w1', connection: 'NOT_RESPONDING' }] }],
        datastores: [{ name: 'vmfs-w' }],
        networks: [{ name: 'VM Network' }],
      },
    ],
    vms: [
      { name: 'web-01', power: 'POWERED_ON', placement: { folder: 'Prod', resourcePool: 'Gold-A' } },
      { name: 'web-02', placement: { folder: 'Prod', resourcePool: 'Silver' } },
      { name: 'db-01', power: 'SUSPENDED', placement: { folder: 'Db', host: 'esx-edge' } },
      { name: 'w-01', placement: { datastore: 'vmfs-w' } },
    ],
  });
  const ref = (kind: string, name: string, n = 0) => fake.objects(kind).filter((o) => o.name == name)[n]!.id;
  return { fake, c: clientOf(fake, style), ref };
}

describe.each(['api', 'rest'] as const)('%s style: list filters', (style) => {
  it('VMs: every field of the filter, ANDed; values within a field ORed; unset or empty match all', async () => {
    const { c, ref } = setup(style);
    const [east, west] = [id('Datacenter', ref('Datacenter', 'East')), id('Datacenter', ref('Datacenter', 'West'))];
    expect(names(await c.vms.list())).toEqual(['web-01', 'web-02', 'db-01', 'w-01']);
    expect(names(await c.vms.list({}))).toHaveLength(4);
    expect(names(await c.vms.list({ names: [] }))).toHaveLength(4);
    expect(names(await c.vms.list({ names: ['db-01', 'w-01', 'nope'] }))).toEqual(['db-01', 'w-01']);
    const web01 = (await c.vms.list({ names: ['web-01'] }))[0]!.vm;
    expect(names(await c.vms.list({ vms: [web01] }))).toEqual(['web-01']);
    expect(names(await c.vms.list({ folders: [id('Folder', ref('Folder', 'Prod'))] }))).toEqual(['web-01', 'web-02']);
    // `folders`: directly in; the parent folder holds no VM itself.
    expect(await c.vms.list({ folders: [id('Folder', ref('Folder', 'Web'))] })).toEqual([]);
    expect(names(await c.vms.list({ datacenters: [east] }))).toEqual(['web-01', 'web-02', 'db-01']);
    expect(names(await c.vms.list({ datacenters: [west] }))).toEqual(['w-01']);
    expect(names(await c.vms.list({ datacenters: [east, west], power_states: ['POWERED_OFF'] }))).toEqual([
      'web-02',
      'w-01',
    ]);
    expect(names(await c.vms.list({ power_states: ['SUSPENDED', 'POWERED_ON'] }))).toEqual(['web-01', 'db-01']);
    const eastCluster = id('ClusterComputeResource', ref('ClusterComputeResource', 'Compute', 0));
    expect(names(await c.vms.list({ clusters: [eastCluster] }))).toEqual(['web-01', 'web-02']);
    expect(names(await c.vms.list({ hosts: [id('HostSystem', ref('HostSystem', 'esx-edge'))] }))).toEqual(['db-01']);
    expect(names(await c.vms.list({ hosts: [id('HostSystem', ref('HostSystem', 'esx-e1'))] }))).toEqual([
      'web-01',
      'web-02',
    ]);
    const gold = id('ResourcePool', ref('ResourcePool', 'Gold-A'));
    expect(names(await c.vms.list({ resource_pools: [gold] }))).toEqual(['web-01']);
    expect(await c.vms.list({ resource_pools: [gold], power_states: ['POWERED_OFF'] })).toEqual([]);
    expect(await typeOf(c.vms.list({ power_states: ['OFF' as never] }))).toBe('INVALID_ARGUMENT');
  });

  it('folders, datacenters, clusters, hosts, pools, datastores and networks', async () => {
    const { c, ref } = setup(style);
    const east = id('Datacenter', ref('Datacenter', 'East'));
    const root = id('Folder', ref('Folder', 'Datacenters'));
    expect(names(await c.folders.list({ type: 'VIRTUAL_MACHINE', datacenters: [east] }))).toEqual([
      'vm',
      'Web',
      'Prod',
      'Db',
    ]);
    expect(names(await c.folders.list({ parent_folders: [id('Folder', ref('Folder', 'Web'))] }))).toEqual(['Prod']);
    expect(await c.folders.list({ names: ['Prod'] })).toEqual([
      { folder: ref('Folder', 'Prod'), name: 'Prod', type: 'VIRTUAL_MACHINE' },
    ]);
    expect(names(await c.folders.list({ type: 'DATACENTER' }))).toEqual(['Datacenters']);
    expect(names(await c.datacenters.list({ folders: [root] }))).toEqual(['East', 'West']);
    expect(names(await c.datacenters.list({ names: ['West'] }))).toEqual(['West']);
    expect(await c.datacenters.get(east)).toEqual({
      name: 'East',
      vm_folder: ref('Folder', 'vm', 0),
      host_folder: ref('Folder', 'host', 0),
      datastore_folder: ref('Folder', 'datastore', 0),
      network_folder: ref('Folder', 'network', 0),
    });
    expect(await c.clusters.list({ datacenters: [id('Datacenter', ref('Datacenter', 'West'))] })).toEqual([
      { cluster: ref('ClusterComputeResource', 'Compute', 1), name: 'Compute', ha_enabled: true, drs_enabled: false },
    ]);
    const compute = id('ClusterComputeResource', ref('ClusterComputeResource', 'Compute', 0));
    expect(await c.clusters.get(compute)).toEqual({
      name: 'Compute',
      resource_pool: ref('ResourcePool', 'Resources', 0),
    });
    expect(await c.hosts.list({ clusters: [compute] })).toEqual([
      { host: ref('HostSystem', 'esx-e1'), name: 'esx-e1', connection_state: 'CONNECTED', power_state: 'POWERED_ON' },
      { host: ref('HostSystem', 'esx-e2'), name: 'esx-e2', connection_state: 'DISCONNECTED' },
    ]);
    expect(names(await c.hosts.list({ standalone: true }))).toEqual(['esx-edge']);
    expect(names(await c.hosts.list({ standalone: false, datacenters: [east] }))).toEqual(['esx-e1', 'esx-e2']);
    expect(names(await c.hosts.list({ folders: [id('Folder', ref('Folder', 'Edge'))] }))).toEqual(['esx-edge']);
    expect(names(await c.hosts.list({ connection_states: ['DISCONNECTED', 'NOT_RESPONDING'] }))).toEqual([
      'esx-e2',
      'esx-w1',
    ]);
    expect((await c.hosts.list({ names: ['esx-edge'] }))[0]).toMatchObject({ power_state: 'STANDBY' });
    const gold = id('ResourcePool', ref('ResourcePool', 'Gold'));
    expect(names(await c.resourcePools.list({ parent_resource_pools: [gold] }))).toEqual(['Gold-A']);
    expect(names(await c.resourcePools.list({ clusters: [compute] }))).toEqual([
      'Resources',
      'Gold',
      'Gold-A',
      'Silver',
    ]);
    expect(names(await c.resourcePools.list({ hosts: [id('HostSystem', ref('HostSystem', 'esx-edge'))] }))).toEqual([
      'Resources',
    ]);
    expect(await c.resourcePools.get(gold)).toMatchObject({
      name: 'Gold',
      resource_pools: [ref('ResourcePool', 'Gold-A')],
    });
    expect(await c.datastores.list({ types: ['VSAN', 'NFS'] })).toEqual([
      { datastore: ref('Datastore', 'vsan-e'), name: 'vsan-e', type: 'VSAN', capacity: 2 ** 41, free_space: 2 ** 40 },
      { datastore: ref('Datastore', 'nfs-e'), name: 'nfs-e', type: 'NFS', capacity: 2 ** 41, free_space: 2 ** 40 },
    ]);
    expect(await c.datastores.get(id('Datastore', ref('Datastore', 'nfs-e')))).toMatchObject({ accessible: false });
    expect(names(await c.networks.list({ names: ['VM Network'] }))).toEqual(['VM Network', 'VM Network']);
    expect(await c.networks.list({ types: ['DISTRIBUTED_PORTGROUP'] })).toEqual([
      { network: expect.stringMatching(/^dvportgroup-\d+$/), name: 'dv-web', type: 'DISTRIBUTED_PORTGROUP' },
    ]);
    expect(
      names(await c.networks.list({ datacenters: [east], folders: [id('Folder', ref('Folder', 'network', 0))] })),
    ).toEqual(['VM Network', 'dv-web']);
  });
});

describe('changing the inventory', () => {
  it('datacenters: made in a folder of datacenters with their folders; deleted when empty, or forced', async () => {
    const { fake, c, ref } = setup();
    const root = id('Folder', ref('Folder', 'Datacenters'));
    expect(await typeOf(c.datacenters.create({ name: 'North' }))).toBe('INVALID_ARGUMENT');
    expect(await typeOf(c.datacenters.create({ name: 'North', folder: id('Folder', ref('Folder', 'Db')) }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await typeOf(c.datacenters.create({ name: 'East', folder: root }))).toBe('ALREADY_EXISTS');
    const north = await c.datacenters.create({ name: 'North', folder: root });
    expect(north).toMatch(/^datacenter-\d+$/);
    const info = await c.datacenters.get(north);
    expect(info.vm_folder).toMatch(/^group-v\d+$/);
    expect(info.host_folder).toMatch(/^group-h\d+$/);
    expect(names(await c.folders.list({ datacenters: [north] }))).toEqual(['vm', 'host', 'datastore', 'network']);
    await c.datacenters.delete(north);
    expect(await typeOf(c.datacenters.get(north))).toBe('NOT_FOUND');
    const east = id('Datacenter', ref('Datacenter', 'East'));
    expect(await typeOf(c.datacenters.delete(east))).toBe('RESOURCE_IN_USE');
    expect(await typeOf(c.datacenters.delete(east, false))).toBe('RESOURCE_IN_USE');
    await c.datacenters.delete(east, true);
    expect(names(await c.vms.list())).toEqual(['w-01']);
    expect(fake.objects('HostSystem').map((h) => h.name)).toEqual(['esx-w1']);
  });

  it('hosts: added to a host folder, connected and disconnected, removed only outside clusters', async () => {
    const { c, ref } = setup('rest');
    const spec = {
      hostname: 'esx-new.example.com',
      user_name: 'root',
      password: 'secret',
      thumbprint_verification: 'NONE',
    } as const;
    const hostFolder = id('Folder', ref('Folder', 'host', 0));
    expect(await typeOf(c.hosts.create({ ...spec, folder: id('Folder', ref('Folder', 'Db')) }))).toBe(
      'INVALID_ELEMENT_TYPE',
    );
    expect(
      await typeOf(
        c.hosts.create({ ...spec, folder: hostFolder, thumbprint_verification: 'THUMBPRINT', thumbprint: 'ab:cd' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const host = await c.hosts.create({
      ...spec,
      folder: hostFolder,
      thumbprint_verification: 'THUMBPRINT',
      thumbprint: Array(20).fill('a1').join(':'),
    });
    expect(await c.hosts.list({ names: ['esx-new.example.com'] })).toEqual([
      { host, name: 'esx-new.example.com', connection_state: 'CONNECTED', power_state: 'POWERED_ON' },
    ]);
    // A host outside clusters has a root resource pool of its own.
    expect(names(await c.resourcePools.list({ hosts: [host] }))).toEqual(['Resources']);
    expect(await typeOf(c.hosts.create({ ...spec, folder: hostFolder }))).toBe('ALREADY_EXISTS');
    expect(await typeOf(c.hosts.connect(host))).toBe('ALREADY_IN_DESIRED_STATE');
    await c.hosts.disconnect(host);
    expect((await c.hosts.list({ hosts: [host] }))[0]).toEqual({
      host,
      name: spec.hostname,
      connection_state: 'DISCONNECTED',
    });
    expect(await typeOf(c.hosts.disconnect(host))).toBe('ALREADY_IN_DESIRED_STATE');
    await c.hosts.connect(host);
    await c.hosts.delete(host);
    expect(await c.hosts.list({ hosts: [host] })).toEqual([]);
    expect(await typeOf(c.hosts.delete(id('HostSystem', ref('HostSystem', 'esx-e1'))))).toBe('RESOURCE_IN_USE');
  });

  it('resource pools: made in a parent with allocations it can grant, updated, deleted (never a root) with VMs moving up', async () => {
    const { fake, c, ref } = setup();
    const gold = id('ResourcePool', ref('ResourcePool', 'Gold'));
    const root = id('ResourcePool', ref('ResourcePool', 'Resources', 0));
    await c.resourcePools.update(gold, { name: 'Gold', cpu_allocation: { limit: 4000 } });
    expect(
      await typeOf(c.resourcePools.create({ name: 'big', parent: gold, cpu_allocation: { reservation: 8000 } })),
    ).toBe('UNABLE_TO_ALLOCATE_RESOURCE');
    expect(
      await typeOf(
        c.resourcePools.create({ name: 'odd', parent: gold, memory_allocation: { reservation: 10, limit: 5 } }),
      ),
    ).toBe('INVALID_ARGUMENT');
    const small = await c.resourcePools.create({
      name: 'small',
      parent: gold,
      cpu_allocation: { reservation: 1000, shares: { level: 'CUSTOM', shares: 3000 } },
    });
    expect(await c.resourcePools.get(small)).toMatchObject({
      name: 'small',
      resource_pools: [],
      cpu_allocation: {
        reservation: 1000,
        limit: -1,
        expandable_reservation: true,
        shares: { level: 'CUSTOM', shares: 3000 },
      },
      memory_allocation: { reservation: 0, shares: { level: 'NORMAL' } },
    });
    expect((await c.resourcePools.get(gold)).cpu_allocation).toMatchObject({ limit: 4000 });
    await c.resourcePools.update(small, { name: 'tiny' });
    expect(names(await c.resourcePools.list({ parent_resource_pools: [gold] }))).toEqual(['Gold-A', 'tiny']);
    expect(await typeOf(c.resourcePools.delete(root))).toBe('UNSUPPORTED');
    // Deleting Gold: its child pools and the VMs in them stay, one level up.
    const goldA = ref('ResourcePool', 'Gold-A');
    await c.resourcePools.delete(id('ResourcePool', goldA));
    expect(fake.findVm('web-01')!.placement.resourcePool).toBe(gold);
    expect(names(await c.vms.list({ resource_pools: [gold] }))).toEqual(['web-01']);
  });

  it("the fake's own view: objects with their facts, setObject, addObject where the kind goes", async () => {
    const { fake, c, ref } = setup();
    const ds = fake.addObject('Datastore', 'extra', { parent: 'West', type: 'NFS41' });
    expect(await c.datastores.list({ datacenters: [id('Datacenter', ref('Datacenter', 'West'))] })).toMatchObject([
      { name: 'vmfs-w' },
      { datastore: ds, name: 'extra', type: 'NFS41' },
    ]);
    fake.setObject('esx-e1', { connection_state: 'NOT_RESPONDING' });
    expect(fake.objects('HostSystem').find((h) => h.name == 'esx-e1')!.attrs.connection_state).toBe('NOT_RESPONDING');
    expect(() => fake.addObject('HostSystem', 'x', { parent: 'nowhere' })).toThrow(/no nowhere/);
    expect(() => createFake({ vms: [{ placement: { host: 'nope' } }] })).toThrow(/placement.host: no HostSystem nope/);
  });
});

// Type-level tests of the VM itself and the placement inventory in the real generated package: the
// accessors, list filters as one object with typed ids inside, typed placement, the VM's whole
// configuration. Checked by tsc (npm test runs it over test/).
import { describe, expectTypeOf, it } from 'vitest';
import type * as V from '../../generated/vcenter-vm/dist/index.js';

type C = V.VcenterVmClient;

describe('accessors', () => {
  it('read beside the root services, and today’s accessors are unchanged', () => {
    expectTypeOf<C['vms']>().toEqualTypeOf<V.VmService>();
    expectTypeOf<C['folders']>().toEqualTypeOf<V.FolderService>();
    expectTypeOf<C['datacenters']>().toEqualTypeOf<V.DatacenterService>();
    expectTypeOf<C['clusters']>().toEqualTypeOf<V.ClusterService>();
    expectTypeOf<C['hosts']>().toEqualTypeOf<V.HostService>();
    expectTypeOf<C['resourcePools']>().toEqualTypeOf<V.ResourcePoolService>();
    expectTypeOf<C['datastores']>().toEqualTypeOf<V.DatastoreService>();
    expectTypeOf<C['networks']>().toEqualTypeOf<V.NetworkService>();
    expectTypeOf<C['hardware']['cdrom']>().toEqualTypeOf<V.HardwareCdromService>();
    expectTypeOf<C['power']>().toEqualTypeOf<V.PowerService>();
  });
});

describe('list filters', () => {
  it('are one optional object with the vAPI field names', () => {
    expectTypeOf<Parameters<C['vms']['list']>[0]>().toEqualTypeOf<V.VmFilterSpec | undefined>();
    expectTypeOf<ReturnType<C['vms']['list']>>().toEqualTypeOf<Promise<V.VmSummary[]>>();
    const calls = (c: C) => [
      c.vms.list(),
      c.vms.list({ names: ['web-01'], power_states: ['POWERED_ON'] }),
      c.folders.list({ type: 'VIRTUAL_MACHINE' }),
      c.hosts.list({ standalone: true, connection_states: ['CONNECTED', 'NOT_RESPONDING'] }),
    ];
    expectTypeOf(calls).toBeFunction();
  });

  it('take ids of the resource type each field names', () => {
    const calls = (c: C, folder: V.FolderId, dc: V.DatacenterId, pool: V.ResourcePoolId) => [
      c.vms.list({ folders: [folder], datacenters: [dc], resource_pools: [pool] }),
      // @ts-expect-error a folder filter takes Folder ids
      c.vms.list({ folders: [dc] }),
      // @ts-expect-error nor plain strings
      c.vms.list({ folders: ['group-v3'] }),
      // @ts-expect-error parent folders are folders
      c.folders.list({ parent_folders: [pool] }),
      // @ts-expect-error no such power state
      c.vms.list({ power_states: ['RUNNING'] }),
      // @ts-expect-error no such filter field
      c.vms.list({ name: 'web-01' }),
    ];
    expectTypeOf(calls).toBeFunction();
  });

  it('give back typed ids to pass on', () => {
    const find = async (c: C) => {
      const [vm] = await c.vms.list({ names: ['web-01'] });
      const [folder] = await c.folders.list({ names: ['Web'], type: 'VIRTUAL_MACHINE' });
      if (!vm || !folder) return;
      expectTypeOf(vm.vm).toEqualTypeOf<V.VirtualMachineId>();
      expectTypeOf(folder.folder).toEqualTypeOf<V.FolderId>();
      await c.power.start(vm.vm);
      await c.vms.relocate(vm.vm, { placement: { folder: folder.folder } });
    };
    expectTypeOf(find).toBeFunction();
  });
});

describe('create, clone, relocate', () => {
  it('type placement by resource', () => {
    const spec = (folder: V.FolderId, pool: V.ResourcePoolId, ds: V.DatastoreId): V.VmCreateSpec => ({
      guest_OS: 'UBUNTU_64',
      placement: { folder, resource_pool: pool, datastore: ds },
    });
    // @ts-expect-error guest_OS is required
    const noGuest: V.VmCreateSpec = {};
    const wrong = (pool: V.ResourcePoolId): V.VmClonePlacementSpec => ({
      // @ts-expect-error a resource pool is no folder
      folder: pool,
    });
    expectTypeOf(spec).returns.toEqualTypeOf<V.VmCreateSpec>();
    void [noGuest, wrong];
  });

  it('return the new VM’s id', () => {
    expectTypeOf<ReturnType<C['vms']['create']>>().toEqualTypeOf<Promise<V.VirtualMachineId>>();
    expectTypeOf<ReturnType<C['vms']['clone']>>().toEqualTypeOf<Promise<V.VirtualMachineId>>();
    expectTypeOf<ReturnType<C['vms']['relocate']>>().toEqualTypeOf<Promise<void>>();
  });
});

describe('VM.get', () => {
  it('reaches every hardware type, devices keyed by their own ids', () => {
    expectTypeOf<V.VmInfo['cdroms']>().toEqualTypeOf<Record<string, V.HardwareCdromInfo>>();
    expectTypeOf<V.VmInfo['disks']>().toEqualTypeOf<Record<string, V.HardwareDiskInfo>>();
    expectTypeOf<V.VmInfo['nics']>().toEqualTypeOf<Record<string, V.HardwareEthernetInfo>>();
    expectTypeOf<V.VmInfo['cpu']>().toEqualTypeOf<V.HardwareCpuInfo>();
    expectTypeOf<V.VmInfo['power_state']>().toEqualTypeOf<V.Open<V.PowerState>>();
    expectTypeOf<V.VmInfo['nvme_adapters']>().toEqualTypeOf<Record<string, V.HardwareAdapterNvmeInfo> | undefined>();
  });

  it('has each error of its operation in the union', () => {
    expectTypeOf<V.NotFoundError>().toExtend<V.VmGetError>();
    expectTypeOf<V.ResourceInaccessibleError>().toExtend<V.VmGetError>();
    expectTypeOf<V.VmDeleteError>().toExtend<V.VapiError>();
  });
});

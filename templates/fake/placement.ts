// Where a VM goes: a placement (folder, resource pool, host, cluster, datastore) as create,
// clone, instant_clone, relocate and register take it, checked as vCenter checks it: the folder
// must be a folder of VMs, a pool given with a host or a cluster must belong to it, a host with a
// cluster must be in it, everything in one datacenter; the host must be connected and the
// datastore reachable. Fields left unset keep a base (the source VM's, the VM's own) or are
// worked out: a cluster's root pool and the first connected host DRS would pick. Emitted verbatim.
import type { ManagedObject, VmRecord } from './inventory.js';
import { computeOf, hostOfCluster, rootPool, type Placement } from './places.js';
import type { Obj, World } from './world.js';

/** A resolved placement, by the API's field names. */
export interface Where {
  folder: string;
  resource_pool: string;
  host: string;
  cluster?: string | undefined;
  datastore: string;
}

/** Fails the call (or, for the builder, throws a TypeError) with the first of `types` that fits. */
export type Fail = (types: readonly string[], message: string) => never;

/** Where a VM is now. */
export function whereOf(vm: VmRecord): Where {
  const a = vm.attrs as Record<string, string | undefined>;
  return {
    folder: vm.parent!,
    resource_pool: a.resource_pool!,
    host: a.host!,
    cluster: a.cluster,
    datastore: a.datastore!,
  };
}

export const whereOfPlacement = (p: Placement): Where => ({
  folder: p.folder,
  resource_pool: p.resourcePool,
  host: p.host,
  cluster: p.cluster,
  datastore: p.datastore,
});

/** Puts a VM at a resolved place. */
export function moveVm(vm: VmRecord, to: Where): void {
  vm.parent = to.folder;
  Object.assign(vm.attrs, { resource_pool: to.resource_pool, host: to.host, datastore: to.datastore });
  if (to.cluster) vm.attrs.cluster = to.cluster;
  else delete vm.attrs.cluster;
}

/**
 * Resolves `given` (the ids of a placement spec, which exist) over `base`; `path` names the spec
 * in messages. What neither gives is required. `anyHost`: a host need not be connected (fixtures).
 */
export function resolvePlacement(
  world: World,
  given: Obj,
  base: Partial<Where>,
  fail: Fail,
  path: string,
  anyHost = false,
): Where {
  const inv = world.inventory;
  const id = (k: string): string | undefined => (typeof given[k] == 'string' ? (given[k] as string) : undefined);
  const bad = (message: string): never => fail(['INVALID_ARGUMENT'], `${path}: ${message}`);
  const folder = id('folder') ?? base.folder ?? bad('folder: required (a folder of virtual machines)');
  if (inv.of('Folder', folder)?.attrs.type != 'VIRTUAL_MACHINE') bad(`${folder} is not a folder of virtual machines`);
  let pool = id('resource_pool');
  let host = id('host');
  let cluster = id('cluster');
  const clusterOf = (h: string): string | undefined => {
    const p = inv.get(inv.get(h)?.parent ?? '');
    return p?.kind == 'ClusterComputeResource' ? p.id : undefined;
  };
  if (host && cluster && clusterOf(host) != cluster) bad(`host ${host} is not in cluster ${cluster}`);
  if (pool) {
    const owner = computeOf(inv, pool);
    const ownCluster = owner?.kind == 'ClusterComputeResource' ? owner.id : undefined;
    if (cluster && cluster != ownCluster) bad(`resource pool ${pool} is not in cluster ${cluster}`);
    if (host && (ownCluster ? clusterOf(host) != ownCluster : host != owner?.id))
      bad(`resource pool ${pool} does not belong to host ${host}`);
    cluster = ownCluster;
    host ??= ownCluster ? hostOfCluster(inv, ownCluster) : owner?.id;
  } else if (host) {
    cluster = clusterOf(host);
    pool = rootPool(inv, cluster ?? host);
  } else if (cluster) {
    pool = rootPool(inv, cluster);
    host = hostOfCluster(inv, cluster);
  } else if (base.resource_pool && base.host) {
    [pool, host, cluster] = [base.resource_pool, base.host, base.cluster];
  } else bad('a resource pool, a host or a cluster is required');
  if (!host || !pool)
    return fail(['UNABLE_TO_ALLOCATE_RESOURCE', 'RESOURCE_INACCESSIBLE'], `${path}: no host to run the VM on`);
  const state = inv.get(host)?.attrs.connection_state;
  if (state != 'CONNECTED' && !anyHost)
    fail(['RESOURCE_INACCESSIBLE', 'UNABLE_TO_ALLOCATE_RESOURCE'], `${path}: host ${host} is ${String(state)}`);
  const datastore = id('datastore') ?? base.datastore ?? bad('datastore: required');
  reachable(world, datastore, fail, `${path}.datastore`);
  const dc = (x: string): ManagedObject | undefined => inv.ancestor(x, 'Datacenter');
  if (new Set([folder, pool, datastore].map((x) => dc(x)?.id)).size > 1)
    bad('the folder, the compute resource and the datastore are in different datacenters');
  return { folder, resource_pool: pool, host, cluster, datastore };
}

/** A datastore that cannot be reached is RESOURCE_INACCESSIBLE. */
export function reachable(world: World, datastore: string, fail: Fail, path: string): void {
  if (world.inventory.get(datastore)?.attrs.accessible === false)
    fail(['RESOURCE_INACCESSIBLE'], `${path}: datastore ${datastore} cannot be reached`);
}

/** The files of a VM on a datastore: `[datastore1] web-01/web-01.vmx`. */
export function vmxPath(world: World, datastore: string, name: string): string {
  return `[${world.inventory.get(datastore)?.name ?? datastore}] ${name}/${name}.vmx`;
}

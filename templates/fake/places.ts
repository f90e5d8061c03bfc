// Where things sit: the fake's datacenters with their folders, clusters, hosts, resource pools,
// datastores and networks, made from a fixture (`datacenters` of the fake's options) or one at a
// time (`fake.addObject`), with vCenter's ids (`datacenter-2`, `group-v3`, `domain-c7`, `host-8`,
// `resgroup-9`, …) and structure: each datacenter has its four root folders, each cluster and
// each host outside clusters its root resource pool. Emitted verbatim into the package (src/fake/).
import { FOLDER_TYPES, type Inventory, type ManagedObject } from './inventory.js';

export type HostConnectionState = 'CONNECTED' | 'DISCONNECTED' | 'NOT_RESPONDING';
export type HostPowerState = 'POWERED_ON' | 'POWERED_OFF' | 'STANDBY';

/** A datacenter of the fixture; every list is optional. */
export interface DatacenterSpec {
  name: string;
  /** Folders of VMs inside the datacenter's `vm` folder, by path: `'Web/Prod'` makes both. */
  vmFolders?: string[];
  /** Folders of hosts and clusters inside its `host` folder, by path. */
  hostFolders?: string[];
  clusters?: ClusterSpec[];
  /** Hosts outside any cluster, each with a root resource pool of its own. */
  hosts?: HostSpec[];
  datastores?: DatastoreSpec[];
  networks?: NetworkSpec[];
}

export interface ClusterSpec {
  name: string;
  /** A host folder path (of `hostFolders`); default: the datacenter's `host` folder. */
  folder?: string;
  /** Default true. */
  drs?: boolean;
  /** vSphere HA; default true. */
  ha?: boolean;
  hosts?: HostSpec[];
  /** Pools inside the cluster's root pool (`Resources`). */
  resourcePools?: PoolSpec[];
}

export interface HostSpec {
  /** Its DNS name or address, as vCenter names hosts. */
  name: string;
  /** Hosts outside clusters: a host folder path; default the `host` folder. */
  folder?: string;
  /** Default CONNECTED. */
  connection?: HostConnectionState;
  /** Default POWERED_ON. */
  power?: HostPowerState;
  /** Hosts outside clusters: pools inside the host's root pool. */
  resourcePools?: PoolSpec[];
}

/** A share of CPU (MHz) or memory (MB), as `resource_pool` reads it; unset fields take vCenter's defaults. */
export interface AllocationSpec {
  reservation?: number;
  expandable_reservation?: boolean;
  limit?: number;
  shares?: { level: 'LOW' | 'NORMAL' | 'HIGH' | 'CUSTOM'; shares?: number };
}

export interface PoolSpec {
  name: string;
  cpu?: AllocationSpec;
  memory?: AllocationSpec;
  resourcePools?: PoolSpec[];
}

export interface DatastoreSpec {
  name: string;
  /** Default VMFS. */
  type?: 'VMFS' | 'NFS' | 'NFS41' | 'CIFS' | 'VSAN' | 'VFFS' | 'VVOL';
  /** Bytes; default 2 TiB capacity, 1 TiB free. */
  capacity?: number;
  freeSpace?: number;
  /** Default true; false: every use of it is RESOURCE_INACCESSIBLE. */
  accessible?: boolean;
}

export interface NetworkSpec {
  name: string;
  /** Default STANDARD_PORTGROUP (distributed port groups get `dvportgroup-` ids). */
  type?: 'STANDARD_PORTGROUP' | 'DISTRIBUTED_PORTGROUP' | 'OPAQUE_NETWORK';
}

/** The inventory of a fake created without `datacenters`. */
export const DEFAULT_DATACENTERS: readonly DatacenterSpec[] = [
  {
    name: 'Datacenter',
    clusters: [{ name: 'Cluster', hosts: [{ name: 'esx-01.fake' }] }],
    datastores: [{ name: 'datastore1' }],
    networks: [{ name: 'VM Network' }],
  },
];

/** Where a new VM goes unless told: the first of each kind in the first datacenter. */
export interface Placement {
  datacenter: string;
  folder: string;
  cluster: string | undefined;
  host: string;
  resourcePool: string;
  datastore: string;
  network: string | undefined;
}

const LETTER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FOLDER_TYPES).map(([letter, type]) => [type, letter]),
);

/** The folder of datacenters at the top (`group-d1`), made on first use. */
export function rootFolder(inv: Inventory): ManagedObject {
  return (
    inv.all('Folder').find((f) => f.parent === undefined && f.attrs.type == 'DATACENTER') ??
    inv.add('Folder', 'Datacenters', undefined, { attrs: { type: 'DATACENTER' } }, 'group-d')
  );
}

/** A folder of the same type as `parent`, inside it (the existing one of that name, if any). */
export function addFolder(inv: Inventory, parent: string, name: string): ManagedObject {
  const type = String(inv.get(parent)?.attrs.type ?? 'VIRTUAL_MACHINE');
  return (
    inv.children(parent, 'Folder').find((f) => f.name == name) ??
    inv.add('Folder', name, parent, { attrs: { type } }, `group-${LETTER[type] ?? 'v'}`)
  );
}

/** The folder at `path` (`'Web/Prod'`) below `base`, made as needed. */
export function folderPath(inv: Inventory, base: string, path: string | undefined): string {
  let at = base;
  for (const part of (path ?? '').split('/').filter(Boolean)) at = addFolder(inv, at, part).id;
  return at;
}

/** Adds a datacenter with its root folders and everything the spec lists; returns its id. */
export function addDatacenter(inv: Inventory, spec: DatacenterSpec, folder: string = rootFolder(inv).id): string {
  const dc = inv.add('Datacenter', spec.name, folder);
  const root = (type: string, name: string): string =>
    inv.add('Folder', name, dc.id, { attrs: { type } }, `group-${LETTER[type]}`).id;
  const vms = root('VIRTUAL_MACHINE', 'vm');
  const hosts = root('HOST', 'host');
  const datastores = root('DATASTORE', 'datastore');
  const networks = root('NETWORK', 'network');
  Object.assign(dc.attrs, {
    vm_folder: vms,
    host_folder: hosts,
    datastore_folder: datastores,
    network_folder: networks,
  });
  for (const p of spec.vmFolders ?? []) folderPath(inv, vms, p);
  for (const p of spec.hostFolders ?? []) folderPath(inv, hosts, p);
  for (const c of spec.clusters ?? []) addCluster(inv, folderPath(inv, hosts, c.folder), c);
  for (const h of spec.hosts ?? []) addHost(inv, folderPath(inv, hosts, h.folder), h);
  for (const d of spec.datastores ?? []) addDatastore(inv, datastores, d);
  for (const n of spec.networks ?? []) addNetwork(inv, networks, n);
  return dc.id;
}

export function addCluster(inv: Inventory, folder: string, spec: ClusterSpec): string {
  const c = inv.add('ClusterComputeResource', spec.name, folder, {
    attrs: { drs_enabled: spec.drs ?? true, ha_enabled: spec.ha ?? true },
  });
  for (const h of spec.hosts ?? []) addHost(inv, c.id, h);
  c.attrs.resource_pool = addPool(inv, c.id, { name: 'Resources', resourcePools: spec.resourcePools ?? [] });
  return c.id;
}

/** A host in a cluster (`parent` a cluster) or outside one (`parent` a host folder, with its root pool). */
export function addHost(inv: Inventory, parent: string, spec: HostSpec): string {
  const connection = spec.connection ?? 'CONNECTED';
  const h = inv.add('HostSystem', spec.name, parent, {
    attrs: { connection_state: connection, power_state: spec.power ?? 'POWERED_ON' },
  });
  if (inv.get(parent)?.kind != 'ClusterComputeResource')
    h.attrs.resource_pool = addPool(inv, h.id, { name: 'Resources', resourcePools: spec.resourcePools ?? [] });
  return h.id;
}

export const DEFAULT_ALLOCATION = {
  reservation: 0,
  expandable_reservation: true,
  limit: -1,
  shares: { level: 'NORMAL' },
} as const;

const allocation = (a: AllocationSpec | undefined): object => ({
  ...DEFAULT_ALLOCATION,
  ...a,
  shares: { ...(a?.shares ?? DEFAULT_ALLOCATION.shares) },
});

/** A resource pool in a cluster or host (its root pool) or in another pool. */
export function addPool(inv: Inventory, parent: string, spec: PoolSpec): string {
  const p = inv.add('ResourcePool', spec.name, parent, {
    attrs: { cpu_allocation: allocation(spec.cpu), memory_allocation: allocation(spec.memory) },
  });
  for (const child of spec.resourcePools ?? []) addPool(inv, p.id, child);
  return p.id;
}

export function addDatastore(inv: Inventory, folder: string, spec: DatastoreSpec): string {
  const capacity = spec.capacity ?? 2 ** 41;
  return inv.add('Datastore', spec.name, folder, {
    attrs: {
      type: spec.type ?? 'VMFS',
      capacity,
      free_space: spec.freeSpace ?? Math.floor(capacity / 2),
      accessible: spec.accessible ?? true,
      multiple_host_access: true,
      thin_provisioning_supported: spec.type != 'VFFS',
    },
  }).id;
}

export function addNetwork(inv: Inventory, folder: string, spec: NetworkSpec): string {
  const type = spec.type ?? 'STANDARD_PORTGROUP';
  return inv.add(
    'Network',
    spec.name,
    folder,
    { attrs: { type } },
    type == 'DISTRIBUTED_PORTGROUP' ? 'dvportgroup-' : undefined,
  ).id;
}

/** The root resource pool of a cluster or of a host outside clusters. */
export function rootPool(inv: Inventory, compute: string): string | undefined {
  const o = inv.get(compute);
  const pool = o?.attrs.resource_pool;
  if (typeof pool == 'string') return pool;
  return o?.kind == 'HostSystem' && o.parent ? rootPool(inv, o.parent) : undefined;
}

/** The cluster or standalone host a resource pool belongs to. */
export function computeOf(inv: Inventory, pool: string): ManagedObject | undefined {
  return inv.ancestor(pool, 'ClusterComputeResource') ?? inv.ancestor(pool, 'HostSystem');
}

/** The first connected host of a cluster (where DRS would run a VM), else its first host. */
export function hostOfCluster(inv: Inventory, cluster: string): string | undefined {
  const hosts = inv.children(cluster, 'HostSystem');
  return (hosts.find((h) => h.attrs.connection_state == 'CONNECTED') ?? hosts[0])?.id;
}

/** The first of each kind in a datacenter (default the first; undefined when there is none). */
export function defaultPlacement(
  inv: Inventory,
  dc: ManagedObject | undefined = inv.all('Datacenter')[0],
): Placement | undefined {
  if (!dc) return undefined;
  const inDc = (kind: string): ManagedObject[] => inv.all(kind).filter((o) => inv.within(o.id, dc.id));
  const cluster = inDc('ClusterComputeResource').find((c) => hostOfCluster(inv, c.id));
  const host = cluster ? hostOfCluster(inv, cluster.id) : inDc('HostSystem')[0]?.id;
  const datastore = inDc('Datastore')[0]?.id;
  const pool = host && rootPool(inv, cluster?.id ?? host);
  if (!host || !pool || !datastore) return undefined;
  return {
    datacenter: dc.id,
    folder: dc.attrs.vm_folder as string,
    cluster: cluster?.id,
    host,
    resourcePool: pool,
    datastore,
    network: inDc('Network')[0]?.id,
  };
}

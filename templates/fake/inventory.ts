// The inventory the fake holds: managed objects (datacenters, folders, clusters, hosts, resource
// pools, datastores, networks, virtual machines) with their names and places, and for each VM
// the state the modelled behaviours share (power, VMware Tools, the guest). Emitted verbatim.
import type { GuestState } from './guest.js';
import { idPrefix } from './ids.js';

export type PowerState = 'POWERED_ON' | 'POWERED_OFF' | 'SUSPENDED';

/** VMware Tools as the fake models them: running only while the VM is powered on. */
export type ToolsState = 'RUNNING' | 'NOT_RUNNING' | 'NOT_INSTALLED';

export interface ManagedObject {
  readonly id: string;
  /** Resource type: `VirtualMachine`, `Datastore`, … */
  readonly kind: string;
  name: string;
  /** The folder (or other object) it sits in. */
  parent: string | undefined;
  /** Further facts by name (a VM's `host`, a datastore's `capacity`, …). */
  readonly attrs: Record<string, unknown>;
}

export interface VmRecord extends ManagedObject {
  readonly kind: 'VirtualMachine';
  power: PowerState;
  /** Whether the last power-off was a guest shutdown. */
  cleanPowerOff: boolean;
  tools: ToolsState;
  /** Tools wanted to run when the VM is on (NOT_RUNNING while powered on = Tools stopped). */
  toolsInstalled: boolean;
  installerConnected: boolean;
  guest: GuestState;
}

/** The managed objects by id; ids count up over every kind, as vCenter's do. */
export class Inventory {
  private readonly objects = new Map<string, ManagedObject>();

  constructor(private readonly counter: () => number) {}

  /** Adds an object; its id is the kind's prefix (`vm-`, or `prefix`) and the next number. */
  add<T extends ManagedObject>(kind: string, name: string, parent?: string, extra?: Partial<T>, prefix?: string): T {
    const id = `${prefix ?? idPrefix(kind) ?? `${kind.toLowerCase()}-`}${this.counter()}`;
    const o = { id, kind, name, parent, attrs: {}, ...extra } as T;
    if (this.objects.has(o.id)) throw new TypeError(`the inventory already has ${o.id}`);
    this.objects.set(o.id, o);
    return o;
  }

  get(id: string): ManagedObject | undefined {
    return this.objects.get(id);
  }

  /** The object of `id` if it is of `kind`. */
  of<T extends ManagedObject = ManagedObject>(kind: string, id: string): T | undefined {
    const o = this.objects.get(id);
    return o?.kind == kind ? (o as T) : undefined;
  }

  all<T extends ManagedObject = ManagedObject>(kind: string): T[] {
    return [...this.objects.values()].filter((o) => o.kind == kind) as T[];
  }

  find<T extends ManagedObject = ManagedObject>(kind: string, nameOrId: string): T | undefined {
    return (this.of<T>(kind, nameOrId) ?? this.all<T>(kind).find((o) => o.name == nameOrId)) as T | undefined;
  }

  remove(id: string): boolean {
    return this.objects.delete(id);
  }

  /** Whether the inventory keeps objects of this resource type (their ids must exist). */
  tracks(kind: string): boolean {
    return INVENTORY_KINDS.has(kind);
  }
}

export const INVENTORY_KINDS: ReadonlySet<string> = new Set([
  'Datacenter',
  'Folder',
  'ClusterComputeResource',
  'HostSystem',
  'ResourcePool',
  'Datastore',
  'Network',
  'VirtualMachine',
]);

/** Where a new VM goes unless told: the first of each kind. */
export interface Placement {
  datacenter: string;
  folder: string;
  cluster: string;
  host: string;
  resourcePool: string;
  datastore: string;
  network: string;
}

/**
 * The inventory every fake starts with: one datacenter with its four folders, a cluster with one
 * host and its root resource pool, a datastore and a network.
 */
export function seedPlacement(inv: Inventory): Placement {
  const root = inv.add('Folder', 'Datacenters', undefined, {}, 'group-d');
  const dc = inv.add('Datacenter', 'Datacenter', root.id);
  const folder = (letter: string, name: string): ManagedObject =>
    inv.add('Folder', name, dc.id, { attrs: { type: letter } }, `group-${letter}`);
  const vmFolder = folder('v', 'vm');
  const hostFolder = folder('h', 'host');
  const dsFolder = folder('s', 'datastore');
  const netFolder = folder('n', 'network');
  const cluster = inv.add('ClusterComputeResource', 'Cluster', hostFolder.id);
  const host = inv.add('HostSystem', 'esx-01.fake', cluster.id, {
    attrs: { connection_state: 'CONNECTED', power_state: 'POWERED_ON' },
  });
  const pool = inv.add('ResourcePool', 'Resources', cluster.id);
  const ds = inv.add('Datastore', 'datastore1', dsFolder.id, {
    attrs: { type: 'VMFS', capacity: 2 ** 41, free_space: 2 ** 40 },
  });
  const net = inv.add('Network', 'VM Network', netFolder.id, { attrs: { type: 'STANDARD_PORTGROUP' } });
  return {
    datacenter: dc.id,
    folder: vmFolder.id,
    cluster: cluster.id,
    host: host.id,
    resourcePool: pool.id,
    datastore: ds.id,
    network: net.id,
  };
}

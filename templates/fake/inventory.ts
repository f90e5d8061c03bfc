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
  /**
   * What it sits in: a folder; a cluster (its hosts and root resource pool); a host (the root
   * pool of a host outside clusters); a resource pool (child pools).
   */
  parent: string | undefined;
  /** Further facts by the API's field names (a VM's `host`, a datastore's `capacity`, …). */
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
    return this.put(o);
  }

  /** Puts an object made elsewhere (a VM registered again) into the inventory. */
  put<T extends ManagedObject>(o: T): T {
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
    const out: T[] = [];
    for (const o of this.objects.values()) if (o.kind == kind) out.push(o as T);
    return out;
  }

  find<T extends ManagedObject = ManagedObject>(kind: string, nameOrId: string): T | undefined {
    return (this.of<T>(kind, nameOrId) ?? this.all<T>(kind).find((o) => o.name == nameOrId)) as T | undefined;
  }

  /** The objects directly in `id` (of `kind`, when given). */
  children(id: string, kind?: string): ManagedObject[] {
    const out: ManagedObject[] = [];
    for (const o of this.objects.values()) if (o.parent == id && (!kind || o.kind == kind)) out.push(o);
    return out;
  }

  /** The nearest object of `kind` that `id` sits in (through its parents), if any. */
  ancestor(id: string, kind: string): ManagedObject | undefined {
    let o = this.objects.get(this.objects.get(id)?.parent ?? '');
    for (let depth = 0; o && depth < 64; depth++) {
      if (o.kind == kind) return o;
      o = this.objects.get(o.parent ?? '');
    }
    return undefined;
  }

  /** Whether `id` is `ancestor` or sits in it, at any depth. */
  within(id: string, ancestor: string): boolean {
    let o = this.objects.get(id);
    for (let depth = 0; o && depth < 64; depth++) {
      if (o.id == ancestor) return true;
      o = this.objects.get(o.parent ?? '');
    }
    return false;
  }

  remove(id: string): boolean {
    return this.objects.delete(id);
  }

  /** Whether the inventory keeps objects of this resource type (their ids must exist). */
  tracks(kind: string): boolean {
    return INVENTORY_KINDS.has(kind);
  }
}

/** The inventory's resource types, and the field an API structure names an object of each by. */
export const INVENTORY_KEYS: ReadonlyMap<string, string> = new Map([
  ['Datacenter', 'datacenter'],
  ['Folder', 'folder'],
  ['ClusterComputeResource', 'cluster'],
  ['HostSystem', 'host'],
  ['ResourcePool', 'resource_pool'],
  ['Datastore', 'datastore'],
  ['Network', 'network'],
  ['VirtualMachine', 'vm'],
]);

export const INVENTORY_KINDS: ReadonlySet<string> = new Set(INVENTORY_KEYS.keys());

/** What a folder holds, by the letter of its id (`group-v4`: virtual machines). */
export const FOLDER_TYPES: Readonly<Record<string, string>> = {
  d: 'DATACENTER',
  v: 'VIRTUAL_MACHINE',
  h: 'HOST',
  s: 'DATASTORE',
  n: 'NETWORK',
};

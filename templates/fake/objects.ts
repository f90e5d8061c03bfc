// The generic semantics of services whose items are inventory objects (VMs, hosts, clusters,
// folders, datacenters, resource pools, datastores, networks): list answers the objects that
// pass the filter (every field of the filter structure honoured, see facts.ts) as summaries made
// from their facts, up to vCenter's limit for the kind (UNABLE_TO_ALLOCATE_RESOURCE beyond it);
// get reads an object's facts as the info structure; create, update and delete change the
// inventory. Modelled rules (placement, power, connection states) come on top as behaviours.
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import { factsOf, passes } from './facts.js';
import { INVENTORY_KEYS, type Inventory, type ManagedObject } from './inventory.js';
import {
  addCluster,
  addDatacenter,
  addDatastore,
  addFolder,
  addHost,
  addNetwork,
  addPool,
  defaultPlacement,
  rootPool,
  type NetworkSpec,
} from './places.js';
import type { ModelOperation, Type } from './schema.js';
import { genericHandler, itemOf, madeUp, type ServiceShape } from './store.js';
import { adapt, copy } from './synth.js';
import type { Call, Handler, Obj, World } from './world.js';

/** The most objects of a kind a list answers (vCenter's limits); more is UNABLE_TO_ALLOCATE_RESOURCE. */
const LIMITS: Readonly<Record<string, number>> = { VirtualMachine: 4000, HostSystem: 2500, Datastore: 2500 };
const DEFAULT_LIMIT = 1000;

const unwrap = (t: Type): Type => (t.k == 'optional' ? t.of : t);

/** The handler of an operation no behaviour replaces: the inventory's for its objects, else the generic one. */
export function defaultHandler(world: World, shape: ServiceShape, op: ModelOperation): Handler {
  return shape.kind == 'collection' && world.inventory.tracks(shape.resource!)
    ? inventoryHandler(shape, op)
    : genericHandler(shape, op);
}

/** The handler of an operation of a service whose items are inventory objects of `shape.resource`. */
export function inventoryHandler(shape: ServiceShape, op: ModelOperation): Handler {
  const kind = shape.resource!;
  return (call) => {
    const id = itemOf(call, kind);
    if (op.name == 'list' && id === undefined) return listObjects(call, kind);
    if (op.name == 'create' && id === undefined) return createObject(call, kind);
    if (id === undefined) return madeUp(call);
    const o = call.world.inventory.of(kind, id) ?? call.fail(['NOT_FOUND'], `${kind} ${id} does not exist`);
    if (op.name == 'get') return objectValue(call.world, o, op.result);
    if (op.name == 'delete') removeObject(call.world, id);
    else if (op.name == 'update' || op.name == 'set') updateObject(o, specOf(call));
    return madeUp(call);
  };
}

/** The object as a value of `type` (an info or a summary structure), made from its facts. */
export function objectValue(world: World, o: ManagedObject, type: string | undefined, facts?: Obj): unknown {
  return type === undefined ? undefined : adapt(world, unwrap(world.schema.type(type)), facts ?? factsOf(world, o));
}

/** The list filter of a call: the structure type of its query or body parameter and its value. */
function filterOf(call: Call): [structure: string, value: Obj] | undefined {
  for (const p of call.op.params) {
    const t = unwrap(call.world.schema.type(p.type));
    const v = own(call.args, p.name);
    if (p.in != 'path' && t.k == 'ref') return [t.id, v && typeof v == 'object' ? (v as Obj) : {}];
  }
  return undefined;
}

export function listObjects(call: Call, kind: string): unknown {
  const { world, op } = call;
  const filter = filterOf(call);
  const s = filter && world.schema.structure(filter[0]);
  const found = world.inventory.all(kind).filter((o) => !s || passes(world, o, s, filter[1]));
  const limit = LIMITS[kind] ?? DEFAULT_LIMIT;
  if (found.length > limit && op.errors.includes('UNABLE_TO_ALLOCATE_RESOURCE'))
    call.fail(['UNABLE_TO_ALLOCATE_RESOURCE'], `${found.length} objects match, more than ${limit}: narrow the filter`);
  const t = op.result === undefined ? undefined : unwrap(world.schema.type(op.result));
  if (!t || (t.k != 'list' && t.k != 'set')) return madeUp(call);
  const item = unwrap(t.of);
  if (item.k == 'id') return found.map((o) => o.id);
  return found.map((o) => adapt(world, item, factsOf(world, o)));
}

/** The structure parameter of a create or update (its spec). */
export function specOf(call: Call): Obj {
  const p = call.op.params.filter((x) => x.in == 'body' && unwrap(call.world.schema.type(x.type)).k == 'ref').pop();
  const v = p && own(call.args, p.name);
  return v && typeof v == 'object' ? (v as Obj) : {};
}

/**
 * A new object from a create spec: named by its `name`, in the object the spec's first inventory
 * id names (its folder, its parent pool), or at the top; the spec's other fields become its facts.
 */
function createObject(call: Call, kind: string): unknown {
  const { world, op } = call;
  const spec = specOf(call);
  const inv = world.inventory;
  const name = typeof spec.name == 'string' ? spec.name : `${kind}-${inv.all(kind).length + 1}`;
  const parent = Object.values(spec).find((v): v is string => typeof v == 'string' && inv.get(v) !== undefined);
  if (inv.all(kind).some((o) => o.name == name && o.parent == parent))
    call.fail(['ALREADY_EXISTS', 'INVALID_ARGUMENT'], `a ${kind} named '${name}' is already there`);
  const o = inv.add(kind, name, parent);
  for (const [k, v] of Object.entries(spec)) if (k != 'name' && v != null && v !== parent) o.attrs[k] = copy(v);
  const t = op.result === undefined ? undefined : unwrap(world.schema.type(op.result));
  return t?.k == 'id' ? o.id : madeUp(call);
}

/** Applies an update spec: `name` renames, structures merge into the facts of that name, the rest replaces. */
export function updateObject(o: ManagedObject, spec: Obj): void {
  for (const [k, v] of Object.entries(spec)) {
    if (v == null) continue;
    const old = o.attrs[k];
    if (k == 'name' && typeof v == 'string') o.name = v;
    else if (old && typeof old == 'object' && typeof v == 'object' && !Array.isArray(v))
      o.attrs[k] = { ...(old as Obj), ...copy(v as Obj) };
    else o.attrs[k] = copy(v);
  }
}

/** Takes an object and everything in it (folders, hosts, pools, VMs, …) out of the inventory. */
export function removeObject(world: World, id: string): void {
  for (const child of world.inventory.children(id)) removeObject(world, child.id);
  // VMs placed on a host or pool that goes away go with it.
  for (const vm of world.inventory.all('VirtualMachine'))
    if (vm.attrs.host == id || vm.attrs.resource_pool == id) removeObject(world, vm.id);
  world.inventory.remove(id);
  world.dropParent(id);
}

/** The key under which API structures name an object of `kind` (`resource_pool`). */
export const keyOf = (kind: string): string => INVENTORY_KEYS.get(kind) ?? 'id';

/**
 * Adds an object of a kind where such objects go (`attrs.parent`, an id or a name, says where;
 * otherwise the first datacenter's folder of its kind, its first cluster's root pool for pools);
 * the other attributes are its facts by the API's field names (`connection_state`, `type`, …).
 */
export function addObject(inv: Inventory, kind: string, name: string, attrs: Record<string, unknown> = {}): string {
  const { parent, ...facts } = attrs;
  const at = typeof parent == 'string' ? (inv.get(parent) ?? findAny(inv, parent)) : undefined;
  if (parent !== undefined && !at) throw new TypeError(`addObject: no ${String(parent)} in the fake's inventory`);
  const dc = at ? (at.kind == 'Datacenter' ? at : inv.ancestor(at.id, 'Datacenter')) : inv.all('Datacenter')[0];
  const folder = (key: string): string => {
    const f = at?.kind == 'Folder' ? at.id : dc?.attrs[key];
    if (typeof f != 'string') throw new TypeError(`addObject: the fake has no datacenter to put ${kind} ${name} in`);
    return f;
  };
  let id: string;
  if (kind == 'Datacenter') id = addDatacenter(inv, { name }, at?.kind == 'Folder' ? at.id : undefined);
  else if (kind == 'Folder') id = addFolder(inv, at?.id ?? folder('vm_folder'), name).id;
  else if (kind == 'ClusterComputeResource') id = addCluster(inv, folder('host_folder'), { name });
  else if (kind == 'HostSystem')
    id = addHost(inv, at?.kind == 'ClusterComputeResource' ? at.id : folder('host_folder'), { name });
  else if (kind == 'ResourcePool') {
    const within = at
      ? at.kind == 'ResourcePool'
        ? at.id
        : rootPool(inv, at.id)
      : defaultPlacement(inv)?.resourcePool;
    if (!within) throw new TypeError(`addObject: no resource pool to put ${name} in`);
    id = addPool(inv, within, { name });
  } else if (kind == 'Datastore') id = addDatastore(inv, folder('datastore_folder'), { name });
  else if (kind == 'Network')
    id = addNetwork(inv, folder('network_folder'), { name, type: facts.type as NetworkSpec['type'] });
  else if (kind == 'VirtualMachine') throw new TypeError('addObject: add VMs with addVm');
  else id = inv.add(kind, name, at?.id).id;
  Object.assign(inv.get(id)!.attrs, facts);
  return id;
}

/** An object by name, of any kind. */
function findAny(inv: Inventory, name: string): ManagedObject | undefined {
  for (const kind of ['Folder', 'Datacenter', 'ClusterComputeResource', 'HostSystem', 'ResourcePool'])
    for (const o of inv.all(kind)) if (o.name == name) return o;
  return undefined;
}

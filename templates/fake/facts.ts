// What the API can read of an inventory object, by the names its structures use (`name`,
// `power_state`, `connection_state`, `free_space`, `resource_pool`, …), and the list filters:
// each field of a filter structure is read from its type, so every service's filter works the
// same way. An id field (`folders`, `clusters`, …) matches the object itself when it is of that
// kind, else what it sits in (`folders`: the folder it is directly in; `datacenters`, `clusters`:
// at any depth; a VM's host, cluster and pool as placed); `parent_…` its direct parent; `names`
// its name; any other field the fact of its singular name (`power_states` → `power_state`).
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import { INVENTORY_KEYS, type ManagedObject, type VmRecord } from './inventory.js';
import type { Structure, Type } from './schema.js';
import type { Obj, World } from './world.js';

const VM = 'com.vmware.vcenter.vm';

/** The value of a VM service (`hardware.cpu`) when the model has it. */
function vmValue(world: World, vm: string, service: string): Obj | undefined {
  if (!world.schema.operations.has(`${VM}.${service}.get`)) return undefined;
  const v = world.valueOf(`${VM}.${service}`, [vm]);
  return v && typeof v == 'object' ? (v as Obj) : undefined;
}

/** The facts of an object: its attributes, name, own id under its kind's key, and what follows. */
export function factsOf(world: World, o: ManagedObject): Obj {
  const inv = world.inventory;
  const facts: Obj = { ...o.attrs, name: o.name, [INVENTORY_KEYS.get(o.kind) ?? 'id']: o.id };
  switch (o.kind) {
    case 'VirtualMachine': {
      const vm = o as VmRecord;
      facts.power_state = vm.power;
      facts.guest_OS = vm.guest.os;
      const cpu = vmValue(world, o.id, 'hardware.cpu');
      const memory = vmValue(world, o.id, 'hardware.memory');
      if (cpu?.count != null) facts.cpu_count = cpu.count;
      if (memory?.size_MiB != null) facts.memory_size_MiB = memory.size_MiB;
      break;
    }
    case 'HostSystem':
      facts.standalone = inv.get(o.parent ?? '')?.kind != 'ClusterComputeResource';
      if (o.attrs.connection_state != 'CONNECTED') delete facts.power_state;
      break;
    case 'ResourcePool':
      facts.resource_pools = inv.children(o.id, 'ResourcePool').map((p) => p.id);
      break;
  }
  return facts;
}

/**
 * The object `o` relates to among objects of `kind`: itself; for a folder, the folder it is
 * directly in; a VM's placement; else the nearest of that kind it sits in.
 */
export function relation(world: World, o: ManagedObject, kind: string, direct = false): string | undefined {
  const inv = world.inventory;
  if (!direct && o.kind == kind) return o.id;
  if (direct || kind == 'Folder') {
    const p = inv.get(o.parent ?? '');
    return p?.kind == kind ? p.id : undefined;
  }
  const placed = o.kind == 'VirtualMachine' ? o.attrs[INVENTORY_KEYS.get(kind) ?? ''] : undefined;
  return typeof placed == 'string' ? placed : inv.ancestor(o.id, kind)?.id;
}

const unwrap = (t: Type): Type => (t.k == 'optional' ? t.of : t);

/** Whether `o` passes every set field of `filter` (a value of structure `s`); unset or empty fields pass all. */
export function passes(world: World, o: ManagedObject, s: Structure, filter: Obj, facts?: Obj): boolean {
  for (const f of s.fields) {
    const want = own(filter, f.name);
    if (want == null || (Array.isArray(want) && want.length == 0)) continue;
    const t = unwrap(f.type);
    const item = t.k == 'set' || t.k == 'list' ? unwrap(t.of) : t;
    let have: unknown;
    if (item.k == 'id' && item.resource) have = relation(world, o, item.resource, f.name.startsWith('parent_'));
    else {
      const all = (facts ??= factsOf(world, o));
      const key = [f.name, f.name == 'names' ? 'name' : f.name.replace(/s$/, '')].find(
        (k) => own(all, k) !== undefined,
      );
      have = key === undefined ? undefined : own(all, key);
    }
    if (Array.isArray(want) ? !want.includes(have) : want !== have) return false;
  }
  return true;
}

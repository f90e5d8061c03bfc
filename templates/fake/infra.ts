// The placement inventory's own rules, on top of the generic inventory services (objects.ts):
// datacenters are made with their four root folders in a folder of datacenters and deleted only
// when empty (or forced); standalone hosts are added to a host folder (INVALID_ELEMENT_TYPE for
// another kind of folder) with their root pool, removed only outside clusters, and connected and
// disconnected; resource pools are made in a parent pool, with allocations that parent can grant,
// updated, and deleted (never a root pool) with their VMs and child pools moving to the parent.
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import { specOf, updateObject } from './objects.js';
import { addDatacenter, addHost, addPool, type AllocationSpec } from './places.js';
import type { Behaviour, Call, Obj } from './world.js';

const V = 'com.vmware.vcenter';
const THUMBPRINT = /^[0-9a-f]{2}(:[0-9a-f]{2}){19}$/i;

/** An object a spec names by `field`, required (INVALID_ARGUMENT when unset). */
function named(call: Call, spec: Obj, field: string): string {
  const v = own(spec, field);
  return typeof v == 'string' ? v : call.fail(['INVALID_ARGUMENT'], `spec.${field}: required`);
}

function datacenters(add: (op: string, b: Behaviour) => void): void {
  add(`${V}.datacenter.create`, {
    handle: (call) => {
      const inv = call.world.inventory;
      const spec = specOf(call);
      const name = String(spec.name ?? '').trim();
      if (!name) call.fail(['INVALID_ARGUMENT'], 'spec.name: a datacenter needs a name');
      const folder = named(call, spec, 'folder');
      if (inv.get(folder)?.attrs.type != 'DATACENTER')
        call.fail(['INVALID_ARGUMENT'], `spec.folder: ${folder} is not a folder of datacenters`);
      if (inv.children(folder, 'Datacenter').some((d) => d.name == name))
        call.fail(['ALREADY_EXISTS'], `a datacenter named '${name}' is already in ${folder}`);
      return addDatacenter(inv, { name }, folder);
    },
  });
  add(`${V}.datacenter.delete`, {
    before: (call) => {
      const inv = call.world.inventory;
      const dc = String(own(call.args, 'datacenter'));
      const roots = inv.children(dc);
      const held = roots.flatMap((f) => inv.children(f.id));
      if (held.length && own(call.args, 'force') !== true)
        call.fail(
          ['RESOURCE_IN_USE'],
          `${dc} holds ${held.length} objects (${held[0]!.id}, …); pass force to delete them too`,
        );
    },
  });
}

function hosts(add: (op: string, b: Behaviour) => void): void {
  add(`${V}.host.create`, {
    handle: (call) => {
      const inv = call.world.inventory;
      const spec = specOf(call);
      const name = String(spec.hostname ?? '').trim();
      if (!name || /\s/.test(name)) call.fail(['INVALID_ARGUMENT'], `spec.hostname: '${name}' is no host name`);
      const folder = named(call, spec, 'folder');
      if (inv.get(folder)?.attrs.type != 'HOST')
        call.fail(['INVALID_ELEMENT_TYPE', 'INVALID_ARGUMENT'], `spec.folder: ${folder} is not a folder of hosts`);
      if (spec.thumbprint_verification == 'THUMBPRINT' && !THUMBPRINT.test(String(spec.thumbprint)))
        call.fail(
          ['INVALID_ARGUMENT'],
          `spec.thumbprint: '${String(spec.thumbprint)}' is no SHA-1 thumbprint (xx:xx:…, 20 pairs)`,
        );
      if (inv.all('HostSystem').some((h) => h.name == name))
        call.fail(['ALREADY_EXISTS'], `host ${name} is in this vCenter already`);
      return addHost(inv, folder, { name });
    },
  });
  add(`${V}.host.delete`, {
    before: (call) => {
      const inv = call.world.inventory;
      const host = String(own(call.args, 'host'));
      const cluster = inv.ancestor(host, 'ClusterComputeResource');
      if (cluster)
        call.fail(['RESOURCE_IN_USE'], `${host} is in cluster ${cluster.id}: move it out of the cluster first`);
    },
  });
  const connection = (to: 'CONNECTED' | 'DISCONNECTED'): Behaviour => ({
    handle: (call) => {
      const host = call.world.inventory.get(String(own(call.args, 'host')))!;
      if (host.attrs.connection_state == to) call.fail(['ALREADY_IN_DESIRED_STATE'], `${host.id} is ${to} already`);
      host.attrs.connection_state = to;
    },
  });
  add(`${V}.host.connect`, connection('CONNECTED'));
  add(`${V}.host.disconnect`, connection('DISCONNECTED'));
}

/** Allocation rules: a reservation within the limit; a fixed reservation within the parent's limit. */
function allocations(call: Call, parent: Obj | undefined, spec: Obj, current?: Obj): void {
  for (const key of ['cpu_allocation', 'memory_allocation']) {
    const a = { ...(current?.[key] as Obj), ...(spec[key] as Obj) } as AllocationSpec;
    const limit = a.limit ?? -1;
    if (limit < -1) call.fail(['INVALID_ARGUMENT'], `spec.${key}.limit: ${limit} (-1 is no limit)`);
    if ((a.reservation ?? 0) < 0) call.fail(['INVALID_ARGUMENT'], `spec.${key}.reservation: below 0`);
    if (limit != -1 && (a.reservation ?? 0) > limit)
      call.fail(['INVALID_ARGUMENT'], `spec.${key}: the reservation ${a.reservation} is over the limit ${limit}`);
    const cap = (parent?.[key] as AllocationSpec | undefined)?.limit ?? -1;
    if (cap != -1 && (a.reservation ?? 0) > cap)
      call.fail(['UNABLE_TO_ALLOCATE_RESOURCE'], `spec.${key}: the parent pool grants at most ${cap}`);
  }
}

function pools(add: (op: string, b: Behaviour) => void): void {
  const P = `${V}.resource_pool`;
  add(`${P}.create`, {
    handle: (call) => {
      const inv = call.world.inventory;
      const spec = specOf(call);
      const parent = inv.get(named(call, spec, 'parent'))!;
      const name = String(spec.name ?? '').trim();
      if (!name) call.fail(['INVALID_ARGUMENT'], 'spec.name: a resource pool needs a name');
      if (inv.children(parent.id, 'ResourcePool').some((p) => p.name == name))
        call.fail(['INVALID_ARGUMENT'], `a resource pool named '${name}' is already in ${parent.id}`);
      allocations(call, parent.attrs, spec);
      const id = addPool(inv, parent.id, { name });
      updateObject(inv.get(id)!, { cpu_allocation: spec.cpu_allocation, memory_allocation: spec.memory_allocation });
      return id;
    },
  });
  add(`${P}.update`, {
    before: (call) => {
      const inv = call.world.inventory;
      const pool = inv.get(String(own(call.args, 'resource_pool')))!;
      const spec = specOf(call);
      allocations(call, inv.get(pool.parent ?? '')?.attrs, spec, pool.attrs);
      if (typeof spec.name == 'string' && !spec.name.trim())
        call.fail(['INVALID_ARGUMENT'], 'spec.name: a resource pool needs a name');
    },
  });
  add(`${P}.delete`, {
    before: (call) => {
      const inv = call.world.inventory;
      const pool = inv.get(String(own(call.args, 'resource_pool')))!;
      const parent = inv.get(pool.parent ?? '');
      if (parent?.kind != 'ResourcePool') call.fail(['UNSUPPORTED'], `${pool.id} is a root resource pool`);
      for (const child of inv.children(pool.id, 'ResourcePool')) child.parent = parent!.id;
      for (const vm of inv.all('VirtualMachine'))
        if (vm.attrs.resource_pool == pool.id) vm.attrs.resource_pool = parent!.id;
    },
  });
}

export function infraBehaviours(add: (op: string, b: Behaviour) => void): void {
  datacenters(add);
  hosts(add);
  pools(add);
}

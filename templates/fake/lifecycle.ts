// The VM itself (com.vmware.vcenter.VM): get reads the whole VM from the same values its
// services answer (hardware.get, hardware.cpu.get, every device's get, …), so the two always
// agree; create makes a VM from a hardware description at a checked placement; delete and
// unregister refuse a powered-on VM; unregister keeps the files, which register reads back
// (with a new id). List is the inventory's (objects.ts). Emitted verbatim into the package.
import { own } from './check.js';
import { newVm, removeVm, unregisterVm } from './builder.js';
import { createDevice, KINDS, type Kind } from './devices.js';
import { factsOf } from './facts.js';
import { Fault } from './faults.js';
import { newGuest } from './guest.js';
import type { VmRecord } from './inventory.js';
import { reachable, resolvePlacement, whereOfPlacement, type Where } from './placement.js';
import type { Type } from './schema.js';
import { adapt, merge } from './synth.js';
import { makeCall, type Behaviour, type Call, type Obj, type World } from './world.js';

export const VMS = 'com.vmware.vcenter.VM';
const VM = 'com.vmware.vcenter.vm';

const unwrap = (t: Type): Type => (t.k == 'optional' ? t.of : t);
const key = (t: Type): string => JSON.stringify(unwrap(t));

/** The get operations of a VM's services by their result type: `[service, device id parameter?]`. */
function getters(world: World): Map<string, [string, string | undefined]> {
  const out = new Map<string, [string, string | undefined]>();
  for (const op of world.schema.model.operations) {
    const path = op.params.filter((p) => p.in == 'path');
    if (op.name != 'get' || !op.result || !op.service.startsWith(`${VM}.`) || op.params.length != path.length) continue;
    if (path[0]?.type != 'id:VirtualMachine' || path.length > 2) continue;
    out.set(key(world.schema.type(op.result)), [op.service, path[1]?.name]);
  }
  return out;
}

/**
 * The VM as `VM.get` reads it: each field from the service whose get answers its type (a map of
 * devices from the device service's get of each), else from the VM's facts.
 */
export function vmInfo(world: World, vm: VmRecord, type: string): unknown {
  const t = unwrap(world.schema.type(type));
  if (t.k != 'ref') return undefined;
  const gets = getters(world);
  const facts: Obj = { ...factsOf(world, vm), instant_clone_frozen: false };
  const out: Obj = {};
  for (const f of world.schema.structure(t.id).fields) {
    const ft = unwrap(f.type);
    const device = ft.k == 'map' ? gets.get(key(ft.value)) : undefined;
    const single = gets.get(key(ft));
    if (device?.[1]) {
      const [service, param] = device;
      const m: Obj = {};
      for (const id of world.collection(service, [vm.id]).keys())
        m[id] = world.invoke(`${service}.get`, { vm: vm.id, [param!]: id });
      out[f.name] = m;
    } else if (single && !single[1]) out[f.name] = world.invoke(`${single[0]}.get`, { vm: vm.id });
    else if (ft.k == 'ref') out[f.name] = adapt(world, ft, facts);
    else if (facts[f.name] !== undefined) out[f.name] = facts[f.name];
  }
  return adapt(world, t, out);
}

/** A VM of this name already in the folder is ALREADY_EXISTS (INVALID_ARGUMENT where the operation does not document it: relocate). */
export function nameFree(call: Call, folder: string, name: string): void {
  if (call.world.inventory.children(folder, 'VirtualMachine').some((v) => v.name == name))
    call.fail(['ALREADY_EXISTS', 'INVALID_ARGUMENT'], `a VM named '${name}' is already in folder ${folder}`);
}

/** The placement of a spec that must have one, over what its structure cannot say (the defaults). */
function placementOf(call: Call, spec: Obj, specType: string, base: Partial<Where> = {}): Where {
  const { world } = call;
  const field = world.schema.structure(specType).byName.get('placement');
  const given = own(spec, 'placement') as Obj | undefined;
  if (field && given == null) call.fail(['INVALID_ARGUMENT'], 'spec.placement: required');
  const pt = field && unwrap(field.type);
  const has = new Set(pt?.k == 'ref' ? world.schema.structure(pt.id).fields.map((f) => f.name) : []);
  const dflt = whereOfPlacement(world.placement);
  const fill: Partial<Where> = { ...base };
  if (!has.has('folder')) fill.folder ??= dflt.folder;
  if (!['resource_pool', 'host', 'cluster'].some((k) => has.has(k)))
    Object.assign(fill, { resource_pool: dflt.resource_pool, host: dflt.host, cluster: dflt.cluster });
  if (!has.has('datastore')) fill.datastore ??= dflt.datastore;
  return resolvePlacement(world, given ?? {}, fill, call.fail, 'spec.placement');
}

/** The device kind whose create takes structure `spec` (a `…disk.create_spec`). */
function kindTaking(world: World, spec: Type): Kind | undefined {
  for (const kind of KINDS) {
    const create = world.schema.operations.get(`${kind.service}.create`);
    const p = create?.params.find((x) => x.name == 'spec');
    if (p && key(world.schema.type(p.type)) == key(spec)) return kind;
  }
  return undefined;
}

/** Adds a device to a new VM through its kind's create (power rules aside); its faults are the VM operation's. */
function addDevice(call: Call, vm: VmRecord, kind: Kind, spec: Obj, where: string): void {
  try {
    createDevice(
      makeCall(
        call.world,
        call.world.schema.operations.get(`${kind.service}.create`)!,
        { vm: vm.id, spec },
        'api',
        call.user,
      ),
      kind,
      false,
    );
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    call.fail([e.type, 'INVALID_ARGUMENT'], `${where}: ${e.messages[0]!.default_message}`);
  }
}

/** Merges a spec into a VM service's value (`hardware.cpu`), when the model has the service. */
function mergeValue(world: World, vm: VmRecord, service: string, spec: unknown): void {
  const get = world.schema.operations.get(`${VM}.${service}.get`);
  if (!get?.result || spec == null || typeof spec != 'object') return;
  const type = world.schema.type(get.result);
  const current = world.valueOf(`${VM}.${service}`, [vm.id]);
  const next = Array.isArray(spec) ? adapt(world, type, spec) : merge(world, type, current as Obj, spec as Obj);
  world.setSingleton(`${VM}.${service}`, [vm.id], next);
}

/** Configures a new VM from a create spec: hardware values, then adapters, then the other devices. */
function configure(call: Call, vm: VmRecord, spec: Obj, specType: string): void {
  const { world } = call;
  if (spec.hardware_version != null) mergeValue(world, vm, 'hardware', { version: spec.hardware_version });
  mergeValue(world, vm, 'hardware.boot', spec.boot);
  mergeValue(world, vm, 'hardware.boot.device', spec.boot_devices);
  mergeValue(world, vm, 'hardware.cpu', spec.cpu);
  mergeValue(world, vm, 'hardware.memory', spec.memory);
  const lists: [string, Kind, Obj[]][] = [];
  for (const f of world.schema.structure(specType).fields) {
    const t = unwrap(f.type);
    const kind = t.k == 'list' ? kindTaking(world, t.of) : undefined;
    if (!kind) continue;
    const given = own(spec, f.name) as Obj[] | undefined;
    // Unset: one new disk of the default size, the SCSI adapter disks need when no adapter is
    // asked for; no other devices.
    const adapters = ['scsi_adapters', 'sata_adapters', 'nvme_adapters'].some((k) => spec[k] != null);
    const implied = kind.service.endsWith('.disk') ? [{}] : kind.service.endsWith('.scsi') && !adapters ? [{}] : [];
    lists.push([f.name, kind, given ?? implied]);
  }
  lists.sort(([, a], [, b]) => Number(b.service.includes('.adapter.')) - Number(a.service.includes('.adapter.')));
  for (const [field, kind, items] of lists)
    items.forEach((d, i) => addDevice(call, vm, kind, d, `spec.${field}[${i}]`));
}

function createVm(call: Call): string {
  const { world } = call;
  const p = call.op.params.find((x) => x.name == 'spec')!;
  const specType = (unwrap(world.schema.type(p.type)) as { id: string }).id;
  const spec = (own(call.args, 'spec') ?? {}) as Obj;
  const where = placementOf(call, spec, specType);
  const n = world.inventory.all('VirtualMachine').length + 1;
  const name = typeof spec.name == 'string' ? spec.name : `Virtual Machine ${n}`;
  nameFree(call, where.folder, name);
  const os = typeof spec.guest_OS == 'string' ? spec.guest_OS : undefined;
  const guest = newGuest(os?.startsWith('WIN') ? 'WINDOWS' : 'LINUX', world.clock.now());
  Object.assign(guest, { hostName: name, ...(os ? { os } : {}) });
  // A new VM has no guest OS installed yet, so no VMware Tools.
  const vm = newVm(world, name, where, guest, false);
  try {
    configure(call, vm, spec, specType);
  } catch (e) {
    removeVm(world, vm.id);
    throw e;
  }
  return vm.id;
}

/** A VM's files as `register` names them: `datastore` and `path`, or `datastore_path`. */
function fileOf(call: Call, spec: Obj): string {
  const { datastore, path, datastore_path: dsPath } = spec;
  if ((dsPath != null) == (datastore != null || path != null) || (datastore == null) != (path == null))
    call.fail(['INVALID_ARGUMENT'], 'spec: name the configuration file by datastore and path, or by datastore_path');
  if (typeof dsPath == 'string') return dsPath;
  reachable(call.world, String(datastore), call.fail, 'spec.datastore');
  return `[${call.world.inventory.get(String(datastore))!.name}] ${String(path)}`;
}

function registerVm(call: Call): string {
  const { world } = call;
  const spec = (own(call.args, 'spec') ?? {}) as Obj;
  const file = fileOf(call, spec);
  const taken = world.inventory.all('VirtualMachine').find((v) => v.attrs.vmx == file);
  if (taken) call.fail(['ALREADY_EXISTS'], `${file} is registered already, as ${taken.id}`);
  const old = world.unregistered.get(file) ?? call.fail(['NOT_FOUND'], `there is no VM configuration file ${file}`);
  reachable(world, String(old.attrs.datastore), call.fail, 'spec');
  const specType = (unwrap(world.schema.type(call.op.params.find((x) => x.name == 'spec')!.type)) as { id: string }).id;
  const where = placementOf(call, spec, specType, { datastore: String(old.attrs.datastore) });
  const name = typeof spec.name == 'string' ? spec.name : old.name;
  nameFree(call, where.folder, name);
  const { id: oldId, kind: _kind, name: _name, parent: _parent, attrs, ...state } = old;
  const vm = world.inventory.add<VmRecord>('VirtualMachine', name, where.folder, { ...state, attrs: { ...attrs } });
  Object.assign(vm.attrs, { host: where.host, resource_pool: where.resource_pool });
  if (where.cluster) vm.attrs.cluster = where.cluster;
  else delete vm.attrs.cluster;
  world.copyParent(oldId, vm.id, true);
  world.unregistered.delete(file);
  return vm.id;
}

export function lifecycleBehaviours(add: (op: string, b: Behaviour) => void): void {
  const notOn = (call: Call): void => {
    const vm = call.vm();
    if (vm.power == 'POWERED_ON') call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${vm.id} is powered on`);
  };
  add(`${VMS}.get`, { handle: (call) => vmInfo(call.world, call.vm(), call.op.result!) });
  add(`${VMS}.create`, { handle: createVm });
  add(`${VMS}.delete`, { before: notOn });
  add(`${VMS}.unregister`, { before: notOn, handle: (call) => void unregisterVm(call.world, call.vm()) });
  add(`${VMS}.register`, { handle: registerVm });
}

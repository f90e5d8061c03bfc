// Copies and moves of VMs (com.vmware.vcenter.VM clone, instant_clone, relocate): a clone copies
// the source's devices and settings (what every service of the source stores) to a new VM with
// new UUIDs and MAC addresses and its disks' files under the new name, leaving out or placing
// elsewhere the disks asked for; an instant clone needs a running source and runs at once;
// relocate moves a VM and its disks' files. Placement as placement.ts checks it; ALREADY_EXISTS
// for a name taken in the folder. Their task forms run them when the task completes. Verbatim.
import { own } from './check.js';
import { newVm } from './builder.js';
import { powerDevices } from './devices.js';
import type { GuestState } from './guest.js';
import type { VmRecord } from './inventory.js';
import { nameFree, VMS } from './lifecycle.js';
import { moveVm, reachable, resolvePlacement, vmxPath, whereOf, type Where } from './placement.js';
import { setPower } from './power.js';
import { merge } from './synth.js';
import type { Behaviour, Call, Obj, World } from './world.js';

const HW = 'com.vmware.vcenter.vm.hardware';

const disks = (world: World, vm: VmRecord): Map<string, Obj> => world.collection(`${HW}.disk`, [vm.id]);

/** Device ids a spec names (a set, or a map's keys) must be devices of the VM. */
function ids(call: Call, vm: VmRecord, service: string, value: unknown, path: string): string[] {
  const list = Array.isArray(value) ? value.map(String) : value && typeof value == 'object' ? Object.keys(value) : [];
  const have = call.world.collection(service, [vm.id]);
  for (const id of list)
    if (!have.has(id)) call.fail(['NOT_FOUND', 'INVALID_ARGUMENT'], `${path}: ${vm.id} has no device ${id}`);
  return list;
}

/** A new VM with the source's guest, devices and settings, powered off. */
function copyVm(world: World, src: VmRecord, name: string, where: Where): VmRecord {
  const g = src.guest;
  const k = world.next();
  const guest: GuestState = {
    ...g,
    hostName: name,
    ipAddress: g.ipAddress ? `10.1.${Math.floor(k / 250) % 250}.${(k % 250) + 2}` : undefined,
    users: g.users.map((u) => ({ ...u })),
    tokens: [...g.tokens],
    env: { ...g.env },
    files: new Map([...g.files].map(([p, f]) => [p, { ...f }])),
    processes: new Map(),
    nextPid: 1000,
    standby: false,
  };
  const vm = newVm(world, name, where, guest, src.toolsInstalled);
  world.copyParent(src.id, vm.id);
  powerDevices(world, vm, false);
  for (const nic of world.collection(`${HW}.ethernet`, [vm.id]).values())
    if (nic.mac_type != 'MANUAL') nic.mac_address = `00:50:56:${world.random.hex(6).replace(/(..)(?=.)/g, '$1:')}`;
  return vm;
}

/** Points a disk's file at a datastore (and, for a copy, at the new VM's folder and name). */
function moveDisk(world: World, disk: Obj, datastore: string, rename?: [from: string, to: string]): void {
  const b = disk.backing as Obj | undefined;
  if (typeof b?.vmdk_file != 'string') return;
  const m = /^\[([^\]]*)\]\s*(.*)$/.exec(b.vmdk_file);
  let path = m ? m[2]! : b.vmdk_file;
  if (rename) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    path = `${rename[1]}/${file.startsWith(rename[0]) ? rename[1] + file.slice(rename[0].length) : file}`;
  }
  b.vmdk_file = `[${world.inventory.get(datastore)?.name ?? datastore}] ${path}`;
}

function clone(call: Call): string {
  const { world } = call;
  const spec = own(call.args, 'spec') as Obj;
  const src = world.inventory.of<VmRecord>('VirtualMachine', String(spec.source))!;
  const where = resolvePlacement(world, (spec.placement ?? {}) as Obj, whereOf(src), call.fail, 'spec.placement');
  const name = String(spec.name);
  nameFree(call, where.folder, name);
  const removed = ids(call, src, `${HW}.disk`, spec.disks_to_remove, 'spec.disks_to_remove');
  const updated = (spec.disks_to_update ?? {}) as Record<string, Obj>;
  for (const id of ids(call, src, `${HW}.disk`, updated, 'spec.disks_to_update')) {
    if (removed.includes(id)) call.fail(['INVALID_ARGUMENT'], `spec: disk ${id} is both removed and updated`);
    if (updated[id]!.datastore != null)
      reachable(world, String(updated[id]!.datastore), call.fail, `spec.disks_to_update.${id}`);
  }
  const vm = copyVm(world, src, name, where);
  const own_ = disks(world, vm);
  for (const id of removed) own_.delete(id);
  for (const [id, d] of own_) moveDisk(world, d, String(updated[id]?.datastore ?? where.datastore), [src.name, name]);
  const custom = (spec.guest_customization_spec as Obj | undefined)?.name;
  if (custom != null && world.schema.operations.has('com.vmware.vcenter.vm.guest.customization.get'))
    world.setSingleton('com.vmware.vcenter.vm.guest.customization', [vm.id], { status: 'PENDING' });
  if (spec.power_on === true) setPower(world, vm, 'POWERED_ON');
  return vm.id;
}

/** Merges `…_to_update` maps of device id → update spec into the new VM's devices. */
function updateDevices(call: Call, src: VmRecord, vm: VmRecord, service: string, value: unknown, path: string): void {
  const { world } = call;
  const get = world.schema.operations.get(`${service}.get`);
  if (!get?.result) return;
  const devices = world.collection(service, [vm.id]);
  for (const id of ids(call, src, service, value, path))
    devices.set(id, merge(world, world.schema.type(get.result), devices.get(id)!, (value as Record<string, Obj>)[id]!));
}

function instantClone(call: Call): string {
  const { world } = call;
  const spec = own(call.args, 'spec') as Obj;
  const src = world.inventory.of<VmRecord>('VirtualMachine', String(spec.source))!;
  if (src.power != 'POWERED_ON') call.fail(['INVALID_ARGUMENT'], `spec.source: ${src.id} is not powered on`);
  const where = resolvePlacement(world, (spec.placement ?? {}) as Obj, whereOf(src), call.fail, 'spec.placement');
  const name = String(spec.name);
  nameFree(call, where.folder, name);
  const bios = spec.bios_uuid;
  if (typeof bios == 'string' && !/^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$/i.test(bios))
    call.fail(['INVALID_ARGUMENT'], `spec.bios_uuid: '${bios}' is not a UUID`);
  const vm = copyVm(world, src, name, where);
  // The new VM shares the source's disks (its delta disks sit beside its own files).
  for (const d of disks(world, vm).values()) moveDisk(world, d, where.datastore, [src.name, name]);
  updateDevices(call, src, vm, `${HW}.ethernet`, spec.nics_to_update, 'spec.nics_to_update');
  updateDevices(call, src, vm, `${HW}.parallel`, spec.parallel_ports_to_update, 'spec.parallel_ports_to_update');
  updateDevices(call, src, vm, `${HW}.serial`, spec.serial_ports_to_update, 'spec.serial_ports_to_update');
  if (typeof bios == 'string') vm.attrs.bios_uuid = bios.toLowerCase();
  setPower(world, vm, 'POWERED_ON');
  if (spec.disconnect_all_nics === true)
    for (const nic of world.collection(`${HW}.ethernet`, [vm.id]).values()) nic.state = 'NOT_CONNECTED';
  vm.guest.processes = new Map([...src.guest.processes].map(([pid, p]) => [pid, { ...p }]));
  vm.guest.nextPid = src.guest.nextPid;
  return vm.id;
}

function relocate(call: Call): void {
  const { world } = call;
  const vm = call.vm();
  const spec = (own(call.args, 'spec') ?? {}) as Obj;
  const placement = (spec.placement ?? {}) as Obj;
  const where = resolvePlacement(world, placement, whereOf(vm), call.fail, 'spec.placement');
  if (where.folder != vm.parent) nameFree(call, where.folder, vm.name);
  const moved = (spec.disks ?? {}) as Record<string, Obj>;
  for (const id of ids(call, vm, `${HW}.disk`, moved, 'spec.disks'))
    if (moved[id]!.datastore != null) reachable(world, String(moved[id]!.datastore), call.fail, `spec.disks.${id}`);
  const datastoreChanged = placement.datastore != null && placement.datastore != vm.attrs.datastore;
  moveVm(vm, where);
  for (const [id, d] of disks(world, vm)) {
    const to = moved[id]?.datastore ?? (datastoreChanged ? where.datastore : undefined);
    if (to != null) moveDisk(world, d, String(to));
  }
  if (datastoreChanged) vm.attrs.vmx = vmxPath(world, where.datastore, vm.name);
}

export function cloneBehaviours(add: (op: string, b: Behaviour) => void): void {
  add(`${VMS}.clone`, { handle: clone });
  add(`${VMS}.instant_clone`, { handle: instantClone });
  add(`${VMS}.relocate`, { handle: (call) => void relocate(call) });
}

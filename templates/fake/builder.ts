// Putting VMs (and what they sit on) into a fake: from a fixture object or at run time, with
// sensible defaults, so that a bare `createFake()` has a VM with a disk, a NIC and a CD-ROM to
// work on. Devices are added through the same code as the API's create operations; every value
// given is checked against the API's types. Emitted verbatim into the package (src/fake/).
import { check } from './check.js';
import { createDevice, KINDS } from './devices.js';
import { newGuest, type GuestState, type GuestUser, type ProcessHandler } from './guest.js';
import type { PowerState, ToolsState, VmRecord } from './inventory.js';
import { resolvePlacement, vmxPath, whereOfPlacement, type Where } from './placement.js';
import { defaultPlacement } from './places.js';
import { setPower } from './power.js';
import { merge, put } from './synth.js';
import { makeCall, type Obj, type World } from './world.js';

/** Device kinds by their short name (the service's last name; adapters by their bus). */
export type DeviceKindName =
  'cdrom' | 'disk' | 'ethernet' | 'floppy' | 'serial' | 'parallel' | 'scsi' | 'sata' | 'nvme';

export interface GuestSpec {
  family?: 'LINUX' | 'WINDOWS';
  /** A value of the guest OS enum, e.g. `UBUNTU_64`. */
  os?: string;
  fullName?: string;
  hostName?: string;
  ipAddress?: string;
  /** Guest users whose credentials guest operations accept (default root or Administrator, password `VMware1!`). */
  users?: GuestUser[];
  /** SAML bearer tokens guest operations accept. */
  tokens?: string[];
  env?: Record<string, string>;
  /** Files and directories to add: path → `'file'`, `'directory'` or a size in bytes. */
  files?: Record<string, 'file' | 'directory' | number>;
  /** What a program started in the guest does. */
  onProcess?: ProcessHandler;
}

/** Where a VM of the fixture sits, by names or ids; unset: the first of each kind in the first datacenter. */
export interface VmPlacementSpec {
  /** A folder of VMs. */
  folder?: string;
  cluster?: string;
  host?: string;
  resourcePool?: string;
  datastore?: string;
}

export interface VmSpec {
  name?: string;
  placement?: VmPlacementSpec;
  /** false: only its files are on the datastore, as after `unregister` (`register` takes its `vmx`). */
  registered?: boolean;
  /** Default POWERED_OFF. */
  power?: PowerState;
  /** Default: installed (RUNNING while the VM is on). NOT_RUNNING on a running VM: Tools stopped. */
  tools?: ToolsState;
  guest?: GuestSpec;
  /** Devices as the create operations take them (`HardwareDiskCreateSpec`, …), by kind. Default: a SCSI adapter, a disk, a NIC and a CD-ROM. */
  devices?: Partial<Record<DeviceKindName, Obj[]>>;
  /** Shorthands for `values['hardware.cpu']` and `values['hardware.memory']`. */
  cpu?: Obj;
  memory?: Obj;
  /** Values of other VM services as their get reads them, by accessor path (`'hardware.boot'`), merged into the defaults. */
  values?: Record<string, Obj>;
}

const VM = 'com.vmware.vcenter.vm';
const DEFAULT_DEVICES: NonNullable<VmSpec['devices']> = { scsi: [{}], disk: [{}], ethernet: [{}], cdrom: [{}] };
const ORDER: DeviceKindName[] = ['scsi', 'sata', 'nvme', 'disk', 'cdrom', 'ethernet', 'floppy', 'serial', 'parallel'];

const kindOf = (name: DeviceKindName): (typeof KINDS)[number] => KINDS.find((k) => k.service.endsWith(`.${name}`))!;

/** Adds a VM to the fake's inventory. Throws a TypeError for values the API would not take. */
export function addVm(world: World, spec: VmSpec = {}): VmRecord {
  const n = world.inventory.all('VirtualMachine').length + world.unregistered.size + 1;
  const name = spec.name ?? (n == 1 ? 'test-vm' : `test-vm-${n}`);
  const now = world.clock.now();
  const g = spec.guest ?? {};
  const guest: GuestState = newGuest(g.family ?? (g.os?.startsWith('WIN') ? 'WINDOWS' : 'LINUX'), now);
  Object.assign(guest, {
    ...(g.os ? { os: g.os } : {}),
    ...(g.fullName ? { fullName: g.fullName } : {}),
    hostName: g.hostName ?? name,
    ipAddress: g.ipAddress ?? `10.0.0.${10 + n}`,
    ...(g.users ? { users: g.users.map((u) => ({ ...u })) } : {}),
    ...(g.tokens ? { tokens: [...g.tokens] } : {}),
    ...(g.onProcess ? { onProcess: g.onProcess } : {}),
  });
  Object.assign(guest.env, g.env);
  for (const [path, what] of Object.entries(g.files ?? {}))
    guest.files.set(path, {
      type: what == 'directory' ? 'DIRECTORY' : 'FILE',
      size: typeof what == 'number' ? what : what == 'directory' ? 4096 : 0,
      modified: now,
      accessed: now,
    });
  const toolsInstalled = spec.tools != 'NOT_INSTALLED';
  const vm = newVm(world, name, fixturePlacement(world, spec.placement ?? {}), guest, toolsInstalled);
  try {
    // The default devices of the kinds this package has; devices asked for must exist.
    const has = (kind: DeviceKindName): boolean => world.schema.operations.has(`${kindOf(kind).service}.create`);
    const devices = spec.devices ?? DEFAULT_DEVICES;
    for (const kind of ORDER)
      for (const d of (spec.devices || has(kind) ? devices[kind] : undefined) ?? []) addDevice(world, vm, kind, d);
    const values = {
      ...spec.values,
      ...(spec.cpu ? { 'hardware.cpu': spec.cpu } : {}),
      ...(spec.memory ? { 'hardware.memory': spec.memory } : {}),
    };
    for (const [service, value] of Object.entries(values)) setValue(world, vm, service, value);
    if (spec.power && spec.power != 'POWERED_OFF') setPower(world, vm, spec.power);
    if (spec.tools) setTools(vm, spec.tools);
    if (spec.registered === false) unregisterVm(world, vm);
  } catch (e) {
    removeVm(world, vm.id);
    throw e;
  }
  return vm;
}

/** A new VM record in the inventory, powered off, at a resolved place. */
export function newVm(world: World, name: string, where: Where, guest: GuestState, toolsInstalled: boolean): VmRecord {
  return world.inventory.add<VmRecord>('VirtualMachine', name, where.folder, {
    kind: 'VirtualMachine',
    power: 'POWERED_OFF',
    cleanPowerOff: true,
    tools: toolsInstalled ? 'NOT_RUNNING' : 'NOT_INSTALLED',
    toolsInstalled,
    installerConnected: false,
    guest,
    attrs: {
      host: where.host,
      ...(where.cluster ? { cluster: where.cluster } : {}),
      resource_pool: where.resource_pool,
      datastore: where.datastore,
      instance_uuid: world.random.uuid(),
      bios_uuid: world.random.uuid(),
      vmx: vmxPath(world, where.datastore, name),
    },
  });
}

/** Takes a VM out of the inventory and keeps its files (and what its services store) for `register`. */
export function unregisterVm(world: World, vm: VmRecord): void {
  world.inventory.remove(vm.id);
  world.unregistered.set(String(vm.attrs.vmx), vm);
}

/** The placement of a fixture VM: names or ids looked up, the rest as the API would work it out. */
function fixturePlacement(world: World, p: VmPlacementSpec): Where {
  const inv = world.inventory;
  const given: Obj = {};
  const look = (key: string, kind: string, v: string | undefined): void => {
    if (v === undefined) return;
    const o = inv.find(kind, v);
    if (!o) throw new TypeError(`placement.${key}: no ${kind} ${v} in the fake's inventory`);
    given[key] = o.id;
  };
  look('folder', 'Folder', p.folder);
  look('cluster', 'ClusterComputeResource', p.cluster);
  look('host', 'HostSystem', p.host);
  look('resource_pool', 'ResourcePool', p.resourcePool);
  look('datastore', 'Datastore', p.datastore);
  // Defaults from the datacenter of what is given (else the first one).
  const first = Object.values(given)[0] as string | undefined;
  const dc = first ? inv.ancestor(first, 'Datacenter') : undefined;
  const here = defaultPlacement(inv, dc) ?? world.placement;
  const fail = (_: unknown, message: string): never => {
    throw new TypeError(message);
  };
  return resolvePlacement(world, given, whereOfPlacement(here), fail, 'placement', true);
}
export function removeVm(world: World, id: string): void {
  world.inventory.remove(id);
  world.dropParent(id);
}

/** Adds a device as the create operation of its kind would (power rules aside). */
export function addDevice(world: World, vm: VmRecord, name: DeviceKindName, spec: Obj = {}): string {
  const kind = kindOf(name);
  const create = kind && world.schema.operations.get(`${kind.service}.create`);
  if (!create) throw new TypeError(`this package has no ${name} devices (no ${kind?.service ?? name}.create)`);
  const p = create.params.find((x) => x.name == 'spec');
  const problem = p && check(world.schema, world.schema.type(p.type), spec, `devices.${name}`);
  if (problem) throw new TypeError(problem.message);
  try {
    return createDevice(makeCall(world, create, { vm: vm.id, spec }, 'api', 'builder'), kind, false);
  } catch (e) {
    throw new TypeError(`devices.${name}: ${(e as Error).message}`);
  }
}

/** Merges a value into a VM service's stored value (`'hardware.cpu'` or its full id), checked against its type. */
export function setValue(world: World, vm: VmRecord, service: string, value: Obj): void {
  const id = world.schema.operations.has(`${service}.get`) ? service : `${VM}.${service}`;
  const get = world.schema.operations.get(`${id}.get`);
  if (!get?.result) throw new TypeError(`this package has no service ${service} with a get`);
  const type = world.schema.type(get.result);
  const next = merge(world, type, world.valueOf(id, [vm.id]) as Obj, value);
  for (const [k, v] of Object.entries(value)) if (v === null) put(next, k, undefined);
  const problem = check(world.schema, type, next, service);
  if (problem) throw new TypeError(problem.message);
  world.setSingleton(id, [vm.id], next);
}

/** VMware Tools of a VM: RUNNING needs the VM powered on; NOT_INSTALLED takes them away. */
export function setTools(vm: VmRecord, state: ToolsState): void {
  if (state == 'RUNNING' && vm.power != 'POWERED_ON')
    throw new TypeError(`Tools cannot run while ${vm.id} is ${vm.power}`);
  vm.toolsInstalled = state != 'NOT_INSTALLED';
  vm.tools = state;
}

/** The stored devices of one kind: id (key) and info as `get` answers it. */
export function devicesOf(world: World, vm: VmRecord, name: DeviceKindName): { id: string; info: Obj }[] {
  const kind = kindOf(name);
  return [...world.collection(kind.service, [vm.id])].map(([id, info]) => ({ id, info: structuredClone(info) }));
}

// The virtual devices of a VM (CD-ROMs, disks, NICs, floppies, serial and parallel ports, SATA,
// SCSI and NVMe adapters), modelled on top of the generic collections: keys in vCenter's ranges
// for each kind and address, free addresses picked on the adapters that exist, labels, power
// rules for adding and removing (IDE and legacy ports only while off, nothing while suspended),
// and connect/disconnect only while the VM runs. Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import type { VmRecord } from './inventory.js';
import { adapt, put } from './synth.js';
import type { Behaviour, Call, Obj, World } from './world.js';

const HW = 'com.vmware.vcenter.vm.hardware';

export interface Kind {
  readonly service: string;
  readonly label: string;
  /** Simple kinds: the first key and how many the VM may have. */
  readonly base?: number;
  readonly max?: number;
  /** The power states in which the kind can be added or removed (storage: by bus, below). */
  readonly changeWhen: 'off' | 'not-suspended' | 'any' | 'storage';
}

export const KINDS: readonly Kind[] = [
  { service: `${HW}.cdrom`, label: 'CD/DVD drive', changeWhen: 'storage' },
  { service: `${HW}.disk`, label: 'Hard disk', changeWhen: 'storage' },
  { service: `${HW}.ethernet`, label: 'Network adapter', base: 4000, max: 10, changeWhen: 'any' },
  { service: `${HW}.floppy`, label: 'Floppy drive', base: 8000, max: 2, changeWhen: 'off' },
  { service: `${HW}.serial`, label: 'Serial port', base: 9000, max: 32, changeWhen: 'off' },
  { service: `${HW}.parallel`, label: 'Parallel port', base: 10000, max: 3, changeWhen: 'off' },
  { service: `${HW}.adapter.scsi`, label: 'SCSI controller', base: 1000, max: 4, changeWhen: 'not-suspended' },
  { service: `${HW}.adapter.sata`, label: 'SATA controller', base: 15000, max: 4, changeWhen: 'not-suspended' },
  { service: `${HW}.adapter.nvme`, label: 'NVME controller', base: 31000, max: 4, changeWhen: 'not-suspended' },
];

/** Storage buses: the adapter service, how many units a bus has, and the first device key. */
const BUSES: Readonly<Record<string, { adapter?: string; units: number; key: (bus: number, unit: number) => number }>> =
  {
    IDE: { units: 2, key: (bus, unit) => 3000 + bus * 2 + unit },
    SCSI: { adapter: `${HW}.adapter.scsi`, units: 16, key: (bus, unit) => 2000 + bus * 16 + unit },
    SATA: { adapter: `${HW}.adapter.sata`, units: 30, key: (bus, unit) => 16000 + bus * 30 + unit },
    NVME: { adapter: `${HW}.adapter.nvme`, units: 15, key: (bus, unit) => 32000 + bus * 15 + unit },
  };

const STORAGE = [`${HW}.cdrom`, `${HW}.disk`];
const CONNECTABLE = [`${HW}.cdrom`, `${HW}.ethernet`, `${HW}.floppy`, `${HW}.serial`, `${HW}.parallel`];

/** Behaviours of every device operation the model has. */
export function deviceBehaviours(world: World, add: (op: string, b: Behaviour) => void): void {
  for (const kind of KINDS) {
    if (!world.schema.operations.has(`${kind.service}.create`)) continue;
    add(`${kind.service}.create`, { handle: (call) => createDevice(call, kind) });
    add(`${kind.service}.delete`, { before: (call) => removable(call, kind) });
    add(`${kind.service}.update`, {
      before: (call) =>
        call.vm().power != 'SUSPENDED' || call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], 'the VM is suspended'),
    });
    if (CONNECTABLE.includes(kind.service)) {
      add(`${kind.service}.connect`, { handle: (call) => setConnected(call, kind, true) });
      add(`${kind.service}.disconnect`, { handle: (call) => setConnected(call, kind, false) });
    }
  }
}

const devices = (world: World, vm: VmRecord, service: string): Map<string, Obj> => world.collection(service, [vm.id]);

/** The device a call names (its second path parameter), or NOT_FOUND. */
function deviceOf(call: Call, kind: Kind): [string, Obj] {
  const p = call.op.params.filter((x) => x.in == 'path')[1];
  const id = String(own(call.args, p?.name ?? ''));
  const d = devices(call.world, call.vm(), kind.service).get(id);
  return d ? [id, d] : call.fail(['NOT_FOUND'], `${kind.label} ${id} does not exist in ${call.vm().id}`);
}

function changeAllowed(call: Call, kind: Kind, bus: string | undefined, verb: string): void {
  const { power } = call.vm();
  const why =
    power == 'SUSPENDED' && kind.changeWhen != 'any'
      ? 'the VM is suspended'
      : power == 'POWERED_ON' && (kind.changeWhen == 'off' || (kind.changeWhen == 'storage' && bus == 'IDE'))
        ? `a ${bus == 'IDE' ? 'IDE ' : ''}${kind.label.toLowerCase()} cannot be ${verb} while the VM is powered on`
        : undefined;
  if (why) call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], why);
}

function removable(call: Call, kind: Kind): void {
  const [, d] = deviceOf(call, kind);
  changeAllowed(call, kind, typeof d.type == 'string' && kind.changeWhen == 'storage' ? d.type : undefined, 'removed');
}

function setConnected(call: Call, kind: Kind, on: boolean): undefined {
  const vm = call.vm();
  const [, d] = deviceOf(call, kind);
  if (vm.power != 'POWERED_ON') call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${vm.id} is not powered on`);
  if ((d.state == 'CONNECTED') == on)
    call.fail(
      ['ALREADY_IN_DESIRED_STATE'],
      `the ${kind.label.toLowerCase()} is ${on ? 'connected' : 'disconnected'} already`,
    );
  d.state = on ? 'CONNECTED' : 'NOT_CONNECTED';
  return undefined;
}

/** Adds a device the way the API does (used by the builder too, with `rules` off). */
export function createDevice(call: Call, kind: Kind, rules = true): string {
  const { world } = call;
  const vm = call.vm();
  const spec = (own(call.args, 'spec') ?? {}) as Obj;
  const infoType = world.schema.type(world.schema.operations.get(`${kind.service}.get`)!.result!);
  const s = world.schema.structure((infoType as { id: string }).id);
  // The source of the new info: vCenter's defaults, the spec, then what the fake decides.
  const base: Obj = {};
  for (const b of [
    'start_connected',
    'allow_guest_control',
    'wake_on_lan_enabled',
    'upt_compatibility_enabled',
    'yield_on_poll',
  ])
    if (s.byName.has(b)) base[b] = false;
  for (const [k, v] of Object.entries(spec)) put(base, k, structuredClone(v));
  let key: number;
  if (kind.changeWhen == 'storage') {
    const placed = placeStorage(call, vm, kind, spec);
    if (rules) changeAllowed(call, kind, placed.bus, 'added');
    key = placed.key;
    base.type = placed.bus;
    put(base, placed.bus.toLowerCase(), placed.address);
  } else {
    if (rules) changeAllowed(call, kind, undefined, 'added');
    key = simpleKey(call, vm, kind, spec);
  }
  kindDefaults(world, vm, kind.service, base, key);
  base.label = `${kind.label} ${devices(world, vm, kind.service).size + 1}`;
  if (s.byName.has('state'))
    base.state = vm.power == 'POWERED_ON' && base.start_connected ? 'CONNECTED' : 'NOT_CONNECTED';
  devices(world, vm, kind.service).set(String(key), adapt(world, infoType, base) as Obj);
  return String(key);
}

function simpleKey(call: Call, vm: VmRecord, kind: Kind, spec: Obj): number {
  const used = new Set(devices(call.world, vm, kind.service).keys());
  const wantBus = own(spec, 'bus');
  if (kind.service.includes('.adapter.')) {
    if (typeof wantBus == 'number') {
      if (wantBus < 0 || wantBus >= kind.max!)
        call.fail(['INVALID_ARGUMENT'], `bus ${wantBus} is out of range 0-${kind.max! - 1}`);
      if (used.has(String(kind.base! + wantBus))) call.fail(['RESOURCE_IN_USE'], `bus ${wantBus} is taken`);
      return kind.base! + wantBus;
    }
  }
  for (let i = 0; i < kind.max!; i++) if (!used.has(String(kind.base! + i))) return kind.base! + i;
  return call.fail(
    ['UNABLE_TO_ALLOCATE_RESOURCE'],
    `${vm.id} has the most ${kind.label.toLowerCase()}s it supports (${kind.max})`,
  );
}

interface Placed {
  bus: string;
  address: Obj;
  key: number;
}

/** The storage bus and address of a new disk or CD-ROM: the one asked for, or the first free. */
function placeStorage(call: Call, vm: VmRecord, kind: Kind, spec: Obj): Placed {
  const { world } = call;
  const taken = new Set<number>();
  for (const s of STORAGE) for (const k of devices(world, vm, s).keys()) taken.add(Number(k));
  const adapters = (bus: string): number[] => {
    const a = BUSES[bus]!.adapter;
    return a
      ? [...devices(world, vm, a).values()].map((x) =>
          Number(own(x, 'bus') ?? (own(x, 'scsi') as Obj | undefined)?.bus),
        )
      : [0, 1];
  };
  const asked = own(spec, 'type') as string | undefined;
  const order = asked ? [asked] : kind.service.endsWith('.cdrom') ? ['IDE', 'SATA'] : ['SCSI', 'SATA', 'NVME', 'IDE'];
  for (const bus of order) {
    const def = BUSES[bus]!;
    const addr = (own(spec, bus.toLowerCase()) ?? {}) as Obj;
    const present = adapters(bus);
    if (bus == 'IDE') {
      const slots = [0, 1].flatMap((b) => [0, 1].map((u) => [b, u] as const));
      const want = slots.filter(
        ([b, u]) =>
          (addr.primary == null || (addr.primary ? 0 : 1) == b) && (addr.master == null || (addr.master ? 0 : 1) == u),
      );
      const free = want.find(([b, u]) => !taken.has(def.key(b, u)));
      if (free)
        return { bus, address: { primary: free[0] == 0, master: free[1] == 0 }, key: def.key(free[0], free[1]) };
      if (asked && addr.primary != null && addr.master != null)
        call.fail(['RESOURCE_IN_USE'], 'that IDE position is taken');
      continue;
    }
    const wantBus = addr.bus as number | undefined;
    if (wantBus != null && !present.includes(wantBus)) {
      if (asked) call.fail(['UNABLE_TO_ALLOCATE_RESOURCE'], `${vm.id} has no ${bus} adapter on bus ${wantBus}`);
      continue;
    }
    for (const b of wantBus != null ? [wantBus] : present.sort((x, y) => x - y)) {
      const units = [...Array(def.units).keys()].filter((u) => !(bus == 'SCSI' && u == 7));
      const wantUnit = addr.unit as number | undefined;
      if (wantUnit != null && !units.includes(wantUnit))
        call.fail(['INVALID_ARGUMENT'], `unit ${wantUnit} is out of range on ${bus}`);
      const unit = (wantUnit != null ? [wantUnit] : units).find((u) => !taken.has(def.key(b, u)));
      if (unit != null) return { bus, address: { bus: b, unit }, key: def.key(b, unit) };
      if (wantUnit != null) call.fail(['RESOURCE_IN_USE'], `${bus} ${b}:${wantUnit} is taken`);
    }
    if (asked) call.fail(['UNABLE_TO_ALLOCATE_RESOURCE'], `no free ${bus} address on ${vm.id}`);
  }
  return call.fail(['UNABLE_TO_ALLOCATE_RESOURCE'], `no free storage address on ${vm.id}`);
}

/** What vCenter fills in for each kind: disk files, MAC addresses, network names, backings. */
function kindDefaults(world: World, vm: VmRecord, service: string, base: Obj, key: number): void {
  const inv = world.inventory;
  const ds = inv.get(String(vm.attrs.datastore))?.name ?? 'datastore1';
  if (service.endsWith('.disk')) {
    const v = (own(base, 'new_vmdk') ?? {}) as Obj;
    const file = `[${ds}] ${vm.name}/${String(v.name ?? (key == 2000 ? vm.name : `${vm.name}_${key % 1000}`))}.vmdk`;
    if (base.backing == null) base.backing = { type: 'VMDK_FILE', vmdk_file: file };
    base.capacity = typeof v.capacity == 'number' ? v.capacity : 16 * 2 ** 30;
  } else if (service.endsWith('.ethernet')) {
    base.mac_type ??= 'GENERATED';
    if (base.mac_type != 'MANUAL') base.mac_address = `00:50:56:${world.random.hex(6).replace(/(..)(?=.)/g, '$1:')}`;
    base.type ??= 'VMXNET3';
    const dc = inv.ancestor(vm.id, 'Datacenter');
    const first = inv.all('Network').find((n) => !dc || inv.within(n.id, dc.id));
    const b = (base.backing ?? { type: 'STANDARD_PORTGROUP', ...(first ? { network: first.id } : {}) }) as Obj;
    const net = typeof b.network == 'string' ? inv.get(b.network) : undefined;
    base.backing = { ...b, ...(net ? { network_name: net.name } : {}) };
  } else if (service.endsWith('.cdrom')) {
    base.backing ??= { type: 'CLIENT_DEVICE', device_access_type: 'EMULATION' };
    const b = base.backing as Obj;
    if (b.type == 'HOST_DEVICE') b.auto_detect = b.host_device == null;
    b.device_access_type ??= 'EMULATION';
  } else if (service.endsWith('.floppy') || service.endsWith('.serial') || service.endsWith('.parallel')) {
    base.backing ??= service.endsWith('.floppy')
      ? { type: 'CLIENT_DEVICE' }
      : { type: 'FILE', file: `[${ds}] ${vm.name}/${service.replace(/.*\./, '')}-${key}.log` };
    const b = base.backing as Obj;
    if (b.type == 'HOST_DEVICE') b.auto_detect = b.host_device == null;
    if (b.type == 'PIPE_SERVER' || b.type == 'PIPE_CLIENT') b.no_rx_loss ??= false;
  } else if (service.endsWith('.adapter.scsi')) {
    base.scsi = { bus: key - 1000, unit: 7 };
    base.type ??= 'PVSCSI';
    base.sharing ??= 'NONE';
  } else if (service.endsWith('.adapter.sata') || service.endsWith('.adapter.nvme')) {
    base.bus = key - (service.endsWith('sata') ? 15000 : 31000);
    if (service.endsWith('sata')) base.type ??= 'AHCI';
  }
}

/** Power-on: drives set to connect at power-on connect; power-off: all disconnect. */
export function powerDevices(world: World, vm: VmRecord, on: boolean): void {
  for (const s of CONNECTABLE)
    for (const d of devices(world, vm, s).values())
      if ('state' in d) d.state = on && d.start_connected ? 'CONNECTED' : 'NOT_CONNECTED';
}

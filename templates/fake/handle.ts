// A VM of the fake as a test holds it: read and set its power and Tools state, its guest, its
// devices and the values its services read, as the API would leave them. Emitted verbatim.
import { addDevice, devicesOf, removeVm, setTools, setValue, type DeviceKindName } from './builder.js';
import type { GuestState } from './guest.js';
import type { PowerState, ToolsState, VmRecord } from './inventory.js';
import { whereOf } from './placement.js';
import { setPower } from './power.js';
import type { Obj, World } from './world.js';

/** Where a VM is: ids of its folder, resource pool, host, cluster (unset outside clusters) and datastore. */
export interface FakeVmPlacement {
  folder: string;
  resourcePool: string;
  host: string;
  cluster?: string | undefined;
  datastore: string;
}

export interface FakeVm {
  /** Its id (a VM registered again gets a new one: find it by name). */
  readonly id: string;
  readonly name: string;
  readonly placement: FakeVmPlacement;
  /** The datastore path of its configuration file, `[datastore1] web-01/web-01.vmx` (what `register` takes). */
  readonly vmx: string;
  /** false after `unregister` (or `registered: false`): only its files are left. */
  readonly registered: boolean;
  readonly power: PowerState;
  /** Sets the power state as the power operations would (devices and Tools follow). */
  setPower(state: PowerState): this;
  readonly tools: ToolsState;
  /** `NOT_RUNNING` while powered on: Tools stopped in the guest; `RUNNING` needs the VM on. */
  setTools(state: ToolsState): this;
  /** The guest: users, environment, files, processes, and `onProcess` to decide what programs do. */
  readonly guest: GuestState;
  /** The devices of a kind: id (device key) and info as `get` answers it. */
  devices(kind: DeviceKindName): { id: string; info: Obj }[];
  /** Adds a device from a create spec (power rules aside); returns its id. */
  addDevice(kind: DeviceKindName, spec?: Obj): string;
  /** The value a VM service's get reads (`'hardware.cpu'`, `'tools'`, …). */
  value(service: string): Obj;
  /** Merges into the value a VM service's get reads (checked against its type). */
  set(service: string, value: Obj): this;
  /** Takes the VM out of the inventory. */
  remove(): void;
}

export class FakeVmHandle implements FakeVm {
  constructor(
    private readonly world: World,
    readonly id: string,
  ) {}

  private get record(): VmRecord {
    const r =
      this.world.inventory.of<VmRecord>('VirtualMachine', this.id) ??
      [...this.world.unregistered.values()].find((v) => v.id == this.id);
    if (!r) throw new TypeError(`${this.id} is no longer in the fake's inventory`);
    return r;
  }

  get name(): string {
    return this.record.name;
  }

  get placement(): FakeVmPlacement {
    const w = whereOf(this.record);
    return {
      folder: w.folder,
      resourcePool: w.resource_pool,
      host: w.host,
      cluster: w.cluster,
      datastore: w.datastore,
    };
  }

  get vmx(): string {
    return String(this.record.attrs.vmx);
  }

  get registered(): boolean {
    return this.world.inventory.get(this.id) !== undefined;
  }

  get power(): PowerState {
    return this.record.power;
  }

  setPower(state: PowerState): this {
    setPower(this.world, this.record, state);
    return this;
  }

  get tools(): ToolsState {
    return this.record.tools;
  }

  setTools(state: ToolsState): this {
    setTools(this.record, state);
    return this;
  }

  get guest(): GuestState {
    return this.record.guest;
  }

  devices(kind: DeviceKindName): { id: string; info: Obj }[] {
    return devicesOf(this.world, this.record, kind);
  }

  addDevice(kind: DeviceKindName, spec: Obj = {}): string {
    return addDevice(this.world, this.record, kind, spec);
  }

  value(service: string): Obj {
    const id = this.world.schema.operations.has(`${service}.get`) ? service : `com.vmware.vcenter.vm.${service}`;
    return structuredClone(this.world.valueOf(id, [this.record.id])) as Obj;
  }

  set(service: string, value: Obj): this {
    setValue(this.world, this.record, service, value);
    return this;
  }

  remove(): void {
    this.world.unregistered.delete(this.vmx);
    removeVm(this.world, this.id);
  }
}

// The state of one fake: the inventory, the stored values of every service (items of collections,
// the value of singletons), ids, time and chance; and what a handler gets for one call.
// Emitted verbatim into the package (src/fake/).
import type { Style } from './codec.js';
import { Random, type FakeClock } from './clock.js';
import { Fault, pickError } from './faults.js';
import { Inventory, type VmRecord } from './inventory.js';
import { defaultPlacement, type Placement } from './places.js';
import type { ModelOperation, Schema, Type } from './schema.js';
import { copy, freshId, synth, type SynthContext } from './synth.js';

export type Obj = Record<string, unknown>;

/** One call as a handler sees it. */
export interface Call {
  readonly op: ModelOperation;
  /** Arguments by parameter name (validated against their types). */
  readonly args: Obj;
  readonly style: Style;
  /** The user of the session. */
  readonly user: string;
  readonly world: World;
  /** Fails with the first of `types` the operation documents (generic errors always). */
  fail(types: readonly string[], message: string, data?: unknown): never;
  /** The VM named by the `vm` argument, or the operation's NOT_FOUND. */
  vm(): VmRecord;
}

export type Handler = (call: Call) => unknown;

/** What the modelled part adds to an operation. */
export interface Behaviour {
  /** Checks that run before the handler (state rules). */
  readonly before?: (call: Call) => void;
  /** Runs instead of the generic handler. */
  readonly handle?: Handler;
  /** Runs after the handler, with its result (and may replace it). */
  readonly after?: (call: Call, result: unknown) => unknown;
}

/** Makes a singleton's first value (the modelled defaults of a service, per parent). */
export type Defaults = (world: World, parent: readonly string[]) => Obj | undefined;

export class World implements SynthContext {
  readonly random: Random;
  readonly inventory: Inventory;
  /** VMs taken out of the inventory with their files kept (`unregister`), by the path of their `.vmx`. */
  readonly unregistered: Map<string, VmRecord> = new Map();
  /** Runs another operation's handler (set by the engine): what a VM's `get` reads of its services. */
  invoke: (operation: string, args: Obj) => unknown = () => undefined;
  /** Items of collections: `service \0 parent ids` → id → value. */
  readonly items: Map<string, Map<string, Obj>> = new Map();
  /** Values of singletons: `service \0 parent ids` → value. */
  readonly values: Map<string, unknown> = new Map();
  /** Modelled first values of singletons, by service id. */
  readonly defaults: Map<string, Defaults> = new Map();
  private counter = 0;

  constructor(
    readonly schema: Schema,
    readonly clock: FakeClock,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.inventory = new Inventory(() => this.next());
  }

  /** Where a VM goes unless told: the first of each kind in the first datacenter. */
  get placement(): Placement {
    const p = defaultPlacement(this.inventory);
    if (!p) throw new TypeError('the fake has no datacenter with a host and a datastore to place VMs on');
    return p;
  }

  /** The next number of the fake's id counter. */
  next(): number {
    return ++this.counter;
  }

  now(): string {
    return this.clock.iso();
  }

  existingId(resource: string): string | undefined {
    return this.inventory.tracks(resource) ? this.inventory.all(resource)[0]?.id : undefined;
  }

  newId(resource: string | undefined): string {
    return freshId(this.random, () => this.next(), resource);
  }

  /** The items of a collection under its parent (an empty map first). */
  collection(service: string, parent: readonly string[]): Map<string, Obj> {
    const key = `${service}\0${parent.join('\0')}`;
    let m = this.items.get(key);
    if (!m) this.items.set(key, (m = new Map()));
    return m;
  }

  /** Whether a collection under this parent has ever been given items (else it is open). */
  seeded(service: string, parent: readonly string[]): boolean {
    return this.items.has(`${service}\0${parent.join('\0')}`);
  }

  /** The value of a singleton under its parent, made on first use (modelled defaults, then made up). */
  singleton(service: string, parent: readonly string[], type: Type): unknown {
    const key = `${service}\0${parent.join('\0')}`;
    if (!this.values.has(key)) {
      const made = this.defaults.get(service)?.(this, parent);
      this.values.set(key, made ?? synth(this, type.k == 'optional' ? type.of : type, service.replace(/^.*\./, '')));
    }
    return this.values.get(key);
  }

  /** A singleton's value by service id alone (its type from the service's get). */
  valueOf(service: string, parent: readonly string[]): unknown {
    const get = this.schema.operations.get(`${service}.get`);
    return this.singleton(service, parent, this.schema.type(get?.result ?? 'opaque'));
  }

  setSingleton(service: string, parent: readonly string[], value: unknown): void {
    this.values.set(`${service}\0${parent.join('\0')}`, value);
  }

  /** Forgets every stored value under a parent (a VM that went away). */
  dropParent(id: string): void {
    for (const key of [...this.items.keys()]) if (key.split('\0')[1] == id) this.items.delete(key);
    for (const key of [...this.values.keys()]) if (key.split('\0')[1] == id) this.values.delete(key);
  }

  /** Copies (or, with `move`, moves) every stored value under parent `from` to parent `to` (a clone). */
  copyParent(from: string, to: string, move = false): void {
    const rekey = (key: string): string | undefined => {
      const [service, first, ...rest] = key.split('\0');
      return first == from ? [service, to, ...rest].join('\0') : undefined;
    };
    for (const [key, m] of [...this.items]) {
      const k = rekey(key);
      if (k) this.items.set(k, new Map([...m].map(([id, v]) => [id, copy(v)])));
      if (k && move) this.items.delete(key);
    }
    for (const [key, v] of [...this.values]) {
      const k = rekey(key);
      if (k) this.values.set(k, copy(v));
      if (k && move) this.values.delete(key);
    }
  }
}

/** Makes the `Call` of one request. */
export function makeCall(world: World, op: ModelOperation, args: Obj, style: Style, user: string): Call {
  const call: Call = {
    op,
    args,
    style,
    user,
    world,
    fail(types, message, data) {
      const type = pickError(op.errors, types) ?? pickError(op.errors, ['ERROR']);
      if (!type) throw new Fault('INVALID_ARGUMENT', message);
      throw new Fault(type, message, type == types[0] ? data : undefined);
    },
    vm() {
      const id = args.vm;
      const vm = typeof id == 'string' ? world.inventory.of<VmRecord>('VirtualMachine', id) : undefined;
      if (!vm) return call.fail(['NOT_FOUND', 'RESOURCE_INACCESSIBLE'], `virtual machine ${String(id)} does not exist`);
      return vm;
    },
  };
  return call;
}

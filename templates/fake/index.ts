// A stateful fake vCenter for tests: `createFake()` gives a `fetch` to hand to `createClient`
// (no sockets; any runtime with fetch's Request and Response), serving every operation of this
// package in both wire styles from the same model as the client. `startFakeServer` (the
// `fake/server` entry, Node only) puts it on 127.0.0.1. Emitted verbatim into the package
// (src/fake/); the client entry never imports it.
import { check } from './check.js';
import { DEFAULT_START, makeClock, type Clock, type FakeClock } from './clock.js';
import { deviceBehaviours } from './devices.js';
import { Engine, type FakeRequest, type FakeResponse, type InjectedFault, type RecordedCall } from './engine.js';
import { guestBehaviours } from './guest.js';
import { guestFsBehaviours } from './guestfs.js';
import { model as generated } from './model.js';
import { powerBehaviours } from './power.js';
import { Schema, type FakeModel } from './schema.js';
import { DEFAULT_USER, Sessions, type FakeUser } from './sessions.js';
import { CIS_MODEL, Tasks, type TaskTiming } from './tasks.js';
import { vmBehaviours, vmDefaults } from './vm.js';
import { World, type Behaviour } from './world.js';
import { FakeVmHandle, type FakeVm } from './handle.js';
import { addVm, type VmSpec } from './builder.js';
import { textResponse } from './response.js';

export type { FakeRequest, FakeResponse, InjectedFault, RecordedCall } from './engine.js';
export type { FakeClock, Clock } from './clock.js';
export type { FakeUser } from './sessions.js';
export type { FakeModel } from './schema.js';
export type { VmSpec, GuestSpec, DeviceKindName } from './builder.js';
export type { FakeVm } from './handle.js';
export type { GuestUser, ProcessHandler, ProcessOutcome, ProcessStart } from './guest.js';
export type { PowerState, ToolsState } from './inventory.js';
export type { TaskTiming } from './tasks.js';
export { DEFAULT_USER } from './sessions.js';
export { model } from './model.js';

export interface FakeOptions {
  /** Seed of every made-up value, id and token (default 1): the same seed, the same fake. */
  seed?: number;
  /** `'manual'` (default: moves only by `fake.clock.advance`), `'system'`, or your own `{ now() }`. */
  clock?: 'manual' | 'system' | Clock;
  /** Where a manual clock starts (default 2024-01-01T00:00:00Z). */
  start?: number | Date;
  /** Users that may log in (default: DEFAULT_USER, administrator@vsphere.local / VMware1!). */
  users?: FakeUser[];
  /** Idle time after which a session expires, on the fake's clock (default 30 minutes; 0: never). */
  sessionIdleMs?: number;
  /** The VMs to start with (default: one VM, `test-vm`); `[]` for none. */
  vms?: VmSpec[];
  /** How long tasks stay pending and run, on the fake's clock. */
  tasks?: TaskTiming;
  /** Operations that also answer in a task form, beyond those the API marks (canonical ids). */
  taskForms?: string[];
  /** Calls kept in `fake.calls` (default 10 000; older ones are dropped). */
  maxRecorded?: number;
}

export interface Fake {
  /** A fetch that the fake answers: `createClient({ baseUrl: 'https://vcenter.fake', fetch: fake.fetch })`. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** The fake's answer to one request (what its fetch and its HTTP server use). */
  handle(request: FakeRequest): Promise<FakeResponse>;
  readonly model: FakeModel;
  readonly clock: FakeClock;
  /** The first VM. */
  readonly vm: FakeVm;
  vms(): FakeVm[];
  addVm(spec?: VmSpec): FakeVm;
  /** A VM by id or name. */
  findVm(idOrName: string): FakeVm | undefined;
  /** Managed objects of a kind (`Datastore`, `Network`, `HostSystem`, …): id, name and where they sit. */
  objects(kind: string): { id: string; name: string; parent: string | undefined }[];
  /** Adds a managed object (a datastore, a network, …) and returns its id. */
  addObject(kind: string, name: string, attrs?: Record<string, unknown>): string;
  addUser(user: FakeUser): void;
  /** A session for a configured user, without logging in (for clients given `sessionId`). */
  login(username?: string): string;
  /** Ends one session or all: the next call with it answers 401, so re-login paths can be tested. */
  expireSessions(sessionId?: string): void;
  /** Sessions alive now. */
  readonly activeSessions: number;
  /**
   * Fails the next call(s) of an operation (a canonical id, or `accessor.method` such as
   * `'hardware.cdrom.create'`) with an error it documents.
   */
  fail(operation: string, fault: InjectedFault, options?: { times?: number }): void;
  /** Delays every answer (or one operation's) by `ms` real milliseconds. */
  latency(ms: number, operation?: string): void;
  /** Calls so far, oldest first. */
  readonly calls: readonly RecordedCall[];
  /** Calls of one operation (canonical id or `accessor.method`; also `com.vmware.cis.session.create`, …). */
  callsTo(operation: string): RecordedCall[];
  clearCalls(): void;
  /** The fake's own failures (results that did not satisfy their types): empty unless the fake has a bug. */
  readonly defects: readonly string[];
  /** Starts an operation as a task, as its task form would, and returns the task id. */
  startTask(operation: string, args: Record<string, unknown>, timing?: TaskTiming): string;
  /** A task's info as `GET /api/cis/tasks/{task}` answers it. */
  task(id: string): Record<string, unknown>;
  /** Back to the state of creation: inventory, sessions, tasks, calls, faults, clock. */
  reset(): void;
}

/** Creates a fake vCenter serving this package's API. */
export function createFake(options: FakeOptions = {}): Fake {
  return createFakeFor(generated, options);
}

/** Creates a fake vCenter serving another model (the `model` of another package's fake, or your own). */
export function createFakeFor(api: FakeModel, options: FakeOptions = {}): Fake {
  const model = withInfrastructure(api);
  const schema = new Schema(model);
  let engine = build(schema, options);
  const resolve = (operation: string): string => resolveOperation(schema, operation);
  const fake: Fake = {
    fetch: (input, init) => fetchOf(engine, input, init),
    handle: (request) => engine.handle(request),
    model,
    get clock() {
      return engine.world.clock;
    },
    get vm() {
      const first = fake.vms()[0];
      if (!first) throw new TypeError('the fake has no VM (it was created with vms: [])');
      return first;
    },
    vms: () => engine.world.inventory.all('VirtualMachine').map((r) => new FakeVmHandle(engine.world, r.id)),
    addVm: (spec) => new FakeVmHandle(engine.world, addVm(engine.world, spec).id),
    findVm(idOrName) {
      const r = engine.world.inventory.find('VirtualMachine', idOrName);
      return r && new FakeVmHandle(engine.world, r.id);
    },
    objects: (kind) => engine.world.inventory.all(kind).map(({ id, name, parent }) => ({ id, name, parent })),
    addObject: (kind, name, attrs = {}) =>
      engine.world.inventory.add(kind, name, undefined, { attrs: { ...attrs } }).id,
    addUser: (user) => engine.sessions.addUser(user),
    login(username = (options.users?.[0] ?? DEFAULT_USER).username) {
      const u = engine.sessions.user(username);
      if (!u) throw new TypeError(`no user ${username}`);
      return engine.sessions.open(u);
    },
    expireSessions: (id) => engine.sessions.expire(id),
    get activeSessions() {
      return engine.sessions.active;
    },
    fail(operation, fault, { times = 1 } = {}) {
      const id = resolve(operation);
      const op = schema.operations.get(id)!;
      if (!fault.undocumented && !op.errors.includes(fault.type))
        throw new TypeError(
          `${id} does not document ${fault.type} (it documents ${op.errors.join(', ') || 'none'}); pass undocumented: true to inject it anyway`,
        );
      const dataType = op.errorData?.find((d) => d.type == fault.type)?.data;
      const problem =
        dataType && fault.data !== undefined ? check(schema, schema.type(dataType), fault.data, 'data') : undefined;
      if (problem) throw new TypeError(`${id}: the data of ${fault.type} is a ${dataType}: ${problem.message}`);
      const list = engine.faults.get(id) ?? [];
      list.push({ ...fault, remaining: times });
      engine.faults.set(id, list);
    },
    latency(ms, operation) {
      engine.latency.set(operation ? resolve(operation) : '*', ms);
    },
    get calls() {
      return engine.recorded();
    },
    callsTo: (operation) => {
      // The sessions' and tasks' operations are the infrastructure's, not the package's.
      const id = /^com\.vmware\.cis\.(session|tasks)\.\w+$/.test(operation) ? operation : resolve(operation);
      return engine.recorded().filter((c) => c.operation == id);
    },
    clearCalls: () => void engine.calls.splice(0),
    get defects() {
      return engine.defects;
    },
    startTask(operation, args, timing) {
      const id = resolve(operation);
      const op = schema.operations.get(id)!;
      for (const p of op.params) {
        const v = Object.hasOwn(args, p.name) ? args[p.name] : undefined;
        const problem =
          v == null
            ? p.optional
              ? undefined
              : { message: `${p.name}: required` }
            : check(schema, schema.type(p.type), v, p.name);
        if (problem) throw new TypeError(`${id}: ${problem.message}`);
      }
      return engine.tasks.start(id, 'fake', () => engine.run(op, args, 'api', 'fake'), timing);
    },
    task: (id) => engine.tasks.info(id),
    reset() {
      engine = build(schema, options);
    },
  };
  return fake;
}

/** The model with the infrastructure's structures (session and task info) it may lack. */
function withInfrastructure(model: FakeModel): FakeModel {
  const has = new Set(model.structures.map((s) => s.id));
  const enums = new Set(model.enums.map((e) => e.id));
  return {
    ...model,
    structures: [...model.structures, ...CIS_MODEL.structures.filter((s) => !has.has(s.id))],
    enums: [...model.enums, ...CIS_MODEL.enums.filter((e) => !enums.has(e.id))],
  };
}

function build(schema: Schema, o: FakeOptions): Engine {
  const clock = makeClock(o.clock, o.start === undefined ? DEFAULT_START : +o.start);
  const world = new World(schema, clock, o.seed ?? 1);
  const behaviours = new Map<string, Behaviour>();
  const add = (op: string, b: Behaviour): void => {
    if (schema.operations.has(op)) behaviours.set(op, b);
  };
  vmDefaults(world);
  powerBehaviours(add);
  deviceBehaviours(world, add);
  vmBehaviours(add);
  guestBehaviours(add);
  guestFsBehaviours(add);
  const sessions = new Sessions(o.users ?? [DEFAULT_USER], clock, world.random, o.sessionIdleMs ?? 30 * 60_000);
  const tasks = new Tasks(world, { pendingMs: o.tasks?.pendingMs ?? 0, durationMs: o.tasks?.durationMs ?? 1000 });
  const engine = new Engine(schema, world, sessions, tasks, behaviours, {
    maxRecorded: o.maxRecorded ?? 10_000,
    taskForms: o.taskForms ?? [],
  });
  for (const spec of o.vms ?? [{}]) addVm(world, spec);
  return engine;
}

/** A canonical operation id from itself or from `accessor.method` (`'hardware.cdrom.create'`). */
function resolveOperation(schema: Schema, operation: string): string {
  if (schema.operations.has(operation)) return operation;
  const dot = operation.lastIndexOf('.');
  const service = schema.model.services.find((s) => s.accessor == operation.slice(0, dot));
  const op =
    service &&
    schema.model.operations.find(
      (o) => o.service == service.id && (o.method == operation.slice(dot + 1) || o.name == operation.slice(dot + 1)),
    );
  if (!op) throw new TypeError(`no operation ${operation} in this package (give a canonical id or accessor.method)`);
  return op.id;
}

async function fetchOf(engine: Engine, input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const req = typeof input == 'object' && 'method' in input ? input : undefined;
  const url = typeof input == 'string' ? input : 'href' in input ? input.href : input.url;
  const signal = init.signal ?? req?.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  const headers: Record<string, string> = {};
  const given = init.headers ?? req?.headers;
  if (given && !(given instanceof Headers) && !Array.isArray(given))
    for (const k in given) headers[k.toLowerCase()] = (given as Record<string, string>)[k]!;
  else new Headers(given).forEach((v, k) => (headers[k] = v));
  const body =
    typeof init.body == 'string'
      ? init.body
      : init.body != null
        ? await new Response(init.body).text()
        : req
          ? await req.text()
          : '';
  const res = await engine.handle({
    method: (init.method ?? req?.method ?? 'GET').toUpperCase(),
    url,
    headers,
    body,
    signal,
  });
  return textResponse(res.body, res.status, res.headers);
}

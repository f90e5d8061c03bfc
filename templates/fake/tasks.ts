// Tasks (com.vmware.cis.tasks): an operation started in its task form (`…&vmw-task=true`)
// answers a task id at once and runs on the fake's clock: PENDING, then RUNNING with progress,
// then SUCCEEDED with the operation's result or FAILED with its error (the operation's effects
// happen when it completes). `GET /api/cis/tasks/{task}` and `/rest/cis/tasks/{task}` read a task,
// `GET /api/cis/tasks` lists them, `POST …/{task}?action=cancel` cancels one. Emitted verbatim.
import { Fault, type Message } from './faults.js';
import type { FakeModel } from './schema.js';
import type { World } from './world.js';

export interface TaskTiming {
  /** How long a task stays PENDING (default 0). */
  pendingMs?: number;
  /** How long it runs once started (default 1000). */
  durationMs?: number;
}

interface TaskRecord {
  readonly id: string;
  readonly operation: string;
  readonly service: string;
  readonly user: string;
  readonly created: number;
  readonly start: number;
  end: number;
  readonly run: () => unknown;
  done?: { result?: unknown; fault?: Fault };
}

/** The structures and enums of task info, for the packages whose model does not have them. */
export const CIS_MODEL: Pick<FakeModel, 'structures' | 'enums'> = {
  structures: [
    {
      id: 'com.vmware.cis.task.info',
      fields: [
        { name: 'progress', type: 'ref:com.vmware.cis.task.progress', optional: true },
        { name: 'result', type: 'opaque', optional: true },
        { name: 'description', type: 'ref:com.vmware.vapi.std.localizable_message' },
        { name: 'service', type: 'string' },
        { name: 'operation', type: 'string' },
        { name: 'parent', type: 'id', optional: true },
        { name: 'status', type: 'enum:com.vmware.cis.task.status' },
        { name: 'cancelable', type: 'boolean' },
        { name: 'error', type: 'opaque', optional: true },
        { name: 'start_time', type: 'datetime', optional: true },
        { name: 'end_time', type: 'datetime', optional: true },
        { name: 'user', type: 'string', optional: true },
      ],
    },
    {
      id: 'com.vmware.cis.task.progress',
      fields: [
        { name: 'total', type: 'long' },
        { name: 'completed', type: 'long' },
        { name: 'message', type: 'ref:com.vmware.vapi.std.localizable_message' },
      ],
    },
    {
      id: 'com.vmware.cis.session.info',
      fields: [
        { name: 'user', type: 'string' },
        { name: 'created_time', type: 'datetime' },
        { name: 'last_accessed_time', type: 'datetime' },
      ],
    },
    {
      id: 'com.vmware.vapi.std.localizable_message',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'default_message', type: 'string' },
        { name: 'args', type: 'list<string>' },
        { name: 'params', type: 'map<string,opaque>', optional: true },
        { name: 'localized', type: 'string', optional: true },
      ],
    },
  ],
  enums: [{ id: 'com.vmware.cis.task.status', values: ['PENDING', 'RUNNING', 'BLOCKED', 'SUCCEEDED', 'FAILED'] }],
};

/** Tasks kept (completed ones beyond it are forgotten, oldest first). */
const MAX_TASKS = 10_000;

const message = (id: string, text: string): Message => ({ id, default_message: text, args: [] });

export class Tasks {
  private readonly byId = new Map<string, TaskRecord>();

  constructor(
    private readonly world: World,
    readonly timing: Required<TaskTiming>,
  ) {}

  /** Starts `run` as a task of operation `operation` (a canonical id); returns the task id. */
  start(operation: string, user: string, run: () => unknown, timing: TaskTiming = {}): string {
    const service = operation.slice(0, operation.lastIndexOf('.'));
    const now = this.world.clock.now();
    const start = now + (timing.pendingMs ?? this.timing.pendingMs);
    const id = `${this.world.random.uuid()}:${service}`;
    // vCenter forgets completed tasks after a while: here, beyond MAX_TASKS, the oldest completed.
    if (this.byId.size >= MAX_TASKS)
      for (const [old, t] of this.byId) {
        this.settle(t);
        if (t.done && this.byId.size >= MAX_TASKS) this.byId.delete(old);
      }
    this.byId.set(id, {
      id,
      operation,
      service,
      user,
      created: now,
      start,
      end: start + (timing.durationMs ?? this.timing.durationMs),
      run,
    });
    return id;
  }

  /** Runs the operations of tasks whose time has come (their effects happen then). */
  private settle(t: TaskRecord): void {
    if (t.done || this.world.clock.now() < t.end) return;
    try {
      t.done = { result: t.run() };
    } catch (e) {
      if (!(e instanceof Fault)) throw e;
      t.done = { fault: e };
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The task's info as the API reads it (`error` in the /api error shape). */
  info(id: string): Record<string, unknown> {
    const t = this.byId.get(id);
    if (!t) throw new Fault('NOT_FOUND', `there is no task ${id}`);
    this.settle(t);
    const now = this.world.clock.now();
    const iso = (x: number): string => new Date(x).toISOString();
    const running = now >= t.start;
    const completed = t.done
      ? 100
      : running
        ? Math.min(99, Math.floor((100 * (now - t.start)) / Math.max(1, t.end - t.start)))
        : 0;
    const status = t.done ? (t.done.fault ? 'FAILED' : 'SUCCEEDED') : running ? 'RUNNING' : 'PENDING';
    return {
      description: message(`${t.operation}.task`, `${t.operation.slice(t.service.length + 1)} of ${t.service}`),
      service: t.service,
      operation: t.operation.slice(t.service.length + 1),
      status,
      cancelable: !t.done,
      user: t.user,
      ...(running
        ? {
            start_time: iso(t.start),
            progress: { total: 100, completed, message: message('vcgen.fake.task.progress', `${completed}% done`) },
          }
        : {}),
      ...(t.done ? { end_time: iso(t.end) } : {}),
      ...(t.done && !t.done.fault && t.done.result !== undefined ? { result: t.done.result } : {}),
      ...(t.done?.fault
        ? {
            error: {
              error_type: t.done.fault.type,
              messages: t.done.fault.messages,
              ...(t.done.fault.data !== undefined ? { data: t.done.fault.data } : {}),
            },
          }
        : {}),
    };
  }

  /** Cancels a task that has not completed: it fails with CANCELED. */
  cancel(id: string): void {
    const t = this.byId.get(id);
    if (!t) throw new Fault('NOT_FOUND', `there is no task ${id}`);
    this.settle(t);
    if (t.done) throw new Fault('NOT_ALLOWED_IN_CURRENT_STATE', `task ${id} has completed`);
    t.end = Math.max(this.world.clock.now(), t.start);
    t.done = { fault: new Fault('CANCELED', 'the task was canceled') };
  }

  /** Every task's info, filtered as `GET /api/cis/tasks` filters (tasks, services, operations, status, users). */
  list(filter: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const has = (k: string, v: unknown): boolean => {
      const want = filter[k];
      return !Array.isArray(want) || want.length == 0 || want.includes(v);
    };
    for (const id of this.byId.keys()) {
      const info = this.info(id);
      if (
        has('tasks', id) &&
        has('services', info.service) &&
        has('operations', info.operation) &&
        has('status', info.status) &&
        has('users', info.user)
      )
        out[id] = info;
    }
    return out;
  }

  clear(): void {
    this.byId.clear();
  }
}

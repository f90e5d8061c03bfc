// Tasks: an operation with a task form (`…&vmw-task=true`) started as a task answers a task id at
// once; the handle reads the task (`com.vmware.cis.tasks`: `GET /api/cis/tasks/{task}`, or
// `/rest/cis/tasks/{task}`), waits for it to end, and cancels it, through the client's transport
// (its session, re-login and plugins). A module of its own, so that clients that never start a
// task do not carry it. Emitted verbatim into the package (src/runtime/).
import { asObject, decodeError, TransportError, type LocalizableMessage, type VapiError } from './errors.js';
import { restErrorShape } from './rest.js';
import { settle, type CallResult } from './result.js';
import type { CallOptions, Transport } from './transport.js';
import type { DateTime, Id, Open } from './types.js';
import { poll, type WaitForOptions } from './wait.js';
import { MESSAGE_MAPS, type BindingInfo, type OperationInfo } from './wire.js';

/**
 * Identifier of a task (`com.vmware.cis.task`), as its operation's task form answers it (the
 * package's `TaskId`, where it has task operations).
 */
type TaskId = Id<'com.vmware.cis.task'>;

/** Where a task is: `PENDING` (queued), `RUNNING`, `BLOCKED` (waiting for something), `SUCCEEDED` or `FAILED`. */
export type TaskStatus = 'PENDING' | 'RUNNING' | 'BLOCKED' | 'SUCCEEDED' | 'FAILED';

/** How far a task got: `completed` of `total` units of work (the server chooses the unit), and what it does. */
export interface TaskProgress {
  total: number;
  /** Only ever grows. */
  completed: number;
  message: LocalizableMessage;
}

/**
 * What the server says about a task (`com.vmware.cis.task.info`). `progress` and `start_time`
 * are set once it runs, `end_time` once it ended.
 */
export interface TaskInfo {
  status: Open<TaskStatus>;
  /** What the task does. */
  description: LocalizableMessage;
  /** The service (canonical id) of its operation. */
  service: string;
  /** The operation's name within the service (`clone`). */
  operation: string;
  /** The task this one is part of, if any. */
  parent?: TaskId;
  /** The resource the task works on, if the server says. */
  target?: { type: string; id: string };
  /** Whether `cancel()` may stop it now. */
  cancelable: boolean;
  progress?: TaskProgress;
  /** The operation's result as sent (`wait()` resolves to it, checked and typed). */
  result?: unknown;
  /** The vAPI error it FAILED with, as sent (`wait()` rejects with it, as the operation's error class). */
  error?: unknown;
  start_time?: DateTime;
  end_time?: DateTime;
  /** Who started it. */
  user?: string;
}

/** What `onProgress` is told: the status and progress after one of them changed, and the whole info. */
export interface TaskProgressEvent {
  status: Open<TaskStatus>;
  progress?: TaskProgress;
  info: TaskInfo;
}

export interface TaskWaitOptions extends Pick<WaitForOptions<TaskInfo>, 'signal' | 'intervalMs' | 'maxIntervalMs'> {
  /**
   * How long to wait in all, in ms (default 3 600 000, i.e. one hour; `0` or `Infinity`: no
   * limit). A wait that times out leaves the task running on the server (`cancel()` stops it).
   */
  timeoutMs?: number;
  /** Called with the first status read, and again whenever the status or the progress changed. */
  onProgress?: (event: TaskProgressEvent) => void;
}

type Errors<T extends string> = T extends string ? VapiError<T> : never;

/** The errors reading a task can raise (`com.vmware.cis.tasks.get`). */
export type TaskReadError = Errors<
  'ERROR' | 'NOT_FOUND' | 'RESOURCE_INACCESSIBLE' | 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'UNAUTHORIZED'
>;

/** The errors cancelling a task can raise (`com.vmware.cis.tasks.cancel`). */
export type TaskCancelError = TaskReadError | Errors<'NOT_ALLOWED_IN_CURRENT_STATE' | 'UNSUPPORTED'>;

/**
 * A task of operation `R`'s task form: `R` is the operation's result, `E` its error union.
 * Reading, waiting and cancelling go through the client's transport: its session (and re-login),
 * plugins and per-call options.
 */
export interface Task<R, E = never> {
  readonly id: TaskId;
  /** Canonical id of the operation the task runs, e.g. `com.vmware.vcenter.vm.clone`. */
  readonly operation: string;
  /**
   * Polls the task (at once, then with growing pauses) until it ends. Resolves to the
   * operation's result (checked like a direct call's) when it SUCCEEDED; rejects with the
   * operation's error (its class, as a direct call would, `task` set) when it FAILED, and with a
   * `TransportError` of kind `timeout` (saying what it last saw) or `aborted`, after which no
   * request or timer is left. A read that fails transiently (network, 503, 504) is tried again
   * until the deadline; any other (the task is unknown, the session cannot be renewed) rejects.
   */
  wait(options?: TaskWaitOptions): Promise<R>;
  /** One read of the task (`com.vmware.cis.tasks.get`). Rejects with a `TaskReadError`. */
  info(options?: CallOptions): Promise<TaskInfo>;
  /**
   * Asks the server to cancel the task (`com.vmware.cis.tasks.cancel`); it then ends FAILED with
   * a CANCELED error. Rejects with a `TaskCancelError` (NOT_ALLOWED_IN_CURRENT_STATE: it ended).
   */
  cancel(options?: CallOptions): Promise<void>;
  /** The same task in the result style (what `withResult()` clients get); `documented`: the operation's error types. */
  '~result'(documented: readonly string[]): ResultTask<R, E>;
}

/** A task in the result style: each method resolves to a `CallResult` instead of throwing. */
export interface ResultTask<R, E = never> {
  readonly id: TaskId;
  readonly operation: string;
  /** `expected` failures are the operation's documented errors (the task FAILED with one). */
  wait(options?: TaskWaitOptions): Promise<CallResult<R, E>>;
  info(options?: CallOptions): Promise<CallResult<TaskInfo, TaskReadError>>;
  cancel(options?: CallOptions): Promise<CallResult<void, TaskCancelError>>;
}

const TASKS = 'com.vmware.cis.tasks';
const at = (style: string, ...tail: string[]): BindingInfo['1'] => [`/${style}/cis/tasks/`, 0, ...tail];
/** The maps of a task's info: the messages of its description, progress and error (in either error shape). */
const INFO_MAPS = {
  description: MESSAGE_MAPS,
  progress: { message: MESSAGE_MAPS },
  error: { messages: [MESSAGE_MAPS], value: { messages: [MESSAGE_MAPS] } },
} as const;
const GET: OperationInfo = {
  id: `${TASKS}.get`,
  params: [['task', 'path']],
  api: ['GET', at('api')],
  rest: ['GET', at('rest')],
  result: 'struct',
  maps: { out: INFO_MAPS },
};
const CANCEL: OperationInfo = {
  id: `${TASKS}.cancel`,
  params: GET.params,
  api: ['POST', at('api', '?action=cancel')],
  rest: ['POST', at('rest', '?action=cancel')],
};
const READ_ERRORS = 'ERROR NOT_FOUND RESOURCE_INACCESSIBLE SERVICE_UNAVAILABLE UNAUTHENTICATED UNAUTHORIZED'.split(' ');
const CANCEL_ERRORS = [...READ_ERRORS, 'NOT_ALLOWED_IN_CURRENT_STATE', 'UNSUPPORTED'];

/** The task form of a binding: `vmw-task=true` added to its query (unless it has it already). */
const taskForm = (b: BindingInfo | null): BindingInfo | null => {
  const path = b?.[1].join('') ?? '';
  return (
    b && (/[?&]vmw-task=/.test(path) ? b : [b[0], [...b[1], (path.includes('?') ? '&' : '?') + 'vmw-task=true'], b[2]])
  );
};

/** The HTTP status a direct call answers vAPI error type `type` with on `/api` (a task's error has it as `status`). */
const STATUS: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  OPERATION_NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  UNAUTHORIZED: 403,
  CONCURRENT_CHANGE: 409,
  SERVICE_UNAVAILABLE: 503,
  TIMED_OUT: 504,
};
const statusOf = (type: string): number =>
  STATUS[type] ??
  (/^(ALREADY_|FEATURE_IN_USE|INVALID_|NOT_ALLOWED|RESOURCE_IN_USE|UNEXPECTED_INPUT|UNSUPPORTED|UNVERIFIED)/.test(type)
    ? 400
    : 500);

/**
 * Starts operation `op` in its task form with `args` (as a call of `op` would send them) and
 * resolves to the task once the server accepted it; rejects like a call of `op` (the
 * operation's own errors when the server refuses to start it).
 */
export async function startTask<R, E = never>(
  transport: Transport,
  op: OperationInfo,
  args: readonly unknown[],
  options?: CallOptions,
): Promise<Task<R, E>> {
  const form: OperationInfo = {
    ...op,
    api: taskForm(op.api)!,
    rest: taskForm(op.rest),
    result: 'string',
    // The answer is the task id: only what is sent has maps.
    maps: op.maps?.in && { in: op.maps.in },
  };
  return taskOf(transport, op, await transport.call<TaskId>(form, args, options));
}

/**
 * The handle of task `id` of operation `op`, e.g. one started earlier by another process:
 * `taskOf<VirtualMachineId, VmCloneError>(client.transport, VmService.operations.cloneTask, id)`.
 */
export function taskOf<R, E = never>(transport: Transport, op: OperationInfo, id: string): Task<R, E> {
  // The task's result has the operation's maps (on /rest).
  const get: OperationInfo = op.maps?.out ? { ...GET, maps: { out: { ...INFO_MAPS, result: op.maps.out } } } : GET;
  const info = (options?: CallOptions) => transport.call<TaskInfo>(get, [id], options);
  const cancel = (options?: CallOptions) => transport.call<void>(CANCEL, [id], options);
  const failed = (done: TaskInfo): never => {
    const sid = transport.sessionId();
    // The error's strings without the session id; `status` is that of the error type.
    // Either error shape (`{ error_type, messages }`, or `{ type, value }` as /rest errors are).
    const e = decodeError(
      500,
      JSON.stringify(asObject(done.error) ?? { data: done.result }),
      op.id,
      (t) => (sid ? t.replaceAll(sid, '[redacted]') : t),
      restErrorShape,
    )!;
    throw Object.assign(e, {
      status: statusOf(e.type),
      task: id,
      message: `${e.type}: ${e.messages[0]?.default_message ?? 'the task failed'} (task ${id}, ${op.id})`,
    });
  };
  const wait = async ({ onProgress, ...options }: TaskWaitOptions = {}): Promise<R> => {
    let seen = '';
    const done = await poll(
      (o) =>
        info(o).then((i) => {
          const p = i.progress;
          const now = `${i.status} ${p?.completed}/${p?.total} ${p?.message?.id} ${p?.message?.default_message}`;
          if (onProgress && now != seen) onProgress({ status: i.status, progress: p, info: i });
          seen = now;
          return i;
        }),
      (i) => i.status == 'SUCCEEDED' || i.status == 'FAILED',
      {
        ...options,
        timeoutMs: options.timeoutMs ?? 3_600_000,
        what: `task ${id} to end`,
        describe: (i) => `${i.status}${i.progress ? ` ${i.progress.completed} of ${i.progress.total}` : ''}`,
      },
      op.id,
    );
    if (done.status == 'FAILED') failed(done);
    // The result, checked like a direct call's answer.
    const kind = op.result;
    if (!kind) return undefined as R;
    const want = kind.replace('?', '');
    const value = done.result;
    if (value == null && kind != want) return undefined as R;
    const got = Array.isArray(value)
      ? 'array'
      : value === null
        ? 'null'
        : value === undefined
          ? 'nothing'
          : typeof value;
    if (got != (want == 'struct' ? 'object' : want) && (want != 'any' || value == null))
      throw new TransportError(
        'protocol',
        op.id,
        `${op.id}: task ${id} SUCCEEDED with ${got} where the result is ${kind}`,
      );
    return value as R;
  };
  return {
    id: id as TaskId,
    operation: op.id,
    wait,
    info,
    cancel,
    '~result': (documented) => ({
      id: id as TaskId,
      operation: op.id,
      wait: (o) => settle(() => wait(o), op, documented),
      info: (o) => settle(() => info(o), GET, READ_ERRORS),
      cancel: (o) => settle(() => cancel(o), CANCEL, CANCEL_ERRORS),
    }),
  };
}

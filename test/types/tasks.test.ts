// Type-level tests of tasks and waiting over the minimal fixture's package (its runtime), with
// a service shaped as the generator emits one for an operation with a task form. `npm test`
// type-checks this file (tsc --noEmit): every @ts-expect-error must be an error, every
// expectTypeOf must hold. The calls are type-checked, never run (they would need a server).
import { describe, expectTypeOf, it } from 'vitest';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal } from '../runtime/load.js';
import type { CloneError, VmId, VmService } from '../runtime/vm-service.js';

const { createClient, id, isErrorOf, resultStyle, waitFor } = minimal;
declare const vms: VmService;
declare const task: M.Task<VmId, CloneError>;
/** Type-checks `check` without running it. */
const typesOnly = (check: () => unknown) => () => void check;

describe('tasks', () => {
  it(
    'the task method resolves to a task whose wait resolves to the operation’s result',
    typesOnly(() => {
      expectTypeOf(vms.cloneTask({ name: 'x' })).resolves.toEqualTypeOf<M.Task<VmId, CloneError>>();
      expectTypeOf(task.wait()).resolves.toEqualTypeOf<VmId>();
      expectTypeOf(task.info()).resolves.toEqualTypeOf<M.TaskInfo>();
      expectTypeOf(task.cancel()).resolves.toEqualTypeOf<void>();
    }),
  );

  it(
    'the task id is a branded id of its own',
    typesOnly(() => {
      expectTypeOf(task.id).toEqualTypeOf<M.TaskId>();
      expectTypeOf(task.id).toEqualTypeOf<M.Id<'com.vmware.cis.task'>>();
      // @ts-expect-error a task id is no VM id
      const vm: VmId = task.id;
      // @ts-expect-error a plain string is no task id
      const t: M.TaskId = 'task-1';
      void [vm, t];
    }),
  );

  it(
    'wait options: progress events typed; no unknown option',
    typesOnly(() => {
      void task.wait({
        timeoutMs: 60_000,
        intervalMs: 500,
        signal: AbortSignal.timeout(1),
        onProgress: (e) => {
          expectTypeOf(e.status).toEqualTypeOf<M.Open<M.TaskStatus>>();
          expectTypeOf(e.progress).toEqualTypeOf<M.TaskProgress | undefined>();
          expectTypeOf(e.info).toEqualTypeOf<M.TaskInfo>();
        },
      });
      // @ts-expect-error a typo is an error
      void task.wait({ timeout: 5 });
    }),
  );

  it('a failed wait narrows with isErrorOf to the operation’s errors', () => {
    const e: unknown = undefined;
    if (isErrorOf(e, {} as VmService, 'cloneTask')) {
      expectTypeOf(e).toEqualTypeOf<CloneError>();
      expectTypeOf(e.task).toEqualTypeOf<M.TaskId | undefined>();
    }
  });

  it(
    'the result style: the start and each method of the task as CallResults',
    typesOnly(async () => {
      const started = await resultStyle(vms).cloneTask({ name: 'x' });
      expectTypeOf(started).toEqualTypeOf<M.CallResult<M.ResultTask<VmId, CloneError>, CloneError>>();
      if (started.ok) {
        expectTypeOf(started.value.wait()).resolves.toEqualTypeOf<M.CallResult<VmId, CloneError>>();
        expectTypeOf(started.value.info()).resolves.toEqualTypeOf<M.CallResult<M.TaskInfo, M.TaskReadError>>();
        expectTypeOf(started.value.cancel()).resolves.toEqualTypeOf<M.CallResult<void, M.TaskCancelError>>();
        const waited = await started.value.wait();
        if (!waited.ok && waited.expected) expectTypeOf(waited.error.type).toEqualTypeOf<'NOT_FOUND' | 'ERROR'>();
      }
    }),
  );

  it('reading and cancelling errors are unions of their vAPI types', () => {
    expectTypeOf<M.TaskReadError['type']>().toEqualTypeOf<
      'ERROR' | 'NOT_FOUND' | 'RESOURCE_INACCESSIBLE' | 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'UNAUTHORIZED'
    >();
    expectTypeOf<M.NotFoundError>().toExtend<M.TaskReadError>();
    expectTypeOf<Extract<M.TaskCancelError, { type: 'NOT_ALLOWED_IN_CURRENT_STATE' }>>().not.toBeNever();
  });
});

describe('waitFor', () => {
  const c = createClient({ baseUrl: 'https://vc', sessionId: 's' });
  const vm = id('VirtualMachine', 'vm-1');

  it(
    'is typed on the getter it polls: its result flows into the condition and the value',
    typesOnly(() => {
      const got = waitFor(
        (o) => c.hardware.cdrom.list(vm, o),
        (l) => {
          expectTypeOf(l).toEqualTypeOf<M.HardwareCdromSummary[]>();
          return l.length > 0;
        },
      );
      expectTypeOf(got).resolves.toEqualTypeOf<M.HardwareCdromSummary[]>();
    }),
  );

  it(
    'a type guard narrows the value',
    typesOnly(() => {
      type Power = { state: 'POWERED_ON' | 'POWERED_OFF'; since?: string };
      const read = async (): Promise<Power> => ({ state: 'POWERED_OFF' });
      const on = waitFor(read, (p): p is Power & { state: 'POWERED_ON' } => p.state === 'POWERED_ON');
      expectTypeOf(on).resolves.toEqualTypeOf<Power & { state: 'POWERED_ON' }>();
    }),
  );

  it(
    'the read’s options are call options; describe takes the value',
    typesOnly(() => {
      void waitFor(
        (o) => {
          const options: M.CallOptions = o;
          return c.hardware.cdrom.list(vm, options);
        },
        () => true,
        { describe: (l) => `${l.length} CD-ROMs`, what: 'a CD-ROM', timeoutMs: 1_000 },
      );
      void waitFor(
        // @ts-expect-error the condition takes what the getter returns (a number here)
        async () => 1,
        (s: string) => s === 'x',
      );
      void waitFor(
        // @ts-expect-error describe takes what the getter returns
        async () => 1,
        () => true,
        { describe: (s: string) => s },
      );
    }),
  );
});

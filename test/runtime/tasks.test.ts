// Tasks against a local server, in both wire styles: an operation started in its task form,
// polled through PENDING → RUNNING → SUCCEEDED with progress, a FAILED task rejecting with the
// operation's typed error, cancel, abort and timeout during polling (nothing left behind), a
// re-login during polling, transient failures, the result checked, the result style.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../generator/emit/openapi.js';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { fakeTasks, message, step, taskError, type Step, type Style } from './fake-tasks.js';
import { runtimeTimers, until } from './handles.js';
import { minimal } from './load.js';
import { serverPerTest } from './server.js';
import { CLONE, VmService } from './vm-service.js';

const { api, createTransport, isErrorOf, login, NotFoundError, resultStyle, rest, startTask, taskOf } = minimal;
const { TransportError, VapiError, VapiStdError, UnknownVapiError } = minimal;
const styles = { api, rest };

const timers = runtimeTimers();
beforeEach(() => timers.install());
afterEach(() => timers.restore());
const start = serverPerTest();

async function serve(style: Style, steps: Step[], options: Partial<M.ClientOptions> = {}) {
  const fake = fakeTasks(style, steps);
  const s = await start((r) => fake.handle(r));
  const transport = createTransport({ baseUrl: s.url, sessionId: 'sid-1', style: styles[style], ...options });
  return { fake, s, vms: new VmService(transport), transport };
}
const fast = { intervalMs: 5, maxIntervalMs: 20 };
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('resolved');
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );

describe.each(['api', 'rest'] as const)('%s style', (style) => {
  const prefix = `/${style}`;

  it('starts the task form, polls PENDING → RUNNING → SUCCEEDED, reports each change once, resolves the result', async () => {
    const { s, vms, fake } = await serve(style, [
      step('PENDING'),
      step('RUNNING', 0),
      step('RUNNING', 40),
      step('RUNNING', 40),
      step('BLOCKED', 40),
      step('RUNNING', 90),
      step('SUCCEEDED', 100, { result: 'vm-43', end_time: '2024-05-01T10:01:00.000Z' }),
    ]);
    const task = await vms.cloneTask({ name: 'web-02' });
    expect(task.id).toBe('task-1');
    expect(task.operation).toBe('com.vmware.vcenter.vm.clone');
    expect(s.requests[0]).toMatchObject({
      method: 'POST',
      url: `${prefix}/vcenter/vm?action=clone&vmw-task=true`,
      body: JSON.stringify(style == 'api' ? { name: 'web-02' } : { spec: { name: 'web-02' } }),
    });
    const events: string[] = [];
    const vm = await task.wait({
      ...fast,
      onProgress: (e) =>
        events.push(`${e.status} ${e.progress?.completed ?? '-'} ${e.info.description.default_message}`),
    });
    expect(vm).toBe('vm-43');
    expect(events).toEqual([
      'PENDING - Clone a VM',
      'RUNNING 0 Clone a VM',
      'RUNNING 40 Clone a VM',
      'BLOCKED 40 Clone a VM',
      'RUNNING 90 Clone a VM',
      'SUCCEEDED 100 Clone a VM',
    ]);
    expect(fake.reads()).toBe(7);
    expect(s.requests.slice(1).every((r) => r.method == 'GET' && r.url == `${prefix}/cis/tasks/task-1`)).toBe(true);
    expect(s.requests.every((r) => r.headers['vmware-api-session-id'] == 'sid-1')).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('info() reads the task once; messages with params arrive as objects', async () => {
    const withParams = { ...message('copying'), params: { disk: { s: '2000' } } };
    const { vms } = await serve(style, [
      step('RUNNING', 10, { progress: { total: 100, completed: 10, message: withParams } }),
    ]);
    const info = await (await vms.cloneTask({ name: 'x' })).info();
    expect(info).toMatchObject({ status: 'RUNNING', progress: { total: 100, completed: 10, message: withParams } });
  });

  it('a FAILED task rejects with the operation’s error class, its status and the task, without the session id', async () => {
    const error = taskError(style, 'NOT_FOUND', 'no folder for session sid-1');
    // The messages' params (a map: a list of { key, value } on /rest, see fake-tasks.ts).
    ((error as { messages?: unknown[] }).messages ?? (error as { value: { messages: unknown[] } }).value.messages)[0] =
      {
        ...message('no folder for session sid-1'),
        params: { folder: { s: 'group-v9' } },
      };
    const { vms } = await serve(style, [step('RUNNING', 5), step('FAILED', 5, { error })]);
    const task = await vms.cloneTask({ name: 'x' });
    const e = await rejection(task.wait(fast));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e).toMatchObject({
      type: 'NOT_FOUND',
      status: 404,
      task: 'task-1',
      operation: 'com.vmware.vcenter.vm.clone',
      messages: [{ default_message: 'no folder for session [redacted]', params: { folder: { s: 'group-v9' } } }],
    });
    expect(e.message).toBe('NOT_FOUND: no folder for session [redacted] (task task-1, com.vmware.vcenter.vm.clone)');
    expect(JSON.stringify(e)).not.toContain('sid-1');
    expect(isErrorOf(e, vms, 'cloneTask')).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('cancel() posts the cancel action; the wait then rejects with CANCELED; a second cancel is refused', async () => {
    const { s, vms, fake } = await serve(style, [step('RUNNING', 5)]);
    const task = await vms.cloneTask({ name: 'x' });
    const waiting = rejection(task.wait(fast));
    expect(await until(() => fake.reads() >= 2)).toBe(true);
    await expect(task.cancel()).resolves.toBeUndefined();
    expect(s.requests.find((r) => r.method == 'POST' && r.url.includes('/cis/'))!.url).toBe(
      `${prefix}/cis/tasks/task-1?action=cancel`,
    );
    const e = await waiting;
    expect(e).toBeInstanceOf(VapiError);
    expect(e).toMatchObject({ type: 'CANCELED', status: 500, task: 'task-1' });
    // CANCELED is no error clone documents, and the minimal package has no class of its own for it.
    expect(isErrorOf(e, vms, 'cloneTask')).toBe(false);
    expect(e).toBeInstanceOf(UnknownVapiError);
    const again = await rejection(task.cancel());
    expect(again).toMatchObject({ type: 'NOT_ALLOWED_IN_CURRENT_STATE', operation: 'com.vmware.cis.tasks.cancel' });
    expect(timers.pending()).toBe(0);
  });

  it('abort during polling: rejects with an aborted TransportError, the read in flight stops, nothing is left', async () => {
    // The third read hangs: the abort must stop it.
    const { s, vms, fake } = await serve(style, [step('RUNNING', 5), step('RUNNING', 6), { reply: { hang: true } }]);
    const task = await vms.cloneTask({ name: 'x' });
    const ac = new AbortController();
    const waiting = rejection(task.wait({ ...fast, signal: ac.signal }));
    expect(await until(() => fake.reads() >= 3)).toBe(true);
    ac.abort(new Error('user gave up'));
    const e = await waiting;
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'aborted', operation: 'com.vmware.vcenter.vm.clone' });
    expect(e.message).toBe('com.vmware.vcenter.vm.clone: waiting for task task-1 to end aborted');
    expect((e.cause as Error).message).toBe('user gave up');
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    expect(timers.pending()).toBe(0);
    // An already-aborted signal reads nothing.
    const before = fake.reads();
    expect(await rejection(task.wait({ signal: AbortSignal.abort() }))).toMatchObject({ kind: 'aborted' });
    expect(fake.reads()).toBe(before);
  });

  it('timeout: rejects saying what it last saw, with no timer or request left; the task goes on', async () => {
    const { s, vms, fake } = await serve(style, [step('PENDING'), step('RUNNING', 40)]);
    const task = await vms.cloneTask({ name: 'x' });
    const started = performance.now();
    const e = await rejection(task.wait({ ...fast, timeoutMs: 300 }));
    const took = performance.now() - started;
    expect(e).toMatchObject({ kind: 'timeout', operation: 'com.vmware.vcenter.vm.clone' });
    expect(e.message).toBe(
      'com.vmware.vcenter.vm.clone: waited 300 ms for task task-1 to end; last seen: RUNNING 40 of 100',
    );
    expect(took).toBeGreaterThan(200);
    expect(took).toBeLessThan(1_000);
    expect(fake.reads()).toBeGreaterThan(5);
    expect(fake.cancelled()).toBe(false);
    expect(await until(() => s.inFlight === 0)).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('timeout while a read hangs: the read is stopped at the deadline', async () => {
    const { s, vms } = await serve(style, [step('RUNNING', 1), { reply: { hang: true } }]);
    const task = await vms.cloneTask({ name: 'x' });
    const e = await rejection(task.wait({ ...fast, timeoutMs: 200 }));
    expect(e.message).toBe(
      'com.vmware.vcenter.vm.clone: waited 200 ms for task task-1 to end; last seen: RUNNING 1 of 100',
    );
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('transient failures while polling are read again (503, a reset connection); others end the wait', async () => {
    const busy = { reply: { status: 503, body: taskError(style, 'SERVICE_UNAVAILABLE', 'busy') } };
    const { s, vms, fake } = await serve(style, [
      step('RUNNING', 5),
      busy,
      { reply: { reset: true } },
      { reply: { status: 503 } },
      step('SUCCEEDED', 100, { result: 'vm-43' }),
    ]);
    expect(await (await vms.cloneTask({ name: 'x' })).wait(fast)).toBe('vm-43');
    expect(fake.reads()).toBe(5);

    await s.close();
    const gone = await serve(style, [
      step('RUNNING', 5),
      { reply: { status: 404, body: taskError(style, 'NOT_FOUND', 'no task') } },
    ]);
    const e = await rejection((await gone.vms.cloneTask({ name: 'x' })).wait(fast));
    // The task itself is gone: an error of reading it, not of clone.
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e).toMatchObject({ operation: 'com.vmware.cis.tasks.get', status: 404 });
    expect(isErrorOf(e, gone.vms, 'cloneTask')).toBe(false);
    expect(gone.fake.reads()).toBe(2);
    expect(timers.pending()).toBe(0);
  });

  it('the result is checked like a direct call’s', async () => {
    const { vms } = await serve(style, [step('SUCCEEDED', 100, { result: 42 })]);
    const e = await rejection((await vms.cloneTask({ name: 'x' })).wait(fast));
    expect(e).toMatchObject({
      kind: 'protocol',
      message: 'com.vmware.vcenter.vm.clone: task task-1 SUCCEEDED with number where the result is string',
    });
  });

  it('a FAILED task without an error: VapiStdError, its result as data', async () => {
    const { vms } = await serve(style, [step('FAILED', 100, { result: { reason: 'disk full' } })]);
    const e = await rejection((await vms.cloneTask({ name: 'x' })).wait(fast));
    expect(e).toBeInstanceOf(VapiStdError);
    expect(e).toMatchObject({ type: 'ERROR', status: 500, data: { reason: 'disk full' } });
    expect(e.message).toBe('ERROR: the task failed (task task-1, com.vmware.vcenter.vm.clone)');
  });

  it('the server refuses to start it: the operation’s error, no task', async () => {
    const server = await start(() => ({ status: 404, body: taskError(style, 'NOT_FOUND', 'no source VM') }));
    const vms = new VmService(createTransport({ baseUrl: server.url, sessionId: 'sid-1', style: styles[style] }));
    const e = await rejection(vms.cloneTask({ name: 'x' }));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e).toMatchObject({ operation: 'com.vmware.vcenter.vm.clone', status: 404 });
    expect(isErrorOf(e, vms, 'cloneTask')).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('re-login during polling: the session expired, the client logs in again and polls on', async () => {
    const sessions = new Set<string>();
    let issued = 0;
    let expired = false;
    const fake = fakeTasks(
      style,
      [step('RUNNING', 10), step('RUNNING', 20), step('RUNNING', 30), step('SUCCEEDED', 100, { result: 'vm-43' })],
      sessions,
    );
    const loginPath = style == 'api' ? '/api/session' : '/rest/com/vmware/cis/session';
    const server = await start((r) => {
      if (r.url == loginPath && r.method == 'POST') {
        const sid = `sid-${++issued}`;
        sessions.add(sid);
        return { body: style == 'api' ? JSON.stringify(sid) : { value: sid } };
      }
      // The session expires once, after the second read.
      if (fake.reads() == 2 && !expired) {
        expired = true;
        sessions.clear();
      }
      return fake.handle(r);
    });
    const t = createTransport({
      baseUrl: server.url,
      style: styles[style],
      auth: login({ username: 'admin', password: 's3cret' }),
    });
    const vm = await (await new VmService(t).cloneTask({ name: 'x' })).wait(fast);
    expect(vm).toBe('vm-43');
    expect(issued).toBe(2);
    expect(server.requests.at(-1)!.headers['vmware-api-session-id']).toBe('sid-2');
    expect(timers.pending()).toBe(0);
  });

  it('the result style: the start, the wait, info and cancel as CallResults, typed by what they document', async () => {
    const { vms } = await serve(style, [
      step('RUNNING', 10),
      step('FAILED', 10, { error: taskError(style, 'NOT_FOUND', 'no folder') }),
    ]);
    const started = await resultStyle(vms).cloneTask({ name: 'x' });
    if (!started.ok) throw started.error;
    const task = started.value;
    expect(task.id).toBe('task-1');
    const info = await task.info();
    expect(info).toMatchObject({ ok: true, value: { status: 'RUNNING' } });
    const waited = await task.wait(fast);
    expect(waited).toMatchObject({ ok: false, expected: true, error: { type: 'NOT_FOUND', task: 'task-1' } });
    const cancelled = await task.cancel();
    expect(cancelled).toMatchObject({ ok: false, expected: true, error: { type: 'NOT_ALLOWED_IN_CURRENT_STATE' } });
  });
});

it('a task error’s status is the one a direct call answers its type with (/api table)', async () => {
  const types = [...Object.keys(ERROR_STATUS), 'SOMETHING_NEW'];
  let at = 0;
  const server = await start((r) =>
    r.url.startsWith('/api/cis/tasks/')
      ? { body: step('FAILED', 1, { error: { error_type: types[at], messages: [] } }) }
      : { status: 202, body: JSON.stringify('task-1') },
  );
  const vms = new VmService(createTransport({ baseUrl: server.url, sessionId: 's' }));
  for (; at < types.length; at++) {
    const e = await rejection((await vms.cloneTask({ name: 'x' })).wait(fast));
    expect([e.type, e.status]).toEqual([types[at], ERROR_STATUS[types[at]!]?.api ?? 500]);
  }
});

it('taskOf: a handle for a task started elsewhere; maps of the result converted on /rest', async () => {
  const op: M.OperationInfo = {
    id: 'com.vmware.vcenter.vm.storage.policy.get',
    params: [['vm', 'path']],
    api: ['GET', ['/api/vcenter/vm/', 0, '/storage/policy']],
    rest: ['GET', ['/rest/vcenter/vm/', 0, '/storage/policy']],
    result: 'struct',
    maps: { out: { disks: { '*': 0 } } },
  };
  const fake = fakeTasks('rest', [
    step('SUCCEEDED', 100, { result: { vm_home: 'p-1', disks: [{ key: '2000', value: 'p-2' }] } }),
  ]);
  const server = await start((r) => fake.handle(r));
  const task = taskOf<{ vm_home: string; disks: Record<string, string> }>(
    createTransport({ baseUrl: server.url, sessionId: 's', style: rest }),
    op,
    'task-1',
  );
  expect(await task.wait(fast)).toEqual({ vm_home: 'p-1', disks: { '2000': 'p-2' } });
});

it('the task form adds vmw-task=true once, after the path’s own query or as the query', async () => {
  const server = await start((r) => ({ status: 202, body: JSON.stringify(`task-${r.url}`) }));
  const t = createTransport({ baseUrl: server.url, sessionId: 's' });
  const op = (path: (string | number)[]): M.OperationInfo => ({
    ...CLONE,
    params: [['vm', 'path']],
    api: ['POST', path],
  });
  for (const path of [['/api/vcenter/vm/', 0], ['/api/vcenter/vm/', 0, '?action=relocate'], ['/api/x?vmw-task=true']])
    await startTask(t, op(path), ['vm-1']);
  expect(server.requests.map((r) => r.url)).toEqual([
    '/api/vcenter/vm/vm-1?vmw-task=true',
    '/api/vcenter/vm/vm-1?action=relocate&vmw-task=true',
    '/api/x?vmw-task=true',
  ]);
});

it('checks its options', async () => {
  const task = taskOf(createTransport({ baseUrl: 'http://127.0.0.1:9', sessionId: 's' }), CLONE, 'task-1');
  await expect(task.wait({ timeoutMs: -1 })).rejects.toThrow('timeoutMs must be milliseconds ≥ 0 (got -1)');
  await expect(task.wait({ intervalMs: 0 })).rejects.toThrow('intervalMs must be milliseconds ≥ 1 (got 0)');
  await expect(task.wait({ intervalMs: 100, maxIntervalMs: 50 })).rejects.toThrow(
    'maxIntervalMs must be milliseconds ≥ 100 (got 50)',
  );
  expect(timers.pending()).toBe(0);
});

// What a test controls and observes: sessions and users (read-only, expiry on demand and after
// idle time, with the client's re-login), injected faults and latency, recorded calls with their
// secrets redacted, determinism from the seed, tasks on the fake clock, and reset.
import { describe, expect, it } from 'vitest';
import { clientOf, createFake, credentials, DEFAULT_USER, vc } from './support.js';

const vm = (fake: ReturnType<typeof createFake>) => vc.id('VirtualMachine', fake.vm.id);
const typeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: InstanceType<typeof vc.VapiError>) => e.type,
  );

describe('sessions', () => {
  it.each(['api', 'rest'] as const)(
    '%s: login, a call with the session, logout; a refused login is UNAUTHENTICATED',
    async (style) => {
      const fake = createFake();
      const c = clientOf(fake, style);
      await c.power.get(vm(fake));
      expect(fake.activeSessions).toBe(1);
      expect(fake.calls.map((x) => x.operation)).toEqual([
        'com.vmware.cis.session.create',
        'com.vmware.vcenter.vm.power.get',
      ]);
      await c.logout();
      expect(fake.activeSessions).toBe(0);
      const refused = clientOf(fake, style, { auth: vc.login({ username: DEFAULT_USER.username, password: 'nope' }) });
      const e = await refused.power.get(vm(fake)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(vc.UnauthenticatedError);
      expect(refused.transport.sessionId()).toBeUndefined();
    },
  );

  it('a call without a session is 401 UNAUTHENTICATED, in the style shape', async () => {
    const fake = createFake();
    const api = await fake.handle({ method: 'GET', url: `/api/vcenter/vm/${fake.vm.id}/power`, headers: {}, body: '' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({
      error_type: 'UNAUTHENTICATED',
      messages: [{ default_message: 'this call needs a session' }],
    });
    const rest = await fake.handle({
      method: 'GET',
      url: `/rest/vcenter/vm/${fake.vm.id}/power`,
      headers: { 'vmware-api-session-id': 'bogus' },
      body: '',
    });
    expect(rest.status).toBe(401);
    expect(JSON.parse(rest.body)).toMatchObject({
      type: 'com.vmware.vapi.std.errors.unauthenticated',
      value: { messages: [{}] },
    });
  });

  it('expiry on demand and after idle time: the client logs in again once and the call succeeds', async () => {
    const fake = createFake({ sessionIdleMs: 60_000 });
    const c = clientOf(fake);
    await c.power.get(vm(fake));
    const first = c.transport.sessionId();
    fake.expireSessions();
    await c.power.get(vm(fake));
    const second = c.transport.sessionId();
    expect(second).not.toBe(first);
    fake.clock.advance(59_999);
    await c.power.get(vm(fake));
    expect(c.transport.sessionId()).toBe(second);
    fake.clock.advance(60_000);
    await c.power.get(vm(fake));
    expect(c.transport.sessionId()).not.toBe(second);
    // Each expiry: the call's 401, the client's read of its session (401: gone), a new login.
    expect(fake.calls.filter((x) => x.status == 401)).toHaveLength(4);
    expect(fake.callsTo('com.vmware.cis.session.get').map((x) => x.status)).toEqual([401, 401]);
    expect(fake.callsTo('com.vmware.cis.session.create')).toHaveLength(3);
  });

  it('a read-only user reads but gets UNAUTHORIZED on writes; privileges come from the spec', async () => {
    const fake = createFake({
      users: [DEFAULT_USER, { username: 'auditor', password: 'pw', privileges: 'read-only' }],
    });
    const c = clientOf(fake, 'api', { auth: vc.login({ username: 'auditor', password: 'pw' }) });
    expect((await c.power.get(vm(fake))).state).toBe('POWERED_OFF');
    const e = await c.power.start(vm(fake)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.UnauthorizedError);
    expect((e as Error).message).toMatch(
      /auditor may not call com\.vmware\.vcenter\.vm\.power\.start \(needs VirtualMachine\.Interact\.PowerOn\)/,
    );
    expect(fake.vm.power).toBe('POWERED_OFF');
    fake.addUser({ username: 'operator', password: 'pw', privileges: ['VirtualMachine.Interact.PowerOn'] });
    const op = clientOf(fake, 'api', { auth: vc.login({ username: 'operator', password: 'pw' }) });
    await op.power.start(vm(fake));
    expect(await typeOf(op.power.stop(vm(fake)))).toBe('UNAUTHORIZED');
  });

  it('GET /api/session and the /rest ~action=get read the session', async () => {
    const fake = createFake();
    const sid = fake.login();
    fake.clock.advance(1000);
    const r = await fake.handle({
      method: 'GET',
      url: '/api/session',
      headers: { 'vmware-api-session-id': sid },
      body: '',
    });
    expect(JSON.parse(r.body)).toEqual({
      user: DEFAULT_USER.username,
      created_time: '2024-01-01T00:00:00.000Z',
      last_accessed_time: '2024-01-01T00:00:01.000Z',
    });
    const rest = await fake.handle({
      method: 'POST',
      url: '/rest/com/vmware/cis/session?~action=get',
      headers: { 'vmware-api-session-id': sid },
      body: '',
    });
    expect(JSON.parse(rest.body).value.user).toBe(DEFAULT_USER.username);
  });
});

describe('faults and latency', () => {
  it('fails the next N calls of an operation with a documented error and its data, then recovers', async () => {
    const fake = createFake();
    const c = clientOf(fake);
    fake.fail('power.start', { type: 'RESOURCE_BUSY', message: 'host in maintenance' }, { times: 2 });
    for (let i = 0; i < 2; i++) {
      const e = await c.power.start(vm(fake)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(vc.ResourceBusyError);
      expect((e as Error).message).toMatch(/host in maintenance/);
    }
    await c.power.start(vm(fake));
    expect(fake.vm.power).toBe('POWERED_ON');
    fake.vm.setPower('POWERED_ON');
    fake.fail('com.vmware.vcenter.vm.guest.processes.get', { type: 'NOT_FOUND', data: { pid: 7 } });
    const creds = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'VMware1!',
    } as const;
    const e = await c.guest.processes.get(vm(fake), creds, 7).catch((x: InstanceType<typeof vc.NotFoundError>) => x);
    expect(e).toMatchObject({ type: 'NOT_FOUND', data: { pid: 7 } });
  });

  it('refuses to inject an error the operation does not document, unless told', async () => {
    const fake = createFake();
    expect(() => fake.fail('power.get', { type: 'ALREADY_EXISTS' })).toThrow(/does not document ALREADY_EXISTS/);
    expect(() => fake.fail('power.nope', { type: 'ERROR' })).toThrow(/no operation power\.nope/);
    expect(() => fake.fail('guest.processes.get', { type: 'NOT_FOUND', data: { pid: 'x' } })).toThrow(
      /the data of NOT_FOUND is a ref:com\.vmware\.vcenter\.vm\.guest\.processes\.process_error_details: data\.pid: expected an integer/,
    );
    fake.fail('power.get', { type: 'ALREADY_EXISTS', undocumented: true });
    const c = clientOf(fake);
    const e = await c.power.get(vm(fake)).catch((x: unknown) => x);
    expect(vc.isErrorOf(e, c.power, 'get')).toBe(false);
    expect((e as InstanceType<typeof vc.VapiError>).type).toBe('ALREADY_EXISTS');
  });

  it('adds latency (real time), and an aborted or timed-out call rejects like fetch', async () => {
    const fake = createFake();
    const c = clientOf(fake);
    await c.power.get(vm(fake));
    fake.latency(40, 'power.get');
    const t = performance.now();
    await c.power.get(vm(fake));
    expect(performance.now() - t).toBeGreaterThanOrEqual(35);
    const e = await c.power.get(vm(fake), { signal: AbortSignal.timeout(5) }).catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: 'aborted' });
    // The call's deadline reaches the fake through the signal the client gives its fetch.
    const slow = await c.power.get(vm(fake), { timeoutMs: 5 }).catch((x: unknown) => x);
    expect(slow).toMatchObject({ kind: 'timeout' });
  });
});

describe('observation', () => {
  it('records method, path, operation, style, user, status and error; secrets are redacted', async () => {
    const fake = createFake({ vms: [{ power: 'POWERED_ON' }] });
    const c = clientOf(fake, 'rest');
    const creds = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'VMware1!',
    } as const;
    await c.guest.processes.create(vm(fake), creds, { path: '/bin/sh' });
    await c.power.start(vm(fake)).catch(() => undefined);
    const [login, create, start] = fake.calls;
    expect(login).toMatchObject({
      operation: 'com.vmware.cis.session.create',
      style: 'rest',
      status: 200,
      user: credentials.username,
    });
    expect(create).toMatchObject({
      seq: 2,
      method: 'POST',
      path: `/api/vcenter/vm/${fake.vm.id}/guest/processes`,
      style: 'api',
      operation: 'com.vmware.vcenter.vm.guest.processes.create',
      args: { vm: fake.vm.id, credentials: { ...creds, password: '<redacted>' }, spec: { path: '/bin/sh' } },
      status: 200,
    });
    expect(start).toMatchObject({
      style: 'rest',
      path: `/rest/vcenter/vm/${fake.vm.id}/power/start`,
      status: 400,
      error: 'ALREADY_IN_DESIRED_STATE',
    });
    const text = JSON.stringify(fake.calls);
    expect(text).not.toContain('VMware1!');
    expect(text).not.toContain(c.transport.sessionId()!);
    expect(fake.callsTo('power.start')).toHaveLength(1);
  });

  it('keeps the last maxRecorded calls', async () => {
    const fake = createFake({ maxRecorded: 5 });
    const c = clientOf(fake);
    for (let i = 0; i < 12; i++) await c.power.get(vm(fake));
    expect(fake.calls.map((x) => x.seq)).toEqual([9, 10, 11, 12, 13]);
    fake.clearCalls();
    expect(fake.calls).toEqual([]);
  });
});

describe('determinism and reset', () => {
  async function script(seed: number) {
    const fake = createFake({ seed });
    const c = clientOf(fake);
    await c.power.start(vm(fake));
    const nic = await c.hardware.ethernet.create(vm(fake), {});
    return {
      session: c.transport.sessionId(),
      nic: await c.hardware.ethernet.get(vm(fake), nic),
      policy: await c.storage.policy.compliance.get(vm(fake)),
      vm: fake.vm.id,
    };
  }

  it('the same seed gives the same ids, tokens and made-up values; another seed other ones', async () => {
    const a = await script(7);
    expect(await script(7)).toEqual(a);
    const b = await script(8);
    expect(b.session).not.toBe(a.session);
    expect(b.nic.mac_address).not.toBe(a.nic.mac_address);
    expect(b.vm).toBe(a.vm);
  });

  it('reset goes back to the state of creation', async () => {
    const fake = createFake();
    const c = clientOf(fake);
    await c.power.start(vm(fake));
    await c.hardware.cdrom
      .delete(vm(fake), vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3000'))
      .catch(() => undefined);
    fake.addVm({ name: 'extra' });
    fake.fail('power.stop', { type: 'ERROR' });
    fake.clock.advance(1000);
    fake.reset();
    expect(fake.vms().map((v) => [v.name, v.power])).toEqual([['test-vm', 'POWERED_OFF']]);
    expect(fake.calls).toEqual([]);
    expect(fake.clock.iso()).toBe('2024-01-01T00:00:00.000Z');
    expect(fake.activeSessions).toBe(0);
    await c.power.start(vm(fake)); // the client logs in again
    await c.power.stop(vm(fake)); // no injected fault left
  });
});

describe('tasks', () => {
  it('a task runs PENDING → RUNNING with progress → SUCCEEDED on the fake clock; its effect happens at the end', async () => {
    const fake = createFake({
      tasks: { pendingMs: 100, durationMs: 1000 },
      taskForms: ['com.vmware.vcenter.vm.power.start'],
    });
    const sid = fake.login();
    const start = await fake.handle({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/power?action=start&vmw-task=true`,
      headers: { 'vmware-api-session-id': sid },
      body: '',
    });
    expect(start.status).toBe(202);
    const task = JSON.parse(start.body) as string;
    expect(task).toMatch(/^[0-9a-f-]{36}:com\.vmware\.vcenter\.vm\.power$/);
    const get = async (style = 'api') =>
      JSON.parse(
        (
          await fake.handle({
            method: 'GET',
            url: `/${style}/cis/tasks/${encodeURIComponent(task)}`,
            headers: { 'vmware-api-session-id': sid },
            body: '',
          })
        ).body,
      );
    expect(await get()).toMatchObject({
      status: 'PENDING',
      cancelable: true,
      service: 'com.vmware.vcenter.vm.power',
      operation: 'start',
    });
    fake.clock.advance(600);
    expect(await get()).toMatchObject({
      status: 'RUNNING',
      progress: { total: 100, completed: 50 },
      start_time: '2024-01-01T00:00:00.100Z',
    });
    expect(fake.vm.power).toBe('POWERED_OFF');
    fake.clock.advance(500);
    expect(await get()).toMatchObject({
      status: 'SUCCEEDED',
      progress: { completed: 100 },
      end_time: '2024-01-01T00:00:01.100Z',
    });
    expect(fake.vm.power).toBe('POWERED_ON');
    expect((await get('rest')).value.status).toBe('SUCCEEDED');
  });

  it('a task whose operation fails ends FAILED with the error; cancel ends a running one; unknown ids are NOT_FOUND', async () => {
    const fake = createFake();
    const sid = fake.login();
    const h = { 'vmware-api-session-id': sid };
    expect(() => fake.startTask('power.stop', {})).toThrow(/vm: required/);
    const failing = fake.startTask('power.stop', { vm: fake.vm.id });
    fake.clock.advance(1000);
    expect(fake.task(failing)).toMatchObject({ status: 'FAILED', error: { error_type: 'ALREADY_IN_DESIRED_STATE' } });
    const running = fake.startTask('power.start', { vm: fake.vm.id });
    const cancel = await fake.handle({
      method: 'POST',
      url: `/api/cis/tasks/${running}?action=cancel`,
      headers: h,
      body: '',
    });
    expect(cancel.status).toBe(204);
    expect(fake.task(running)).toMatchObject({ status: 'FAILED', error: { error_type: 'CANCELED' } });
    expect(
      (await fake.handle({ method: 'POST', url: `/api/cis/tasks/${running}?action=cancel`, headers: h, body: '' }))
        .status,
    ).toBe(400);
    const list = JSON.parse(
      (await fake.handle({ method: 'GET', url: '/api/cis/tasks?status=FAILED', headers: h, body: '' })).body,
    );
    expect(Object.keys(list).sort()).toEqual([failing, running].sort());
    expect((await fake.handle({ method: 'GET', url: '/api/cis/tasks/nope', headers: h, body: '' })).status).toBe(404);
    expect(fake.vm.power).toBe('POWERED_OFF');
  });

  it('an operation without a task form refuses vmw-task', async () => {
    const fake = createFake();
    const r = await fake.handle({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/power?action=start&vmw-task=true`,
      headers: { 'vmware-api-session-id': fake.login() },
      body: '',
    });
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).messages[0].default_message).toMatch(/has no task form/);
  });
});

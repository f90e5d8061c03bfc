// Transport behaviour against the package's fake vCenter: timeouts, aborts, the opt-in plugins
// (bounded retries of idempotent calls, hooks, logging), options that moved, and secrets that
// never show up in errors, logs or inspection. What takes a broken server (a connection reset, a
// malformed answer) runs on a local one.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { credentials, fakeClient, vc } from './fake.js';
import { serverPerTest } from './server.js';

const { createClient, hooks, login, logging, rest, retry, TransportError, VapiError } = vc;
type TransportErr = InstanceType<typeof TransportError>;
const cd = vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
const unknownCd = vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3999');
const unavailable = { type: 'SERVICE_UNAVAILABLE' };
const serve = serverPerTest();

describe('timeouts and aborts', () => {
  it('fails a call that takes longer than the client timeout with a timeout error', async () => {
    const { fake, c, vm } = fakeClient({ timeoutMs: 50 });
    await c.login();
    fake.latency(500);
    const err = await c.hardware.cdrom.list(vm).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportErr).kind).toBe('timeout');
  });

  it('lets a per-call timeout override the client one', async () => {
    const { fake, c, vm } = fakeClient({ timeoutMs: 10 });
    await c.login();
    fake.latency(200);
    await expect(c.hardware.cdrom.list(vm, { timeoutMs: 2000 })).resolves.toEqual([{ cdrom: '3000' }]);
  });

  it('stops a call when its signal aborts', async () => {
    const { fake, c, vm } = fakeClient();
    await c.login();
    fake.latency(500);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    const err = await c.hardware.cdrom.list(vm, { signal: ac.signal }).catch((e: unknown) => e);
    expect((err as TransportErr).kind).toBe('aborted');
  });
});

describe('retries', () => {
  it('retries a GET on 503 with backoff, a bounded number of times', async () => {
    const { fake, c, vm } = fakeClient({ plugins: [retry({ attempts: 2, delayMs: 5 })] });
    fake.fail('hardware.cdrom.list', unavailable, { times: 10 });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(VapiError);
    expect(fake.callsTo('hardware.cdrom.list').map((x) => x.status)).toEqual([503, 503, 503]);
  });

  it('succeeds when a retried GET recovers, including after a connection reset', async () => {
    let n = 0;
    const s = await serve(() => (++n === 1 ? { reset: true } : n === 2 ? { status: 503 } : { body: [] }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', plugins: [retry({ delayMs: 5 })] });
    await expect(c.hardware.cdrom.list(vc.id('VirtualMachine', 'vm-1'))).resolves.toEqual([]);
    expect(s.requests).toHaveLength(3);
  });

  it('never retries a non-idempotent call', async () => {
    const { fake, c, vm } = fakeClient({ plugins: [retry({ attempts: 5, delayMs: 1 })] });
    fake.fail('hardware.cdrom.connect', unavailable, { times: 10 });
    await expect(c.hardware.cdrom.connect(vm, cd)).rejects.toBeInstanceOf(VapiError);
    expect(fake.callsTo('hardware.cdrom.connect')).toHaveLength(1);
  });
});

describe('plugins', () => {
  it('retries only while the retry plugin is listed, and its wait ends with the call signal', async () => {
    const plain = fakeClient();
    plain.fake.fail('hardware.cdrom.list', unavailable, { times: 10 });
    await expect(plain.c.hardware.cdrom.list(plain.vm)).rejects.toBeInstanceOf(VapiError);
    expect(plain.fake.callsTo('hardware.cdrom.list')).toHaveLength(1);
    const { fake, c, vm } = fakeClient({ plugins: [retry({ attempts: 3, delayMs: 10_000 })] });
    fake.fail('hardware.cdrom.list', unavailable, { times: 10 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const err = await c.hardware.cdrom.list(vm, { signal: ac.signal }).catch((e: unknown) => e);
    expect((err as TransportErr).kind).toBe('aborted');
    // The first attempt only: the abort ended the wait before the retry.
    expect(fake.callsTo('hardware.cdrom.list')).toHaveLength(1);
  });

  it('applies plugins in the order given, and lets a plugin of your own add headers', async () => {
    const order: string[] = [];
    const { c, sent, vm } = fakeClient((f) => ({
      sessionId: f.login(),
      plugins: [
        (next) => (r) => (order.push('outer'), next({ ...r, headers: { ...r.headers, 'x-trace': '7' } })),
        hooks({ onRequest: (e) => order.push(`hook ${e.attempt}`) }),
      ],
    }));
    await c.hardware.cdrom.list(vm);
    expect(order).toEqual(['outer', 'hook 0']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['x-trace']).toBe('7');
  });

  it('refuses the options that moved to plugins or createNodeFetch, naming the replacement', () => {
    const base = { baseUrl: 'https://127.0.0.1:9', sessionId: 's' };
    // @ts-expect-error retry is a plugin now
    expect(() => createClient({ ...base, retry: { attempts: 1 } })).toThrow(/option retry moved/);
    // @ts-expect-error logger is a plugin now
    expect(() => createClient({ ...base, logger: console })).toThrow(/option logger moved/);
    // @ts-expect-error onRequest is a plugin now
    expect(() => createClient({ ...base, onRequest: () => undefined })).toThrow(/option onRequest moved/);
    // @ts-expect-error ca is createNodeFetch's now
    expect(() => createClient({ ...base, ca: 'pem' })).toThrow(/option ca moved/);
    // @ts-expect-error insecure is createNodeFetch's now
    expect(() => createClient({ ...base, insecure: true })).toThrow(/option insecure moved/);
    // @ts-expect-error credentials are the login strategy's now
    expect(() => createClient({ ...base, username: 'u', password: 'p' })).toThrow(/option username moved/);
    // @ts-expect-error the style is a value now (rest, imported from the package)
    expect(() => createClient({ ...base, style: 'rest' })).toThrow(/option style moved/);
    expect(createClient({ ...base, style: rest }).transport.style).toBe(rest);
  });
});

describe('hooks and secrets', () => {
  it('reports each request and response to the hooks, without the session id', async () => {
    const events: unknown[] = [];
    const { fake, c, vm } = fakeClient((f) => ({
      sessionId: f.login(),
      plugins: [
        hooks({
          onRequest: (e) => events.push(['req', e.method, e.url, e.operation]),
          onResponse: (e) => events.push(['res', e.status, typeof e.durationMs]),
        }),
      ],
    }));
    await c.hardware.cdrom.list(vm);
    expect(events).toEqual([
      [
        'req',
        'GET',
        `https://vcenter.fake/api/vcenter/vm/${fake.vm.id}/hardware/cdrom`,
        'com.vmware.vcenter.vm.hardware.cdrom.list',
      ],
      ['res', 200, 'number'],
    ]);
    expect(JSON.stringify(events)).not.toContain(c.transport.sessionId());
  });

  it('never echoes a malformed login response, which may hold a session id', async () => {
    const s = await serve(() => ({ body: 'raw-session-token-secret' }));
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'p' }) });
    const err = await c.hardware.cdrom.list(vc.id('VirtualMachine', 'vm-1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportErr).kind).toBe('protocol');
    expect(`${String(err)} ${inspect(err)}`).not.toContain('raw-session-token-secret');
  });

  it('logs requests, retries and re-logins to the logger, never a secret', async () => {
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(`debug ${m}`), warn: (m: string) => lines.push(`warn ${m}`) };
    const password = 'pa55word-secret';
    const { fake, c, vm } = fakeClient(
      { auth: login({ ...credentials, password }), plugins: [retry({ attempts: 1, delayMs: 1 }), logging(logger)] },
      { users: [{ username: credentials.username, password }] },
    );
    await c.login();
    const first = c.transport.sessionId()!;
    fake.expireSessions();
    await c.hardware.cdrom.list(vm);
    const second = c.transport.sessionId()!;
    fake.fail('hardware.cdrom.list', unavailable, { times: 2 });
    await c.hardware.cdrom.list(vm).catch(() => undefined);
    // login, the call's 401, its read of the session (gone: 401), the new login, the call again…
    expect(fake.calls.map((x) => x.status)).toEqual([201, 401, 401, 201, 200, 503, 503]);
    const text = lines.join('\n');
    expect(text).toMatch(
      /debug vcenter: GET https:\/\/vcenter\.fake\/api\/vcenter\/vm\/vm-\d+\/hardware\/cdrom -> \d+ in \d+ ms/,
    );
    expect(text).toContain('session expired, logged in again');
    expect(text).toContain('answered 503; retry 1 of 1');
    for (const secret of [first, second, password]) expect(text).not.toContain(secret);
  });

  it('keeps guest credentials sent in a body out of the error of the call', async () => {
    const { c, sent, vm } = fakeClient((f) => ({ sessionId: f.login() }), { vms: [{ power: 'POWERED_ON' }] });
    const sid = c.transport.sessionId()!;
    const creds = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'guest-pw-secret',
    } as const;
    const err = await c.guest.processes.create(vm, creds, { path: '/bin/true' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(vc.UnauthenticatedError);
    expect(JSON.parse(sent[0]!.body).credentials.password).toBe('guest-pw-secret');
    for (const text of [
      inspect(err, { depth: 10, showHidden: true }),
      JSON.stringify(err),
      String(err),
      (err as Error).stack ?? '',
    ]) {
      expect(text).not.toContain('guest-pw-secret');
      expect(text).not.toContain(sid);
    }
  });

  it('keeps password and session id out of inspect, JSON and error output', async () => {
    const password = 'pa55word-secret';
    const { c, vm } = fakeClient(
      { auth: login({ ...credentials, password }) },
      { users: [{ username: credentials.username, password }] },
    );
    const err = await c.hardware.cdrom.get(vm, unknownCd).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(vc.NotFoundError);
    const sid = c.transport.sessionId()!;
    expect(sid).toMatch(/\S/);
    for (const text of [
      inspect(c, { depth: 10, showHidden: true }),
      inspect(err, { depth: 10 }),
      JSON.stringify(err),
      String(err),
      (err as Error).stack ?? '',
    ]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(sid);
    }
  });
});

// Transport behaviour on a local server: timeouts, aborts, the opt-in plugins (bounded retries of
// idempotent calls, hooks, logging), options that moved, and secrets that never show up in
// errors, logs or inspection.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { minimal } from './load.js';
import { startServer, type Handler, type TestServer } from './server.js';

const { createClient, hooks, id, logging, login, rest, retry, TransportError, VapiError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '1');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler) {
  server = await startServer(handler);
  return server;
}

describe('timeouts and aborts', () => {
  it('fails a call that takes longer than the client timeout with a timeout error', async () => {
    const s = await serve(() => ({ body: [], delayMs: 500 }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', timeoutMs: 50 });
    const err = await c.hardware.cdrom.list(vm).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as InstanceType<typeof TransportError>).kind).toBe('timeout');
  });

  it('lets a per-call timeout override the client one', async () => {
    const s = await serve(() => ({ body: [], delayMs: 200 }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', timeoutMs: 10 });
    await expect(c.hardware.cdrom.list(vm, { timeoutMs: 2000 })).resolves.toEqual([]);
  });

  it('stops a call when its signal aborts', async () => {
    const s = await serve(() => ({ body: [], delayMs: 500 }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x' });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    const err = await c.hardware.cdrom.list(vm, { signal: ac.signal }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof TransportError>).kind).toBe('aborted');
  });
});

describe('retries', () => {
  it('retries a GET on 503 with backoff, a bounded number of times', async () => {
    const s = await serve(() => ({ status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: [] } }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', plugins: [retry({ attempts: 2, delayMs: 5 })] });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(VapiError);
    expect(s.requests).toHaveLength(3);
  });

  it('succeeds when a retried GET recovers, including after a connection reset', async () => {
    let n = 0;
    const s = await serve(() => (++n === 1 ? { reset: true } : n === 2 ? { status: 503 } : { body: [] }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', plugins: [retry({ delayMs: 5 })] });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    expect(s.requests).toHaveLength(3);
  });

  it('never retries a non-idempotent call', async () => {
    const s = await serve(() => ({ status: 503 }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', plugins: [retry({ attempts: 5, delayMs: 1 })] });
    await expect(c.hardware.cdrom.connect(vm, cd)).rejects.toBeInstanceOf(VapiError);
    expect(s.requests).toHaveLength(1);
  });
});

describe('plugins', () => {
  it('retries only while the retry plugin is listed, and its wait ends with the call signal', async () => {
    const s = await serve(() => ({ status: 503 }));
    await expect(createClient({ baseUrl: s.url, sessionId: 'x' }).hardware.cdrom.list(vm)).rejects.toBeInstanceOf(
      VapiError,
    );
    expect(s.requests).toHaveLength(1);
    const c = createClient({ baseUrl: s.url, sessionId: 'x', plugins: [retry({ attempts: 3, delayMs: 10_000 })] });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const err = await c.hardware.cdrom.list(vm, { signal: ac.signal }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof TransportError>).kind).toBe('aborted');
    expect(s.requests).toHaveLength(2);
  });

  it('applies plugins in the order given, and lets a plugin of your own add headers', async () => {
    const s = await serve(() => ({ body: [] }));
    const order: string[] = [];
    const c = createClient({
      baseUrl: s.url,
      sessionId: 'x',
      plugins: [
        (next) => (r) => (order.push('outer'), next({ ...r, headers: { ...r.headers, 'x-trace': '7' } })),
        hooks({ onRequest: (e) => order.push(`hook ${e.attempt}`) }),
      ],
    });
    await c.hardware.cdrom.list(vm);
    expect(order).toEqual(['outer', 'hook 0']);
    expect(s.requests[0]!.headers['x-trace']).toBe('7');
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
    const s = await serve(() => ({ body: [] }));
    const events: unknown[] = [];
    const c = createClient({
      baseUrl: s.url,
      sessionId: 'top-secret-session',
      plugins: [
        hooks({
          onRequest: (e) => events.push(['req', e.method, e.url, e.operation]),
          onResponse: (e) => events.push(['res', e.status, typeof e.durationMs]),
        }),
      ],
    });
    await c.hardware.cdrom.list(vm);
    expect(events).toEqual([
      ['req', 'GET', `${s.url}/api/vcenter/vm/vm-1/hardware/cdrom`, 'com.vmware.vcenter.vm.hardware.cdrom.list'],
      ['res', 200, 'number'],
    ]);
    expect(JSON.stringify(events)).not.toContain('top-secret-session');
  });

  it('never echoes a malformed login response, which may hold a session id', async () => {
    const s = await serve(() => ({ body: 'raw-session-token-secret' }));
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'p' }) });
    const err = await c.hardware.cdrom.list(vm).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as InstanceType<typeof TransportError>).kind).toBe('protocol');
    expect(`${String(err)} ${inspect(err)}`).not.toContain('raw-session-token-secret');
  });

  it('logs requests, retries and re-logins to the logger, never a secret', async () => {
    let n = 0;
    const s = await serve((r) => {
      if (r.url.endsWith('/session')) return { body: JSON.stringify(`sess-${++n}-verysecret`) };
      if (r.method === 'GET' && n === 1) return { status: 401 };
      return r.method === 'GET' && r.url.includes('cdrom') && !r.headers['x-second']
        ? { status: 503, headers: {} }
        : { body: [] };
    });
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(`debug ${m}`), warn: (m: string) => lines.push(`warn ${m}`) };
    const c = createClient({
      baseUrl: s.url,
      auth: login({ username: 'u', password: 'pa55word-secret' }),
      plugins: [retry({ attempts: 1, delayMs: 1 }), logging(logger)],
    });
    await c.hardware.cdrom.list(vm, { headers: { 'x-second': '1' } }).catch(() => undefined);
    await c.hardware.cdrom.list(vm).catch(() => undefined);
    const text = lines.join('\n');
    expect(text).toMatch(
      /debug vcenter: GET http:\/\/127\.0\.0\.1:\d+\/api\/vcenter\/vm\/vm-1\/hardware\/cdrom -> \d+ in \d+ ms/,
    );
    expect(text).toContain('session expired, logged in again');
    expect(text).toContain('answered 503; retry 1 of 1');
    expect(text).not.toMatch(/verysecret|pa55word/);
  });

  it('keeps guest credentials sent in a body out of the error of the call', async () => {
    const s = await serve(() => ({
      status: 401,
      body: { error_type: 'UNAUTHENTICATED', messages: [{ id: 'x', default_message: 'guest login failed', args: [] }] },
    }));
    const c = createClient({ baseUrl: s.url, sessionId: 'sess-secret-1' });
    const creds = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'guest-pw-secret',
    } as const;
    const err = await c.guest.processes.create(vm, creds, { path: '/bin/true' }).catch((e: unknown) => e);
    expect(JSON.parse(s.requests[0]!.body).credentials.password).toBe('guest-pw-secret');
    for (const text of [
      inspect(err, { depth: 10, showHidden: true }),
      JSON.stringify(err),
      String(err),
      (err as Error).stack ?? '',
    ]) {
      expect(text).not.toContain('guest-pw-secret');
      expect(text).not.toContain('sess-secret-1');
    }
  });

  it('keeps password and session id out of inspect, JSON and error output', async () => {
    const s = await serve((r) =>
      r.url.endsWith('/session')
        ? { body: JSON.stringify('sess-very-secret') }
        : { status: 404, body: { error_type: 'NOT_FOUND', messages: [] } },
    );
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'pa55word-secret' }) });
    const err = await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e);
    for (const text of [
      inspect(c, { depth: 10, showHidden: true }),
      inspect(err, { depth: 10 }),
      JSON.stringify(err),
      String(err),
      (err as Error).stack ?? '',
    ]) {
      expect(text).not.toContain('pa55word-secret');
      expect(text).not.toContain('sess-very-secret');
    }
  });
});

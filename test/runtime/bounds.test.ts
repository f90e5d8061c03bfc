// The bounds of a call on a local server, with both fetches (the global one and the package's
// createNodeFetch): a call that times out or is aborted stops its request, so that the server
// sees its connection close, and leaves no timer of the runtime behind; a process can exit
// promptly after its last call gave up; the caller's signal and deadline cover a login the call
// waits for, without cancelling a login other calls still wait for.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { runtimeTimers, until } from './handles.js';
import { minimal } from './load.js';
import { ownResponses, serverPerTest } from './server.js';

const { createClient, id, login, TransportError } = minimal;
type TransportErr = InstanceType<typeof TransportError>;
const vm = id('VirtualMachine', 'vm-1');
const DIST = join(ROOT, 'test/scenarios/__snapshots__/minimal/dist');
const fetches = [
  ['the global fetch', undefined],
  ['createNodeFetch', createNodeFetch({})],
] as const;

const timers = runtimeTimers();
beforeEach(() => timers.install());
afterEach(() => timers.restore());
const serve = serverPerTest();
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as TransportErr,
  );

describe.each(fetches)('with %s, a call that gives up', (_, fetch) => {
  it('on its timeout stops its request: no request left open on the server, no timer left', async () => {
    // The first call answers (so that createNodeFetch has loaded node:http), the others hang.
    const s = await serve((r) => (r.headers['x-first'] ? { body: [] } : { hang: true }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', timeoutMs: 500, fetch });
    await c.hardware.cdrom.list(vm, { headers: { 'x-first': '1' } });
    const started = performance.now();
    const errors = await Promise.all(Array.from({ length: 20 }, () => failure(c.hardware.cdrom.list(vm))));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(errors.map((e) => e?.kind)).toEqual(Array(20).fill('timeout'));
    expect(errors[0]!.message).toBe('com.vmware.vcenter.vm.hardware.cdrom.list: no complete response within 500 ms');
    expect(s.requests).toHaveLength(21);
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    // Node's built-in fetch (undici 6) opens a fresh idle keep-alive connection after an aborted
    // request and closes it after its keep-alive timeout (4 s); createNodeFetch opens none.
    if (fetch) expect(await until(() => s.open === 0), `${s.open} connections still open`).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('on its signal stops its request the same way (no timer at all with timeoutMs 0)', async () => {
    const s = await serve(() => ({ hang: true }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', fetch });
    const ac = new AbortController();
    const calls = Array.from({ length: 10 }, () =>
      failure(c.hardware.cdrom.list(vm, { signal: ac.signal, timeoutMs: 0 })),
    );
    await until(() => s.requests.length === 10);
    ac.abort(new Error('user gave up'));
    const errors = await Promise.all(calls);
    expect(errors.map((e) => e?.kind)).toEqual(Array(10).fill('aborted'));
    expect((errors[0]!.cause as Error).message).toBe('user gave up');
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it.each([
    ['chunked', {}, fetch],
    ['its length announced', { 'content-length': '100' }, fetch],
    // A Response of a class of its own with an announced length is read whole by text().
    ['read whole', { 'content-length': '100' }, ownResponses(fetch ?? globalThis.fetch)],
  ])('while the body (%s) is still arriving stops reading it and closes the connection', async (__, headers, f) => {
    const s = await serve(() => ({ headers, write: (res) => res.write('[{"cdrom":"1"},') }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', timeoutMs: 150, fetch: f });
    expect((await failure(c.hardware.cdrom.list(vm)))?.kind).toBe('timeout');
    expect(await until(() => s.inFlight === 0)).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('with a signal that was aborted before the call sends nothing', async () => {
    const s = await serve(() => ({ body: [] }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', fetch });
    const e = await failure(c.hardware.cdrom.list(vm, { signal: AbortSignal.abort() }));
    expect(e?.kind).toBe('aborted');
    expect(s.requests).toHaveLength(0);
    expect(timers.pending()).toBe(0);
  });

  it('that succeeds leaves no timer either', async () => {
    const s = await serve(() => ({ body: [] }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', fetch });
    await Promise.all(Array.from({ length: 10 }, () => c.hardware.cdrom.list(vm)));
    expect(timers.pending()).toBe(0);
  });
});

describe('a process whose calls gave up', () => {
  // The hung server runs here; the client in a child process, which must exit by itself.
  it.each([
    ['the global fetch', ''],
    ['createNodeFetch', 'createNodeFetch({})'],
  ])('exits promptly after 50 timeouts and 10 aborts with %s', async (_, fetchCode) => {
    const s = await serve(() => ({ hang: true }));
    const script = `
const { createClient, id } = await import(${JSON.stringify(join(DIST, 'index.js'))});
const { createNodeFetch } = await import(${JSON.stringify(join(DIST, 'runtime/node-fetch.js'))});
const c = createClient({ baseUrl: ${JSON.stringify(s.url)}, sessionId: 's', timeoutMs: 100${fetchCode ? `, fetch: ${fetchCode}` : ''} });
const vm = id('VirtualMachine', 'vm-1');
const ac = new AbortController();
setTimeout(() => ac.abort(), 50);
const all = await Promise.allSettled([
  ...Array.from({ length: 50 }, () => c.hardware.cdrom.list(vm)),
  ...Array.from({ length: 10 }, () => c.hardware.cdrom.list(vm, { signal: ac.signal, timeoutMs: 0 })),
]);
const kinds = all.map((r) => r.reason?.kind).join(' ');
const settled = performance.now();
process.on('exit', () => console.log(JSON.stringify({ kinds, afterSettled: performance.now() - settled })));
`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // Without the fix, the child waits for the server, which never answers: give up after 20 s.
    const kill = setTimeout(() => child.kill(), 20_000);
    const code = await new Promise((r) => child.on('exit', r));
    clearTimeout(kill);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { kinds: string; afterSettled: number };
    expect(report.kinds).toBe([...Array(50).fill('timeout'), ...Array(10).fill('aborted')].join(' '));
    expect(report.afterSettled).toBeLessThan(1_000);
  });
});

describe('a call that waits for a login', () => {
  const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;
  /** A vCenter whose login answers after `loginMs` (or never). */
  async function vcenter(loginMs: number | 'never') {
    let issued = 0;
    const s = await serve((r) => {
      if (r.url === '/api/session' && r.method === 'POST') {
        if (r.headers.authorization !== basic) return { status: 401 };
        return loginMs === 'never' ? { hang: true } : { body: JSON.stringify(`sid-${++issued}`), delayMs: loginMs };
      }
      return r.headers['vmware-api-session-id'] ? { body: [] } : { status: 401 };
    });
    const logins = () => s.requests.filter((r) => r.url === '/api/session').length;
    return {
      s,
      logins,
      client: (timeoutMs = 3_000) =>
        createClient({ baseUrl: s.url, timeoutMs, auth: login({ username: 'u', password: 'p' }) }),
    };
  }

  it('is aborted by its signal during the login, at once, and the login it alone waited for stops', async () => {
    const { s, client } = await vcenter('never');
    const c = client();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const started = performance.now();
    const e = await failure(c.hardware.cdrom.list(vm, { signal: ac.signal }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'aborted', operation: 'com.vmware.vcenter.vm.hardware.cdrom.list' });
    expect(await until(() => s.inFlight === 0), 'the login request is still open').toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('times out at its own deadline during the login, not after the client timeout', async () => {
    const { client } = await vcenter('never');
    const c = client(3_000);
    const started = performance.now();
    const e = await failure(c.hardware.cdrom.list(vm, { timeoutMs: 150 }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(e).toMatchObject({ kind: 'timeout', operation: 'com.vmware.vcenter.vm.hardware.cdrom.list' });
  });

  it('with an already-aborted signal does not log in at all', async () => {
    const { s, client } = await vcenter(0);
    const e = await failure(client().hardware.cdrom.list(vm, { signal: AbortSignal.abort() }));
    expect(e?.kind).toBe('aborted');
    expect(s.requests).toHaveLength(0);
  });

  it('gives up alone: the login other calls share goes on, and they get their results', async () => {
    const { logins, client } = await vcenter(200);
    const c = client();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const [aborted, ok] = await Promise.all([
      failure(c.hardware.cdrom.list(vm, { signal: ac.signal })),
      c.hardware.cdrom.list(vm),
    ]);
    expect(aborted?.kind).toBe('aborted');
    expect(ok).toEqual([]);
    expect(logins()).toBe(1);
    expect(c.transport.sessionId()).toBe('sid-1');
  });

  it('after every waiting call gave up, a new call logs in afresh', async () => {
    let logins = 0;
    // The first login hangs, the next ones answer.
    const s = await serve((r) =>
      r.url === '/api/session' ? (++logins === 1 ? { hang: true } : { body: JSON.stringify('sid') }) : { body: [] },
    );
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'p' }) });
    const ac = new AbortController();
    const gaveUp = Promise.all([1, 2].map(() => failure(c.hardware.cdrom.list(vm, { signal: ac.signal }))));
    await until(() => s.inFlight === 1);
    ac.abort();
    expect((await gaveUp).map((e) => e?.kind)).toEqual(['aborted', 'aborted']);
    expect(await until(() => s.inFlight === 0), 'the abandoned login is still open').toBe(true);
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    expect(logins).toBe(2);
    expect(timers.pending()).toBe(0);
  });
});

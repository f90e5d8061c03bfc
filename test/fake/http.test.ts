// The fake over real sockets on 127.0.0.1: the generated client with the global fetch in both
// styles, raw HTTP as other tools send it, HTTPS with the certificate the fake makes at start (a
// real X.509 certificate: parsed, verified and trusted through createNodeFetch({ ca })), and the
// package's bin started from the shell.
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../generated/vcenter-vm/dist/runtime/node-fetch.js';
import { startFakeServer } from '../../generated/vcenter-vm/dist/fake/server.js';
import { ROOT } from '../setup/generate.js';
import { createFake, credentials, DEFAULT_USER, vc } from './support.js';

type Server = Awaited<ReturnType<typeof startFakeServer>>;
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function start(options: Parameters<typeof startFakeServer>[0] = {}): Promise<Server> {
  const s = await startFakeServer(options);
  servers.push(s);
  return s;
}
const basic = (u: string, p: string) => `Basic ${btoa(`${u}:${p}`)}`;

describe('over HTTP on 127.0.0.1', () => {
  it.each(['api', 'rest'] as const)('%s: the generated client with the global fetch', async (style) => {
    const server = await start({ fake: createFake() });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const c = vc.createClient({
      baseUrl: server.url,
      style: style == 'api' ? vc.api : vc.rest,
      auth: vc.login(credentials),
    });
    const vm = vc.id('VirtualMachine', server.fake.vm.id);
    await c.power.start(vm);
    expect(await c.power.get(vm)).toEqual({ state: 'POWERED_ON' });
    const disk = await c.hardware.disk.create(vm, { new_vmdk: { capacity: 2 ** 30 } });
    expect(await c.hardware.disk.get(vm, disk)).toMatchObject({ capacity: 2 ** 30 });
    await expect(c.power.start(vm)).rejects.toBeInstanceOf(vc.AlreadyInDesiredStateError);
    await c.logout();
    // login, start, get, create, get, start again, logout: /api answers 201 for creates and 204 without a result.
    const statuses = style == 'api' ? [201, 204, 200, 201, 200, 400, 204] : [200, 200, 200, 200, 200, 400, 200];
    expect(server.fake.calls.map((x) => x.status)).toEqual(statuses);
  });

  it('raw HTTP as curl sends it: login with basic auth, a call, errors in the style shape', async () => {
    const server = await start();
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { authorization: basic(DEFAULT_USER.username, DEFAULT_USER.password) },
    });
    expect(login.status).toBe(201);
    expect(login.headers.get('content-type')).toBe('application/json');
    const sid = (await login.json()) as string;
    expect(sid).toMatch(/^[0-9a-f]{32}$/);
    const power = await fetch(`${server.url}/api/vcenter/vm/${server.fake.vm.id}/power`, {
      headers: { 'vmware-api-session-id': sid },
    });
    expect(await power.json()).toEqual({ state: 'POWERED_OFF', clean_power_off: true });
    const none = await fetch(`${server.url}/rest/vcenter/vm/${server.fake.vm.id}/power`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ type: 'com.vmware.vapi.std.errors.unauthenticated' });
    const big = await fetch(`${server.url}/api/session`, { method: 'POST', body: 'x'.repeat(17 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });

  it("does not serve vAPI's JSON-RPC (VMware's Python SDK's default protocol): a 404 without a vAPI error", async () => {
    const server = await start();
    // What create_vsphere_client sends first: a login as a JSON-RPC invocation, POSTed to /api.
    const rpc = await fetch(`${server.url}/api`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: basic(DEFAULT_USER.username, DEFAULT_USER.password),
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        method: 'invoke',
        id: '1',
        params: { serviceId: 'com.vmware.cis.session', operationId: 'create', input: { STRUCTURE: {} }, ctx: {} },
      }),
    });
    expect(rpc.status).toBe(404);
    expect(await rpc.text()).toBe('');
    expect(server.fake.activeSessions).toBe(0);
  });

  it('a client that goes away during injected latency leaves the server serving', async () => {
    const server = await start({ fake: createFake() });
    const sid = server.fake.login();
    server.fake.latency(200);
    const url = `${server.url}/api/vcenter/vm/${server.fake.vm.id}/power`;
    await expect(
      fetch(url, { headers: { 'vmware-api-session-id': sid }, signal: AbortSignal.timeout(20) }),
    ).rejects.toThrow();
    server.fake.latency(0);
    expect((await fetch(url, { headers: { 'vmware-api-session-id': sid } })).status).toBe(200);
  });
});

describe('HTTPS with a certificate made at start', () => {
  it('is a real self-signed X.509 certificate for 127.0.0.1 and localhost', async () => {
    const server = await start({ tls: true });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const x = new X509Certificate(server.cert!);
    expect(x.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x.checkHost('localhost')).toBe('localhost');
    expect(x.subject).toBe(x.issuer);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.publicKey.asymmetricKeyType).toBe('ec');
    expect(Date.parse(x.validFrom)).toBeLessThan(Date.now());
    expect(Date.parse(x.validTo)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(x.ca).toBe(true);
  });

  it('the client trusts it with createNodeFetch({ ca }); the global fetch refuses it', async () => {
    const server = await start({ tls: true });
    const vm = vc.id('VirtualMachine', server.fake.vm.id);
    const trusted = vc.createClient({
      baseUrl: server.url,
      auth: vc.login(credentials),
      fetch: createNodeFetch({ ca: server.cert! }),
    });
    expect((await trusted.power.get(vm)).state).toBe('POWERED_OFF');
    await trusted.logout();
    const refused = await vc
      .createClient({ baseUrl: server.url, auth: vc.login(credentials) })
      .power.get(vm)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(vc.TransportError);
    expect((refused as Error).message).toMatch(/certificate/i);
  });

  it('serves a certificate given as PEM', async () => {
    const first = await start({ tls: true });
    const { cert } = first;
    // The same key and certificate again: from the first server's options (a fake made now).
    const { selfSigned } = await import('../../generated/vcenter-vm/dist/fake/cert.js');
    const pair = await selfSigned('given');
    const second = await start({ tls: pair });
    expect(second.cert).toBe(pair.cert);
    expect(second.cert).not.toBe(cert);
    const r = await createNodeFetch({ ca: pair.cert })(`${second.url}/api/session`, { method: 'POST' });
    expect(r.status).toBe(401);
  });
});

describe('the bin', () => {
  const BIN = join(ROOT, 'generated/vcenter-vm/bin/fake.js');
  function run(args: string[]) {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const line = new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no line within 20 s; stderr: ${stderr}`)), 20_000);
      createInterface({ input: child.stdout }).once('line', (l) => {
        clearTimeout(t);
        resolve(l);
      });
      void exited.then(() => setTimeout(() => reject(new Error(`exited; stderr: ${stderr}`)), 100));
    });
    return { child, line, exited, stderr: () => stderr };
  }

  it('starts HTTPS with the given users, prints its URL and certificate, and stops on SIGTERM', async () => {
    const p = run(['--https', '--user', 'ops:secret', '--read-only', 'audit:pw', '--seed', '3']);
    const ready = JSON.parse(await p.line) as {
      url: string;
      username: string;
      password: string;
      cert: string;
      vms: { id: string; name: string }[];
    };
    expect(ready).toMatchObject({ username: 'ops', password: 'secret', vms: [{ name: 'test-vm' }] });
    const fetch = createNodeFetch({ ca: ready.cert });
    const ops = vc.createClient({ baseUrl: ready.url, fetch, auth: vc.login({ username: 'ops', password: 'secret' }) });
    const audit = vc.createClient({ baseUrl: ready.url, fetch, auth: vc.login({ username: 'audit', password: 'pw' }) });
    const vms = ready.vms.map((v) => vc.id('VirtualMachine', v.id));
    await ops.power.start(vms[0]!);
    expect((await audit.power.get(vms[0]!)).state).toBe('POWERED_ON');
    await expect(audit.power.stop(vms[0]!)).rejects.toBeInstanceOf(vc.UnauthorizedError);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('--help prints the options; an unknown option fails with exit code 1', async () => {
    const help = run(['--help']);
    expect(await help.line).toMatch(/fake vCenter/);
    expect(await help.exited).toBe(0);
    const bad = run(['--nope']);
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toMatch(/unknown option --nope/);
  });
});

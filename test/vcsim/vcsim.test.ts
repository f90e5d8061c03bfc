// The generated client against vcsim, govmomi's vCenter simulator (test/vcsim/main.go, built by
// test/vcsim/build.sh from Debian's golang-github-vmware-govmomi-dev 0.24), on 127.0.0.1.
//
// What vcsim 0.24 serves of the vAPI, and so what this proves:
// - `/rest/com/vmware/cis/session` only: login (POST with basic auth; any non-empty user name and
//   password), `?~action=get`, logout (DELETE). There is no `/api/session` (404), so the `api`
//   style cannot be tested here; one test pins that down so a newer vcsim shows up.
// - No VM hardware endpoints. A GET below `/rest/vcenter/vm/` reaches a vcsim handler that first
//   checks the session (401 without a valid one) and then answers a bare 404 (no vAPI error
//   body) for anything but DELETE. So `hardware.cdrom.list` gives EndpointNotFoundError (the
//   server has no such endpoint, not "no such object") with a live session and
//   UnauthenticatedError with a bogus or deleted one: the 404 is the proof the session was
//   accepted.
// - The session itself is read back through `client.transport.call` with a hand-written
//   operation (`com.vmware.cis.session.get`), which returns the user name.
// Skipped, with a message in the suite name, when the vcsim binary has not been built.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { minimal } from '../runtime/load.js';

const { api, createClient, EndpointNotFoundError, hooks, id, login, rest, TransportError, UnauthenticatedError } =
  minimal;
type OperationInfo = Parameters<ReturnType<typeof createClient>['transport']['call']>[0];
const vm = id('VirtualMachine', 'vm-42');

const BIN = join(ROOT, 'test/vcsim/.bin/vcsim');
const built = existsSync(BIN);
const STARTUP_MS = 30_000;

/** Reads the session back: vCenter's `POST /rest/com/vmware/cis/session?~action=get`. */
const SESSION_GET: OperationInfo = {
  id: 'com.vmware.cis.session.get',
  params: [],
  api: ['POST', ['/api/session?action=get']],
  rest: ['POST', ['/rest/com/vmware/cis/session?~action=get']],
  result: 'object',
};

interface Vcsim {
  url: string;
  username: string;
  password: string;
  cert?: string;
  stop(): Promise<void>;
}

/** Starts the simulator and waits (bounded) for its JSON line. */
function startVcsim(args: string[] = []): Promise<Vcsim> {
  const child: ChildProcessWithoutNullStreams = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end(); // main.go exits when its stdin closes
    const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  };
  return new Promise<Vcsim>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`vcsim ${why}; stderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`printed no JSON line within ${STARTUP_MS} ms`), STARTUP_MS);
    child.once('error', (e) => fail(`could not start: ${e.message}`));
    const early = (code: number | null) => fail(`exited with ${code} before it was ready`);
    child.once('exit', early);
    createInterface({ input: child.stdout }).once('line', (line) => {
      try {
        const ready = JSON.parse(line) as Omit<Vcsim, 'stop'>;
        clearTimeout(timer);
        child.off('exit', early);
        resolve({ ...ready, stop });
      } catch {
        fail(`printed ${JSON.stringify(line.slice(0, 200))} instead of JSON`);
      }
    });
  });
}

const skipNote = built
  ? ''
  : ' (SKIPPED: test/vcsim/.bin/vcsim is not built; run test/vcsim/build.sh, which needs golang-go and golang-github-vmware-govmomi-dev)';

describe.skipIf(!built)(`vcsim (govmomi 0.24), rest style${skipNote}`, () => {
  let sim: Vcsim;
  beforeAll(async () => {
    sim = await startVcsim();
  });
  afterAll(async () => {
    await sim?.stop();
  });
  const client = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
    createClient({
      baseUrl: sim.url,
      style: rest,
      auth: login({ username: sim.username, password: sim.password }),
      ...extra,
    });

  it('logs in lazily and the next call travels with the session id', async () => {
    const seen: string[] = [];
    const c = client({ plugins: [hooks({ onRequest: (e) => seen.push(`${e.method} ${new URL(e.url).pathname}`) })] });
    expect(c.transport.sessionId()).toBeUndefined();
    const err = await c.hardware.cdrom.list(vm).catch((e: unknown) => e);
    // vcsim has no cdrom endpoint: the 404 comes after its session check passed (see the header).
    expect(err).toBeInstanceOf(EndpointNotFoundError);
    expect(err).toMatchObject({
      status: 404,
      method: 'GET',
      style: 'rest',
      path: `/rest/vcenter/vm/${vm}/hardware/cdrom`,
    });
    expect(seen).toEqual(['POST /rest/com/vmware/cis/session', `GET /rest/vcenter/vm/${vm}/hardware/cdrom`]);
    expect(c.transport.sessionId()).toMatch(/^[0-9a-f-]{36}$/);
    await expect(c.transport.call(SESSION_GET, [])).resolves.toMatchObject({ user: sim.username });
    await c.logout();
  });

  it('a bogus session id gets 401 where the live one got 404', async () => {
    const live = client();
    await live.login();
    await expect(live.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(EndpointNotFoundError);
    const bogus = createClient({ baseUrl: sim.url, style: rest, sessionId: 'not-a-session' });
    await expect(bogus.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(bogus.transport.call(SESSION_GET, [])).rejects.toBeInstanceOf(UnauthenticatedError);
    await live.logout();
  });

  it('logout deletes the session on the server: the old id then gets 401', async () => {
    const c = client();
    await c.login();
    const old = c.transport.sessionId()!;
    await c.logout();
    expect(c.transport.sessionId()).toBeUndefined();
    const stale = createClient({ baseUrl: sim.url, style: rest, sessionId: old });
    await expect(stale.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(stale.transport.call(SESSION_GET, [])).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('logs in again once when the session is deleted behind its back', async () => {
    const c = client();
    await c.login();
    const first = c.transport.sessionId()!;
    await createClient({ baseUrl: sim.url, style: rest, sessionId: first }).logout();
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(EndpointNotFoundError);
    expect(c.transport.sessionId()).not.toBe(first);
    await c.logout();
  });

  it('a refused login is UnauthenticatedError (vcsim refuses an empty password)', async () => {
    const c = client({ auth: login({ username: sim.username, password: '' }) });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(c.transport.sessionId()).toBeUndefined();
  });

  it('has no /api/session (api style is not servable by vcsim 0.24)', async () => {
    const c = client({ style: api });
    await expect(c.login()).rejects.toBeInstanceOf(EndpointNotFoundError);
  });
});

describe.skipIf(!built)(`vcsim over HTTPS${skipNote}`, () => {
  let sim: Vcsim;
  beforeAll(async () => {
    sim = await startVcsim(['-tls']);
  });
  afterAll(async () => {
    await sim?.stop();
  });
  const base = () => ({
    baseUrl: sim.url,
    style: rest,
    auth: login({ username: sim.username, password: sim.password }),
  });

  it('refuses its self-signed certificate by default', async () => {
    const err = await createClient(base())
      .login()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as InstanceType<typeof TransportError>).message).toMatch(/certificate.*\[[A-Z_]+\]$/);
  });

  it('logs in and calls with ca, and with insecure', async () => {
    expect(sim.cert).toContain('BEGIN CERTIFICATE');
    for (const tls of [{ ca: sim.cert! }, { insecure: true as const }]) {
      const c = createClient({ ...base(), fetch: createNodeFetch(tls) });
      await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(EndpointNotFoundError);
      await expect(c.transport.call(SESSION_GET, [])).resolves.toMatchObject({ user: sim.username });
      await c.logout();
    }
  });
});

// The generated client against vcsim, govmomi's vCenter simulator (test/vcsim/main.go, built by
// test/vcsim/build.sh from Debian's golang-github-vmware-govmomi-dev 0.24), on 127.0.0.1.
//
// What vcsim 0.24 serves of the vAPI, and so what this proves:
// - `/rest/com/vmware/cis/session` only: login (POST with basic auth; any non-empty user name and
//   password), `?~action=get`, logout (DELETE). There is no `/api/session` (404), so the `api`
//   style cannot be tested here; one test pins that down so a newer vcsim shows up.
// - No VM hardware endpoints. A GET below `/rest/vcenter/vm/` reaches a vcsim handler that first
//   checks the session (401 without a valid one) and then answers 404 for anything but DELETE,
//   with a body that is no vAPI error. So `hardware.cdrom.list` gives EndpointNotFoundError (the
//   server has no such path) with a live session and UnauthenticatedError with a bogus or deleted
//   one: the 404 is the proof the session was accepted.
// - The session itself is read back through `client.transport.call` with a hand-written
//   operation (`com.vmware.cis.session.get`), which returns the user name.
// The binary is built on first use (test/vcsim/start.ts); without Go and govmomi the tests skip,
// saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requires } from '../setup/requires.js';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { minimal } from '../runtime/load.js';
import { missing, startVcsim, type Vcsim } from './start.js';

const {
  api,
  createClient,
  EndpointNotFoundError,
  hooks,
  id,
  login,
  NotFoundError,
  rest,
  TransportError,
  UnauthenticatedError,
} = minimal;
type OperationInfo = Parameters<ReturnType<typeof createClient>['transport']['call']>[0];
const vm = id('VirtualMachine', 'vm-42');

/** Reads the session back: vCenter's `POST /rest/com/vmware/cis/session?~action=get`. */
const SESSION_GET: OperationInfo = {
  id: 'com.vmware.cis.session.get',
  params: [],
  api: ['POST', ['/api/session?action=get']],
  rest: ['POST', ['/rest/com/vmware/cis/session?~action=get']],
  // The session's information (a structure): without a result kind the call would resolve undefined.
  result: 'struct',
};

describe('vcsim (govmomi 0.24), rest style', () => {
  requires(missing);
  let sim: Vcsim;
  beforeAll(async () => {
    if (!missing) sim = await startVcsim();
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
    expect(err).not.toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ kind: 'endpoint', status: 404, method: 'GET', style: 'rest' });
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
    const err = await c.login().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EndpointNotFoundError);
    expect((err as Error).message).toMatch(/before 7\.0U2/);
  });
});

describe('vcsim over HTTPS', () => {
  requires(missing);
  let sim: Vcsim;
  beforeAll(async () => {
    if (!missing) sim = await startVcsim(['-tls']);
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

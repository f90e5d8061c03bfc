// The fake beside vcsim (govmomi's simulator) for what vcsim serves of the vAPI: the /rest
// session (create, read, delete) and its 401s. The same requests go to both over HTTP; statuses
// and the shapes of the JSON answers (keys and value types) must agree, and the generated client
// must see the same outcome. One known difference is pinned down rather than hidden: vcsim's 401
// has an empty body, the fake's carries vCenter's error (`com.vmware.vapi.std.errors.unauthenticated`),
// which the client reads as the same UnauthenticatedError. Skips, saying so, without vcsim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer } from '../../generated/vcenter-vm/dist/fake/server.js';
import { requires } from '../setup/requires.js';
import { missing, startVcsim, type Vcsim } from '../vcsim/start.js';
import { vc } from './support.js';

type Shape = string | Shape[] | { [k: string]: Shape };
/** The shape of a JSON value: its keys and the types of its leaves. */
function shape(v: unknown): Shape {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v == 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return v === null ? 'null' : typeof v;
}

interface Answer {
  status: number;
  body: string;
}

describe('the fake and vcsim answer the /rest session alike', () => {
  requires(missing);
  let sim: Vcsim;
  let fake: Awaited<ReturnType<typeof startFakeServer>>;
  beforeAll(async () => {
    if (missing) return;
    sim = await startVcsim();
    fake = await startFakeServer({ users: [{ username: sim.username, password: sim.password }] });
  });
  afterAll(async () => {
    await sim?.stop();
    await fake?.close();
  });

  const SESSION = '/rest/com/vmware/cis/session';
  const basic = (u: string, p: string) => `Basic ${btoa(`${u}:${p}`)}`;
  /** Sends one request to both servers. */
  async function both(
    method: string,
    path: string,
    headers: (who: 'sim' | 'fake') => Record<string, string> = () => ({}),
  ) {
    const send = async (base: string, who: 'sim' | 'fake'): Promise<Answer> => {
      const r = await fetch(base + path, { method, headers: headers(who) });
      return { status: r.status, body: await r.text() };
    };
    return { sim: await send(sim.url, 'sim'), fake: await send(fake.url, 'fake') };
  }
  const login = async () => {
    const r = await both('POST', SESSION, () => ({ authorization: basic(sim.username, sim.password) }));
    return { r, ids: { sim: JSON.parse(r.sim.body).value as string, fake: JSON.parse(r.fake.body).value as string } };
  };

  it('login answers 200 with { value: <session id> }', async () => {
    const { r, ids } = await login();
    expect(r.fake.status).toBe(r.sim.status);
    expect(r.sim.status).toBe(200);
    expect(shape(JSON.parse(r.fake.body))).toEqual(shape(JSON.parse(r.sim.body)));
    expect(ids.fake).toBeTruthy();
    expect(ids.sim).toBeTruthy();
  });

  it('~action=get reads the session: the same fields, user included', async () => {
    const { ids } = await login();
    const r = await both('POST', `${SESSION}?~action=get`, (who) => ({ 'vmware-api-session-id': ids[who] }));
    expect(r.fake.status).toBe(r.sim.status);
    expect(r.sim.status).toBe(200);
    const [s, f] = [JSON.parse(r.sim.body), JSON.parse(r.fake.body)];
    expect(shape(f)).toEqual(shape(s));
    expect(f.value.user).toBe(s.value.user);
    expect(Object.keys(f.value).sort()).toEqual(['created_time', 'last_accessed_time', 'user']);
  });

  it('logout answers 200 without a body; the deleted session then answers 401 in both', async () => {
    const { ids } = await login();
    const del = await both('DELETE', SESSION, (who) => ({ 'vmware-api-session-id': ids[who] }));
    expect(del.fake).toEqual(del.sim);
    expect(del.sim).toEqual({ status: 200, body: '' });
    const after = await both('POST', `${SESSION}?~action=get`, (who) => ({ 'vmware-api-session-id': ids[who] }));
    expect([after.sim.status, after.fake.status]).toEqual([401, 401]);
  });

  it.each([
    ['login without credentials', 'POST', SESSION, () => ({})],
    ['login with an empty password', 'POST', SESSION, () => ({ authorization: basic('user', '') })],
    ['a bogus session id', 'POST', `${SESSION}?~action=get`, () => ({ 'vmware-api-session-id': 'not-a-session' })],
    ['a VM path without a session', 'GET', '/rest/vcenter/vm/vm-42/hardware/cdrom', () => ({})],
  ] as const)('401 for %s (vcsim with no body, the fake with vCenter’s error)', async (_, method, path, headers) => {
    const r = await both(method, path, headers);
    expect(r.sim).toEqual({ status: 401, body: '' });
    expect(r.fake.status).toBe(401);
    expect(JSON.parse(r.fake.body)).toMatchObject({
      type: 'com.vmware.vapi.std.errors.unauthenticated',
      value: { messages: [{ id: expect.any(String), default_message: expect.any(String), args: [] }] },
    });
  });

  it('the generated client sees the same outcomes from both', async () => {
    const outcomes = async (baseUrl: string) => {
      const c = vc.createClient({
        baseUrl,
        style: vc.rest,
        auth: vc.login({ username: sim.username, password: sim.password }),
      });
      await c.login();
      const id = c.transport.sessionId()!;
      await c.logout();
      const stale = vc.createClient({ baseUrl, style: vc.rest, sessionId: id });
      const e = await stale.hardware.cdrom.list(vc.id('VirtualMachine', 'vm-42')).catch((x: unknown) => x);
      const refused = await vc
        .createClient({ baseUrl, style: vc.rest, auth: vc.login({ username: sim.username, password: '' }) })
        .login()
        .catch((x: unknown) => x);
      return [
        typeof id,
        (e as Error).constructor.name,
        (e as { status: number }).status,
        (refused as Error).constructor.name,
      ];
    };
    expect(await outcomes(fake.url)).toEqual(await outcomes(sim.url));
  });
});

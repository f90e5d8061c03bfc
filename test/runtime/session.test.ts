// Sessions against the package's fake vCenter: lazy login for both styles, one re-login on expiry
// shared by concurrent calls, no loops, logout.
import { describe, expect, it } from 'vitest';
import { createFake, credentials, fakeClient, logins, recording, vc } from './fake.js';

const { api, createClient, login, rest, UnauthenticatedError } = vc;
const styles = { api, rest };
const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
const SESSION = 'vmware-api-session-id';

describe.each(['api', 'rest'] as const)('%s style', (style) => {
  const loginPath = style === 'api' ? '/api/session' : '/rest/com/vmware/cis/session';

  it('logs in lazily with basic auth on the first call and sends the session id', async () => {
    const { fake, c, sent, vm } = fakeClient({ style: styles[style] });
    expect(sent).toHaveLength(0);
    await c.hardware.cdrom.list(vm);
    expect(logins(fake)).toBe(1);
    expect(sent[0]).toMatchObject({ method: 'POST', url: loginPath, headers: { authorization: basic } });
    expect(sent[0]!.headers[SESSION]).toBeUndefined();
    const sid = c.transport.sessionId();
    expect(sid).toMatch(/\S/);
    expect(sent[1]!.headers[SESSION]).toBe(sid);
    // The fake knew the session: the call ran as the user who logged in.
    expect(fake.calls[1]).toMatchObject({ status: 200, user: credentials.username });
    await c.hardware.cdrom.list(vm);
    expect(logins(fake)).toBe(1);
    expect(sent[2]!.headers[SESSION]).toBe(sid);
  });

  it('logs in again once when the session expires, shared by concurrent calls', async () => {
    const { fake, c, vm } = fakeClient({ style: styles[style] });
    await c.login();
    fake.expireSessions();
    const results = await Promise.all(Array.from({ length: 8 }, () => c.hardware.cdrom.list(vm)));
    expect(results).toEqual(Array(8).fill([{ cdrom: '3000' }]));
    expect(logins(fake)).toBe(2);
    expect(fake.activeSessions).toBe(1);
  });

  it('keeps a live session when the operation itself answers 401 (guest credentials rejected)', async () => {
    const { fake, c, sent, vm } = fakeClient({ style: styles[style] });
    await c.power.start(vm);
    fake.vm.setTools('RUNNING');
    const sid = c.transport.sessionId();
    const wrong = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'wrong',
    } as const;
    const before = sent.length;
    await expect(c.guest.processes.list(vm, wrong)).rejects.toBeInstanceOf(UnauthenticatedError);
    // One read of the session told the 401 apart from an expired session: no second login, the
    // live session kept (a new one would have left it behind on the server).
    // guest.processes has no /rest form: both styles send it to /api.
    expect(sent.slice(before).map((r) => [r.method, r.url.replace(/\?.*/, ''), r.status])).toEqual([
      ['POST', `/api/vcenter/vm/${vm}/guest/processes`, 401],
      [style === 'api' ? 'GET' : 'POST', loginPath, 200],
    ]);
    expect(logins(fake)).toBe(1);
    expect(c.transport.sessionId()).toBe(sid);
    expect(fake.activeSessions).toBe(1);
    // A session that did expire still gets its one re-login.
    fake.expireSessions();
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
    expect(logins(fake)).toBe(2);
    expect(fake.activeSessions).toBe(1);
  });

  it('gives up after one re-login when the server keeps refusing (no loop)', async () => {
    const { fake, c, vm } = fakeClient({
      style: styles[style],
      auth: login({ username: credentials.username, password: 'wrong' }),
    });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(fake.calls.length).toBeLessThanOrEqual(2);
    expect(fake.calls.map((x) => x.status)).toContain(401);
  });

  it('logout deletes the session on the server', async () => {
    const { fake, c, sent } = fakeClient({ style: styles[style] });
    await c.login();
    const sid = c.transport.sessionId();
    expect(fake.activeSessions).toBe(1);
    await c.logout();
    expect(sent[1]).toMatchObject({ method: 'DELETE', url: loginPath, headers: { [SESSION]: sid } });
    expect(fake.activeSessions).toBe(0);
    expect(c.transport.sessionId()).toBeUndefined();
  });
});

it('uses a given session id and does not log in on 401 without credentials', async () => {
  const { fake, c, sent, vm } = fakeClient({ sessionId: 'stale' });
  await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
  expect(logins(fake)).toBe(0);
  expect(sent.map((r) => [r.method, r.headers[SESSION], r.status])).toEqual([['GET', 'stale', 401]]);
  await expect(c.login()).rejects.toThrow(/login needs the auth option/);
});

it('keeps a given session id until it expires, then logs in with the auth strategy', async () => {
  const fake = createFake();
  const sid = fake.login();
  const { fetch, sent } = recording(fake.fetch);
  const c = createClient({ baseUrl: 'https://vcenter.fake', fetch, sessionId: sid, auth: login(credentials) });
  const vm = vc.id('VirtualMachine', fake.vm.id);
  await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
  fake.expireSessions(sid);
  await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
  const fresh = c.transport.sessionId();
  expect(fresh).not.toBe(sid);
  expect(sent.map((r) => [r.method, r.url, r.headers[SESSION] ?? null, r.status])).toEqual([
    ['GET', `/api/vcenter/vm/${vm}/hardware/cdrom`, sid, 200],
    ['GET', `/api/vcenter/vm/${vm}/hardware/cdrom`, sid, 401],
    // The 401: is the session gone (then log in again) or is it the operation's own answer?
    ['GET', '/api/session', sid, 401],
    ['POST', '/api/session', null, 201],
    ['GET', `/api/vcenter/vm/${vm}/hardware/cdrom`, fresh, 200],
  ]);
});

it('lets an auth strategy of your own provide the session', async () => {
  const { fake, c, sent, vm } = fakeClient({
    auth: (session) => ({
      login: async () => {
        session.id = (await session.send('com.vmware.cis.session.create', 'POST', session.style.session, {
          authorization: basic,
        })) as string;
      },
      async call(exchange) {
        if (!session.id) await this.login();
        return exchange(0);
      },
    }),
  });
  await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
  expect(logins(fake)).toBe(1);
  // The id the server issued (its answer to the login), now the client's and sent with the call.
  expect(c.transport.sessionId()).toBe(JSON.parse(sent[0]!.text));
  expect(sent[1]!.headers[SESSION]).toBe(c.transport.sessionId());
});

it('refuses credentials without the login strategy, and login without both', () => {
  // @ts-expect-error username and password moved to auth: login({ username, password })
  expect(() => createClient({ baseUrl: 'https://127.0.0.1:9', username: 'u', password: 'p' })).toThrow(
    /option username moved/,
  );
  // @ts-expect-error password is required
  expect(() => login({ username: 'u' })).toThrow(TypeError);
});

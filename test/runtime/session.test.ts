// Sessions against a local server: lazy login for both styles, one re-login on expiry shared by
// concurrent calls, no loops, logout.
import { afterEach, describe, expect, it } from 'vitest';
import { minimal } from './load.js';
import { startServer, type Recorded, type TestServer } from './server.js';

const { api, createClient, id, login, rest, UnauthenticatedError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const styles = { api, rest };
const basic = `Basic ${Buffer.from('admin@vsphere.local:s3cret!').toString('base64')}`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fake vCenter: issues session ids, can expire them, answers the cdrom list. */
async function fakeVcenter(style: 'api' | 'rest') {
  let issued = 0;
  const valid = new Set<string>();
  const loginPath = style === 'api' ? '/api/session' : '/rest/com/vmware/cis/session';
  server = await startServer((r: Recorded) => {
    if (r.url === loginPath && r.method === 'POST') {
      if (r.headers.authorization !== basic) return { status: 401 };
      const sid = `sid-${++issued}`;
      valid.add(sid);
      return { body: style === 'api' ? JSON.stringify(sid) : { value: sid }, delayMs: 20 };
    }
    if (r.url === loginPath && r.method === 'DELETE') {
      valid.delete(String(r.headers['vmware-api-session-id']));
      return { status: style === 'api' ? 204 : 200 };
    }
    if (!valid.has(String(r.headers['vmware-api-session-id'])))
      return { status: 401, body: { error_type: 'UNAUTHENTICATED', messages: [] } };
    return { body: style === 'api' ? [] : { value: [] } };
  });
  return {
    server,
    expireAll: () => valid.clear(),
    logins: () => server!.requests.filter((r) => r.url === loginPath && r.method === 'POST').length,
  };
}

describe.each(['api', 'rest'] as const)('%s style', (style) => {
  it('logs in lazily with basic auth on the first call and sends the session id', async () => {
    const f = await fakeVcenter(style);
    const c = createClient({
      baseUrl: f.server.url,
      style: styles[style],
      auth: login({ username: 'admin@vsphere.local', password: 's3cret!' }),
    });
    expect(f.server.requests).toHaveLength(0);
    await c.hardware.cdrom.list(vm);
    expect(f.logins()).toBe(1);
    expect(f.server.requests[1]!.headers['vmware-api-session-id']).toBe('sid-1');
    await c.hardware.cdrom.list(vm);
    expect(f.logins()).toBe(1);
  });

  it('logs in again once when the session expires, shared by concurrent calls', async () => {
    const f = await fakeVcenter(style);
    const c = createClient({
      baseUrl: f.server.url,
      style: styles[style],
      auth: login({ username: 'admin@vsphere.local', password: 's3cret!' }),
    });
    await c.login();
    f.expireAll();
    await Promise.all(Array.from({ length: 8 }, () => c.hardware.cdrom.list(vm)));
    expect(f.logins()).toBe(2);
  });

  it('gives up after one re-login when the server keeps refusing (no loop)', async () => {
    const f = await fakeVcenter(style);
    const c = createClient({
      baseUrl: f.server.url,
      style: styles[style],
      auth: login({ username: 'admin@vsphere.local', password: 'wrong' }),
    });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(f.server.requests.length).toBeLessThanOrEqual(2);
  });

  it('logout deletes the session on the server', async () => {
    const f = await fakeVcenter(style);
    const c = createClient({
      baseUrl: f.server.url,
      style: styles[style],
      auth: login({ username: 'admin@vsphere.local', password: 's3cret!' }),
    });
    await c.login();
    await c.logout();
    const del = f.server.requests.find((r) => r.method === 'DELETE')!;
    expect(del.headers['vmware-api-session-id']).toBe('sid-1');
    expect(c.transport.sessionId()).toBeUndefined();
  });
});

it('uses a given session id and does not log in on 401 without credentials', async () => {
  const f = await fakeVcenter('api');
  const c = createClient({ baseUrl: f.server.url, sessionId: 'stale' });
  await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
  expect(f.logins()).toBe(0);
  expect(f.server.requests).toHaveLength(1);
  await expect(c.login()).rejects.toThrow(/login needs the auth option/);
});

it('keeps a given session id until it expires, then logs in with the auth strategy', async () => {
  const f = await fakeVcenter('api');
  const c = createClient({
    baseUrl: f.server.url,
    sessionId: 'stale',
    auth: login({ username: 'admin@vsphere.local', password: 's3cret!' }),
  });
  await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
  expect(f.server.requests.map((r) => [r.method, r.headers['vmware-api-session-id'] ?? null])).toEqual([
    ['GET', 'stale'],
    ['POST', null],
    ['GET', 'sid-1'],
  ]);
});

it('lets an auth strategy of your own provide the session', async () => {
  const f = await fakeVcenter('api');
  const c = createClient({
    baseUrl: f.server.url,
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
  await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
  expect(f.logins()).toBe(1);
  expect(c.transport.sessionId()).toBe('sid-1');
});

it('refuses credentials without the login strategy, and login without both', () => {
  // @ts-expect-error username and password moved to auth: login({ username, password })
  expect(() => createClient({ baseUrl: 'https://127.0.0.1:9', username: 'u', password: 'p' })).toThrow(
    /option username moved/,
  );
  // @ts-expect-error password is required
  expect(() => login({ username: 'u' })).toThrow(TypeError);
});

// A 404 whose body is not a vAPI error (a server without /api, a path of a newer API version, a
// proxy) is an EndpointNotFoundError that names the request and the wire style, not the
// NotFoundError of a missing VM; a login that finds no /api/session says that the server may
// predate vSphere 7.0U2 and that `style: rest` exists.
import { describe, expect, it } from 'vitest';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { minimal } from './load.js';
import { serverPerTest } from './server.js';

const { createClient, EndpointNotFoundError, id, login, NotFoundError, rest, TransportError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');

const serve = serverPerTest();
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('a 404 that is no vAPI error', () => {
  it.each([
    ['an empty body', ''],
    ['a web server page', '<html><body>404 Not Found</body></html>'],
    ['JSON of another kind', { message: 'no route', path: '/api/vcenter/vm/vm-1' }],
  ])('with %s is an EndpointNotFoundError naming the request and the style', async (_, body) => {
    const s = await serve(() => ({ status: 404, body }));
    const e = await failure(createClient({ baseUrl: s.url, sessionId: 's' }).hardware.cdrom.get(vm, cd));
    expect(e).toBeInstanceOf(EndpointNotFoundError);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).not.toBeInstanceOf(NotFoundError);
    expect(e).toMatchObject({
      name: 'EndpointNotFoundError',
      kind: 'endpoint',
      status: 404,
      method: 'GET',
      path: '/api/vcenter/vm/vm-1/hardware/cdrom/3000',
      style: 'api',
      operation: 'com.vmware.vcenter.vm.hardware.cdrom.get',
    });
    expect((e as Error).message).toBe(
      'com.vmware.vcenter.vm.hardware.cdrom.get: HTTP 404 for GET /api/vcenter/vm/vm-1/hardware/cdrom/3000 is no vAPI error: the server has no such endpoint (api style)',
    );
  });

  it('in the /rest style names that style', async () => {
    const s = await serve(() => ({ status: 404, body: 'Not Found' }));
    const e = await failure(createClient({ baseUrl: s.url, sessionId: 's', style: rest }).hardware.cdrom.list(vm));
    expect(e).toMatchObject({ kind: 'endpoint', style: 'rest', path: '/rest/vcenter/vm/vm-1/hardware/cdrom' });
  });

  it('is not documented by the operation: the result style calls it unexpected', async () => {
    const s = await serve(() => ({ status: 404 }));
    const r = await createClient({ baseUrl: s.url, sessionId: 's' }).withResult().hardware.cdrom.get(vm, cd);
    expect(r).toMatchObject({ ok: false, expected: false });
    expect((r as { error: unknown }).error).toBeInstanceOf(EndpointNotFoundError);
  });

  it('is the class the generated package exports', () => {
    expect(vc.EndpointNotFoundError.prototype).toBeInstanceOf(vc.TransportError);
  });
});

describe('a vAPI NOT_FOUND', () => {
  it.each([
    ['/api', undefined, { error_type: 'NOT_FOUND', messages: [] }],
    ['/rest', rest, { type: 'com.vmware.vapi.std.errors.not_found', value: { messages: [] } }],
  ] as const)('in %s stays a NotFoundError (the endpoint exists, the VM does not)', async (_, style, body) => {
    const s = await serve(() => ({ status: 404, body }));
    const e = await failure(createClient({ baseUrl: s.url, sessionId: 's', style }).hardware.cdrom.get(vm, cd));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e).not.toBeInstanceOf(TransportError);
  });
});

describe('a login that finds no /api', () => {
  it('says the server may predate vSphere 7.0U2 and that style: rest exists', async () => {
    const s = await serve(() => ({ status: 404, body: '<html>Not Found</html>' }));
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'p' }) });
    const e = await failure(c.hardware.cdrom.list(vm));
    expect(e).toBeInstanceOf(EndpointNotFoundError);
    expect(e).toMatchObject({
      method: 'POST',
      path: '/api/session',
      style: 'api',
      operation: 'com.vmware.cis.session.create',
    });
    expect((e as Error).message).toBe(
      'com.vmware.cis.session.create: HTTP 404 for POST /api/session is no vAPI error: the server has no such endpoint (api style); vCenter before 7.0U2 has no /api: try style: rest (imported from the package)',
    );
  });

  it('in the /rest style gives no such hint', async () => {
    const s = await serve(() => ({ status: 404 }));
    const c = createClient({ baseUrl: s.url, style: rest, auth: login({ username: 'u', password: 'p' }) });
    const e = await failure(c.hardware.cdrom.list(vm));
    expect(e).toMatchObject({ kind: 'endpoint', path: '/rest/com/vmware/cis/session' });
    expect((e as Error).message).not.toContain('style: rest');
  });
});

// The generated client against a real HTTP server on 127.0.0.1: method, path, query, headers,
// body and result decoding for both wire styles, and each error shape as a typed error.
import { describe, expect, it } from 'vitest';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal, minimalClients } from './load.js';

const { id, NotFoundError, UnauthenticatedError, VapiError, VapiStdError, UnknownVapiError } = minimal;
const vm = id('VirtualMachine', 'vm-42');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
const creds = {
  interactive_session: false,
  type: 'USERNAME_PASSWORD',
  user_name: 'root',
  password: 'hunter2',
} as const;

const client = minimalClients();

describe('api style', () => {
  it('GET substitutes and encodes path parameters, sends the session header, decodes the result', async () => {
    const info = { label: 'CD/DVD drive 1', backing: { type: 'ISO_FILE', iso_file: '[ds] a.iso' } };
    const { c, s } = await client(() => ({ body: info }));
    const got = await c.hardware.cdrom.get(id('VirtualMachine', 'vm 4/2'), cd);
    expect(got).toEqual(info);
    expect(s.requests[0]).toMatchObject({
      method: 'GET',
      url: '/api/vcenter/vm/vm%204%2F2/hardware/cdrom/3000',
      body: '',
    });
    expect(s.requests[0]!.headers['vmware-api-session-id']).toBe('sess-1');
    expect(s.requests[0]!.headers['accept']).toBe('application/json');
  });

  it('sends the @Body parameter as the whole body and keeps ?action= in the path', async () => {
    const { c, s } = await client(() => ({ status: 204 }));
    await expect(
      c.hardware.cdrom.update(vm, cd, { backing: { type: 'ISO_FILE', iso_file: 'x.iso' } }),
    ).resolves.toBeUndefined();
    expect(s.requests[0]).toMatchObject({ method: 'PATCH', url: '/api/vcenter/vm/vm-42/hardware/cdrom/3000' });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ backing: { type: 'ISO_FILE', iso_file: 'x.iso' } });
    expect(s.requests[0]!.headers['content-type']).toBe('application/json');
    await c.hardware.cdrom.connect(vm, cd);
    expect(s.requests[1]).toMatchObject({
      method: 'POST',
      url: '/api/vcenter/vm/vm-42/hardware/cdrom/3000?action=connect',
      body: '',
    });
  });

  it('wraps several body parameters in an object keyed by wire names', async () => {
    const { c, s } = await client(() => ({ body: 4711 }));
    const pid = await c.guest.processes.create(vm, creds, { path: '/bin/true', environment_variables: { A: '1' } });
    expect(pid).toBe(4711);
    expect(s.requests[0]!.url).toBe('/api/vcenter/vm/vm-42/guest/processes?action=create');
    expect(JSON.parse(s.requests[0]!.body)).toEqual({
      credentials: creds,
      spec: { path: '/bin/true', environment_variables: { A: '1' } },
    });
  });

  it('puts GET parameters in the query: lists repeated, structures spread, unset ones left out', async () => {
    const { c, s } = await client(() => ({ body: { cdrom: '3000' } }));
    await c.hardware.cdrom.find(vm, ['a b', 'c&d'], { connected: true, types: ['ISO_FILE', 'HOST_DEVICE'] });
    expect(s.requests[0]!.url).toBe(
      '/api/vcenter/vm/vm-42/hardware/cdrom?action=find&labels=a%20b&labels=c%26d&connected=true&types=ISO_FILE&types=HOST_DEVICE',
    );
    await c.hardware.cdrom.find(vm);
    expect(s.requests[1]!.url).toBe('/api/vcenter/vm/vm-42/hardware/cdrom?action=find');
  });

  it('returns undefined for an empty 200 (an unset optional result)', async () => {
    const { c } = await client(() => ({ status: 200 }));
    await expect(c.hardware.cdrom.find(vm)).resolves.toBeUndefined();
  });
});

describe('rest style', () => {
  it('wraps every body parameter, unwraps { value } results, uses the legacy path', async () => {
    const { c, s } = await client(
      (r) => (r.method === 'GET' ? { body: { value: [{ cdrom: '3000' }] } } : { status: 200 }),
      'rest',
    );
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
    expect(s.requests[0]!.url).toBe('/rest/vcenter/vm/vm-42/hardware/cdrom');
    await c.hardware.cdrom.update(vm, cd, { backing: { type: 'CLIENT_DEVICE' } });
    expect(s.requests[1]).toMatchObject({ method: 'PATCH', url: '/rest/vcenter/vm/vm-42/hardware/cdrom/3000' });
    expect(JSON.parse(s.requests[1]!.body)).toEqual({ spec: { backing: { type: 'CLIENT_DEVICE' } } });
  });

  it('prefixes structure query parameters with the parameter name', async () => {
    const { c, s } = await client(() => ({ body: { value: null } }), 'rest');
    await c.hardware.cdrom.find(vm, undefined, { connected: false });
    expect(s.requests[0]!.url).toBe('/rest/vcenter/vm/vm-42/hardware/cdrom/find?filter.connected=false');
  });

  it('numbers list elements from 1, in a structure too; empty lists send nothing', async () => {
    const { c, s } = await client(() => ({ body: { value: null } }), 'rest');
    await c.hardware.cdrom.find(vm, ['a b', 'c&d'], { connected: true, types: ['ISO_FILE', 'HOST_DEVICE'] });
    expect(s.requests[0]!.url).toBe(
      '/rest/vcenter/vm/vm-42/hardware/cdrom/find?labels.1=a%20b&labels.2=c%26d&filter.connected=true&filter.types.1=ISO_FILE&filter.types.2=HOST_DEVICE',
    );
    await c.hardware.cdrom.find(vm, [], { types: [] });
    expect(s.requests[1]!.url).toBe('/rest/vcenter/vm/vm-42/hardware/cdrom/find');
  });

  it('falls back to the /api binding for operations without a /rest path', async () => {
    const { c, s } = await client(() => ({ body: 7 }), 'rest');
    await expect(c.guest.processes.create(vm, creds, { path: '/bin/true' })).resolves.toBe(7);
    expect(s.requests[0]!.url).toBe('/api/vcenter/vm/vm-42/guest/processes?action=create');
  });
});

describe('errors', () => {
  const apiError = {
    error_type: 'NOT_FOUND',
    messages: [{ id: 'vm.not.found', default_message: 'VM vm-42 not found', args: ['vm-42'] }],
    data: { pid: 12 },
  };

  it('turns an /api error body into its typed class with messages, data, status and operation', async () => {
    const { c } = await client(() => ({ status: 404, body: apiError }));
    const err = await c.guest.processes.delete(vm, creds, 12).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toBeInstanceOf(VapiError);
    expect(err).toBeInstanceOf(Error);
    const e = err as M.NotFoundError<{ pid: number }>;
    expect(e.type).toBe('NOT_FOUND');
    expect(e.status).toBe(404);
    expect(e.messages[0]!.default_message).toBe('VM vm-42 not found');
    expect(e.data).toEqual({ pid: 12 });
    expect(e.operation).toBe('com.vmware.vcenter.vm.guest.processes.delete');
    expect(e.message).toContain('VM vm-42 not found');
  });

  it('turns a /rest error body into the same class', async () => {
    const body = { type: 'com.vmware.vapi.std.errors.not_found', value: { messages: apiError.messages } };
    const { c } = await client(() => ({ status: 404, body }), 'rest');
    const err = await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as InstanceType<typeof NotFoundError>).messages).toEqual(apiError.messages);
  });

  it.each([
    [401, '', UnauthenticatedError, 'UNAUTHENTICATED'],
    [500, '<html>oops</html>', VapiStdError, 'ERROR'],
  ])('an HTTP %i with body %j becomes %o', async (status, body, cls, type) => {
    const { c } = await client(() => ({ status, body, headers: { 'content-type': 'text/plain' } }));
    const err = await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cls);
    expect((err as InstanceType<typeof VapiError>).type).toBe(type);
    expect((err as InstanceType<typeof VapiError>).status).toBe(status);
  });

  it('keeps an error type the client does not know', async () => {
    const { c } = await client(() => ({ status: 400, body: { error_type: 'BRAND_NEW', messages: [] } }));
    const err = await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownVapiError);
    expect((err as InstanceType<typeof VapiError>).type).toBe('BRAND_NEW');
  });

  it('reads extra error fields such as the challenge of UNAUTHENTICATED', async () => {
    const { c } = await client(() => ({
      status: 401,
      body: { error_type: 'UNAUTHENTICATED', messages: [], challenge: 'Basic realm="x"' },
    }));
    const err = (await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e)) as InstanceType<
      typeof UnauthenticatedError
    >;
    expect(err.challenge).toBe('Basic realm="x"');
  });
});

describe('standalone operation functions', () => {
  it('call the same operation as the method, with the transport first', async () => {
    const { createTransport, hardwareCdromGet } = minimal;
    const { s: server } = await client(() => ({
      body: { label: 'x', backing: { type: 'CLIENT_DEVICE' }, state: 'CONNECTED' },
    }));
    const t = createTransport({ baseUrl: server.url, sessionId: 's' });
    await expect(hardwareCdromGet(t, vm, cd)).resolves.toMatchObject({ label: 'x' });
    expect(server.requests[0]!.url).toBe('/api/vcenter/vm/vm-42/hardware/cdrom/3000');
  });
});

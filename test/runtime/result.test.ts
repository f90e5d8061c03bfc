// The result style and the error guard, at run time against a local server and at type level.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal } from './load.js';
import { startServer, type Handler, type TestServer } from './server.js';

const { createClient, id, isErrorOf, NotFoundError, TransportError, VapiError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '1');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function serve(handler: Handler) {
  server = await startServer(handler);
  return createClient({ baseUrl: server.url, sessionId: 's' });
}

describe('withResult()', () => {
  it('returns the value instead of resolving to it', async () => {
    const c = (await serve(() => ({ body: [{ cdrom: '1' }] }))).withResult();
    const r = await c.hardware.cdrom.list(vm);
    expect(r).toEqual({ ok: true, value: [{ cdrom: '1' }] });
  });

  it('returns a documented error as expected, typed by the operation', async () => {
    const c = (await serve(() => ({ status: 404, body: { error_type: 'NOT_FOUND', messages: [] } }))).withResult();
    const r = await c.hardware.cdrom.get(vm, cd);
    expect(r.ok).toBe(false);
    if (!r.ok && r.expected) {
      expectTypeOf(r.error).toEqualTypeOf<M.HardwareCdromGetError>();
      expect(r.error).toBeInstanceOf(NotFoundError);
      expect(r.error.type).toBe('NOT_FOUND');
    } else throw new Error('expected a documented error');
  });

  it('marks an error the operation does not document, and transport failures, as not expected', async () => {
    const c = (
      await serve(() => ({ status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: [] } }))
    ).withResult();
    const r = await c.hardware.cdrom.get(vm, cd);
    expect(r).toMatchObject({ ok: false, expected: false });
    if (!r.ok && !r.expected) expectTypeOf(r.error).toEqualTypeOf<M.VapiError | M.TransportError>();
    await server!.close();
    const down = await c.hardware.cdrom.get(vm, cd);
    expect(down).toMatchObject({ ok: false, expected: false });
    expect((down as { error: unknown }).error).toBeInstanceOf(TransportError);
  });

  it('keeps the plain client throwing', async () => {
    const c = await serve(() => ({ status: 404, body: { error_type: 'NOT_FOUND', messages: [] } }));
    c.withResult();
    await expect(c.hardware.cdrom.get(vm, cd)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('isErrorOf', () => {
  it('narrows a caught error to the operation union only for that operation and its documented types', async () => {
    const c = await serve((r) =>
      r.method === 'GET'
        ? { status: 404, body: { error_type: 'NOT_FOUND', messages: [] } }
        : { status: 401, body: { error_type: 'UNAUTHENTICATED', messages: [] } },
    );
    const e = await c.hardware.cdrom.get(vm, cd).catch((x: unknown) => x);
    expect(isErrorOf(e, c.hardware.cdrom, 'get')).toBe(true);
    expect(isErrorOf(e, c.hardware.cdrom, 'connect')).toBe(false);
    if (isErrorOf(e, c.hardware.cdrom, 'get')) expectTypeOf(e).toEqualTypeOf<M.HardwareCdromGetError>();
    // UNAUTHENTICATED is not in connect's documented list (the fixture lists ERROR and NOT_FOUND).
    const u = await c.hardware.cdrom.connect(vm, cd).catch((x: unknown) => x);
    expect(u).toBeInstanceOf(VapiError);
    expect(isErrorOf(u, c.hardware.cdrom, 'connect')).toBe(false);
    expect(isErrorOf(new Error('x'), c.hardware.cdrom, 'get')).toBe(false);
    // @ts-expect-error not a method of the service
    isErrorOf(e, c.hardware.cdrom, 'nope');
  });
});

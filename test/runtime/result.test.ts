// The result style and the error guard, at run time against the package's fake vCenter and at
// type level.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fakeClient, vc } from './fake.js';

const { isErrorOf, NotFoundError, TransportError, VapiError } = vc;
const known = vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
const unknown = vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3999');

describe('withResult()', () => {
  it('returns the value instead of resolving to it', async () => {
    const { c, sent, vm } = fakeClient();
    const r = await c.withResult().hardware.cdrom.list(vm);
    expect(r).toEqual({ ok: true, value: [{ cdrom: '3000' }] });
    expect(r).toEqual({ ok: true, value: JSON.parse(sent.at(-1)!.text) });
  });

  it('returns a documented error as expected, typed by the operation', async () => {
    const { c, vm } = fakeClient();
    const r = await c.withResult().hardware.cdrom.get(vm, unknown);
    expect(r.ok).toBe(false);
    if (!r.ok && r.expected) {
      expectTypeOf(r.error).toEqualTypeOf<vc.HardwareCdromGetError>();
      expect(r.error).toBeInstanceOf(NotFoundError);
      expect(r.error.type).toBe('NOT_FOUND');
    } else throw new Error('expected a documented error');
  });

  it('marks an error the operation does not document, and transport failures, as not expected', async () => {
    const { fake, c, vm } = fakeClient();
    const rc = c.withResult();
    fake.fail('hardware.cdrom.get', { type: 'RESOURCE_BUSY', undocumented: true });
    const r = await rc.hardware.cdrom.get(vm, known);
    expect(r).toMatchObject({ ok: false, expected: false, error: { type: 'RESOURCE_BUSY' } });
    if (!r.ok && !r.expected) expectTypeOf(r.error).toEqualTypeOf<vc.VapiError | vc.TransportError>();
    // The server goes away: fetch itself fails.
    const down = vc
      .createClient({
        baseUrl: 'https://vcenter.fake',
        sessionId: fake.login(),
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      })
      .withResult();
    const gone = await down.hardware.cdrom.get(vm, known);
    expect(gone).toMatchObject({ ok: false, expected: false });
    expect((gone as { error: unknown }).error).toBeInstanceOf(TransportError);
  });

  it('keeps the plain client throwing', async () => {
    const { c, vm } = fakeClient();
    c.withResult();
    await expect(c.hardware.cdrom.get(vm, unknown)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('isErrorOf', () => {
  it('narrows a caught error to the operation union only for that operation and its documented types', async () => {
    const { fake, c, vm } = fakeClient();
    const e = await c.hardware.cdrom.get(vm, unknown).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotFoundError);
    expect(isErrorOf(e, c.hardware.cdrom, 'get')).toBe(true);
    // NOT_FOUND is documented by connect too, but the error came from get.
    expect(isErrorOf(e, c.hardware.cdrom, 'connect')).toBe(false);
    if (isErrorOf(e, c.hardware.cdrom, 'get')) expectTypeOf(e).toEqualTypeOf<vc.HardwareCdromGetError>();
    // UNSUPPORTED is not in connect's documented list.
    fake.fail('hardware.cdrom.connect', { type: 'UNSUPPORTED', undocumented: true });
    const u = await c.hardware.cdrom.connect(vm, known).catch((x: unknown) => x);
    expect(u).toBeInstanceOf(VapiError);
    expect((u as vc.VapiError).type).toBe('UNSUPPORTED');
    expect(isErrorOf(u, c.hardware.cdrom, 'connect')).toBe(false);
    expect(isErrorOf(new Error('x'), c.hardware.cdrom, 'get')).toBe(false);
    // @ts-expect-error not a method of the service
    isErrorOf(e, c.hardware.cdrom, 'nope');
  });
});

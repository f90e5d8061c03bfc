// The in-process fetch behaves like fetch: a real Response (status, headers, one read of the
// body, clone, a stream body on demand, its length announced), an abort signal honoured, a Request
// object accepted; the package's client reads its answers without asking for a stream.
import { describe, expect, it } from 'vitest';
import { byteLength } from '../../generated/vcenter-vm/dist/fake/response.js';
import { clientOf, createFake, vc } from './support.js';

describe("the fake's fetch", () => {
  const fake = createFake();
  const sid = fake.login();
  const url = `https://vcenter.fake/api/vcenter/vm/${fake.vm.id}/power`;
  const get = (init: RequestInit = {}) => fake.fetch(url, { headers: { 'vmware-api-session-id': sid }, ...init });

  it('answers a Response whose body reads once', async () => {
    const r = await get();
    expect(r).toBeInstanceOf(Response);
    expect([r.status, r.ok, r.headers.get('content-type'), r.bodyUsed]).toEqual([200, true, 'application/json', false]);
    const copy = r.clone();
    expect(await r.json()).toEqual({ state: 'POWERED_OFF', clean_power_off: true });
    expect(r.bodyUsed).toBe(true);
    await expect(r.text()).rejects.toThrow(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('{"state":"POWERED_OFF","clean_power_off":true}');
  });

  it('announces the length of the body in bytes, as a server does', async () => {
    const r = await get();
    expect(Number(r.headers.get('content-length'))).toBe(new TextEncoder().encode(await r.text()).length);
    for (const text of ['', 'a', 'é', '€', '😀', 'a\ud800b', '\udc00', '\ud83d', 'ä€😀x'.repeat(50)])
      expect(byteLength(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('is read by the client without a stream', async () => {
    let streams = 0;
    const client = clientOf(fake, 'api', {
      fetch: async (...args: Parameters<typeof fetch>) => {
        const r = await fake.fetch(...args);
        const body = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(r), 'body')!;
        return Object.defineProperty(r, 'body', { get: () => (streams++, body.get!.call(r)) });
      },
    });
    const vm = vc.id('VirtualMachine', fake.vm.id);
    expect(await client.power.get(vm)).toMatchObject({ state: 'POWERED_OFF' });
    expect(await client.hardware.cdrom.list(vm)).toBeInstanceOf(Array);
    expect(streams).toBe(0);
  });

  it('gives a stream body when asked for one', async () => {
    const r = await get();
    const reader = r.body!.getReader();
    let text = '';
    for (let c = await reader.read(); !c.done; c = await reader.read()) text += new TextDecoder().decode(c.value);
    expect(JSON.parse(text).state).toBe('POWERED_OFF');
    expect(r.bodyUsed).toBe(true);
    const blob = await (await get()).blob();
    expect(blob.type).toBe('application/json');
  });

  it('answers no body where HTTP has none (204), and takes a Request object', async () => {
    const start = await fake.fetch(
      new Request(`${url}?action=start`, { method: 'POST', headers: { 'vmware-api-session-id': sid } }),
    );
    expect(start.status).toBe(204);
    expect(start.body).toBeNull();
    expect(await start.text()).toBe('');
    expect(fake.vm.power).toBe('POWERED_ON');
  });

  it('rejects with the reason of an aborted signal, like fetch', async () => {
    const c = new AbortController();
    c.abort(new Error('stop'));
    await expect(get({ signal: c.signal })).rejects.toThrow('stop');
  });
});

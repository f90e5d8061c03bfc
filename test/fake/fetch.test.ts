// The in-process fetch behaves like fetch: a real Response (status, headers, one read of the
// body, clone, a stream body on demand), an abort signal honoured, a Request object accepted.
import { describe, expect, it } from 'vitest';
import { createFake } from './support.js';

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

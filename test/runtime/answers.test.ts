// Every 2xx answer that is not a valid result of the operation is a protocol error that says
// what arrived (never the body itself): no answer or `null` where the result is required, another
// JSON type, and the /rest shape (`{ value }`, `{ type, value }`) on an /api call. An optional
// result may be empty or null (undefined); an operation without a result ignores the body; a map
// result may well have a key named `value`, and on /rest comes as the list of its entries.
import { describe, expect, it } from 'vitest';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { minimal } from './load.js';
import { serverPerTest, type Reply } from './server.js';

const { api, createClient, id, rest, TransportError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
const info = { label: 'CD/DVD drive 1', backing: { type: 'CLIENT_DEVICE' }, state: 'CONNECTED' };
const creds = { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'u', password: 'p' } as const;

const start = serverPerTest();
async function client(reply: Reply, style = api) {
  return createClient({ baseUrl: (await start(() => reply)).url, sessionId: 's', style });
}
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('/api answers that are not results', () => {
  it.each<[string, Reply, (c: ReturnType<typeof createClient>) => Promise<unknown>, string]>([
    [
      'an empty 200',
      { status: 200 },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered nothing where the result is struct',
    ],
    ['a 204', { status: 204 }, (c) => c.hardware.cdrom.list(vm), 'HTTP 204 answered nothing where the result is array'],
    [
      'null',
      { body: 'null' },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered null where the result is struct',
    ],
    [
      'an array for a structure',
      { body: [] },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered array where the result is struct',
    ],
    [
      '{ value: [] } for a list',
      { body: { value: [] } },
      (c) => c.hardware.cdrom.list(vm),
      'HTTP 200 answered object where the result is array',
    ],
    [
      '{ value } for a number',
      { body: { value: 4711 } },
      (c) => c.guest.processes.create(vm, creds, { path: '/bin/true' }),
      'HTTP 200 answered object where the result is number',
    ],
    [
      'a string for a number',
      { body: '"4711"' },
      (c) => c.guest.processes.create(vm, creds, { path: '/bin/true' }),
      'HTTP 200 answered string where the result is number',
    ],
    [
      '{ value } for a structure',
      { body: { value: info } },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered the /rest shape { value } where the result is struct',
    ],
    [
      "a /rest error's { type, value }",
      { body: { type: 'com.vmware.vapi.std.errors.not_found', value: { messages: [] } } },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered the /rest shape { value } where the result is struct',
    ],
    [
      '{ value } for an optional structure',
      { body: { value: info } },
      (c) => c.hardware.cdrom.find(vm),
      'HTTP 200 answered the /rest shape { value } where the result is ?struct',
    ],
    [
      'text that is no JSON',
      { body: '<html>sid-secret</html>' },
      (c) => c.hardware.cdrom.get(vm, cd),
      'HTTP 200 answered no JSON where the result is struct',
    ],
  ])('%s is a protocol error', async (_, reply, call, what) => {
    const e = await failure(call(await client(reply)));
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'protocol' });
    expect(e!.message).toMatch(
      new RegExp(`^com\\.vmware\\.vcenter\\.vm\\.[a-z.]+: ${what.replace(/[{}?/]/g, '\\$&')}$`),
    );
    expect(e!.message).not.toContain('sid-secret');
  });
});

describe('answers that are results', () => {
  it('an optional result may be empty, 204 or null (undefined), or the structure', async () => {
    for (const reply of [{ status: 200 }, { status: 204 }, { body: 'null' }])
      await expect((await client(reply)).hardware.cdrom.find(vm), JSON.stringify(reply)).resolves.toBeUndefined();
    await expect((await client({ body: info })).hardware.cdrom.find(vm)).resolves.toEqual(info);
  });

  it('an operation without a result ignores the body', async () => {
    await expect((await client({ body: '<html>ok</html>' })).hardware.cdrom.connect(vm, cd)).resolves.toBeUndefined();
    await expect((await client({ body: { value: 1 } })).hardware.cdrom.update(vm, cd, {})).resolves.toBeUndefined();
  });

  it('a structure whose fields include type, and a map with a key named value, are results', async () => {
    await expect((await client({ body: { type: 'x', label: 'y' } })).hardware.cdrom.get(vm, cd)).resolves.toEqual({
      type: 'x',
      label: 'y',
    });
    const s = await start(() => ({ body: { value: 'an environment variable named value', type: 't' } }));
    const c = vc.createClient({ baseUrl: s.url, sessionId: 's' });
    await expect(c.guest.environment.list(vc.id('VirtualMachine', 'vm-1'), creds, [])).resolves.toEqual({
      value: 'an environment variable named value',
      type: 't',
    });
  });

  it('/rest unwraps { value }, and checks what is inside', async () => {
    await expect((await client({ body: { value: [info] } }, rest)).hardware.cdrom.list(vm)).resolves.toEqual([info]);
    await expect((await client({ body: { value: info } }, rest)).hardware.cdrom.get(vm, cd)).resolves.toEqual(info);
    await expect((await client({ body: {} }, rest)).hardware.cdrom.find(vm)).resolves.toEqual({});
    const e = await failure((await client({ body: { value: info } }, rest)).hardware.cdrom.list(vm));
    expect(e?.message).toBe(
      'com.vmware.vcenter.vm.hardware.cdrom.list: HTTP 200 answered object where the result is array',
    );
    const empty = await failure((await client({ status: 200 }, rest)).hardware.cdrom.get(vm, cd));
    expect(empty).toMatchObject({ kind: 'protocol' });
  });

  it("/rest's map, the list of its entries [{ key, value }], is a result (as the object its type says); only there", async () => {
    const entries = [{ key: '/', value: { capacity: 10, free_space: 5 } }];
    const fs = async (reply: Reply, style: typeof vc.api) =>
      vc
        .createClient({ baseUrl: (await start(() => reply)).url, sessionId: 's', style })
        .guest.localFilesystem.get(vc.id('VirtualMachine', 'vm-1'));
    await expect(fs({ body: { value: entries } }, vc.rest)).resolves.toEqual({ '/': { capacity: 10, free_space: 5 } });
    await expect(failure(fs({ body: { value: [1, 2] } }, vc.rest))).resolves.toMatchObject({
      kind: 'protocol',
      message: 'com.vmware.vcenter.vm.guest.local_filesystem.get: HTTP 200 answered array where the result is object',
    });
    await expect(failure(fs({ body: entries }, vc.api))).resolves.toMatchObject({ kind: 'protocol' });
  });
});

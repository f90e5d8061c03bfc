// Maps on the wire against a local server: the legacy /rest paths send and answer a vAPI map as a
// list of { key, value } (as VMware's Swagger for them shows), /api as a JSON object. The
// generated client (generated/vcenter-vm) converts both ways on /rest, nested maps included
// (a message's params inside a list inside a map's values), error messages too; /api is as it was.
import { describe, expect, it } from 'vitest';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { encodeParts } from '../../generated/vcenter-vm/dist/runtime/parts.js';
import { serverPerTest, type Handler, type TestServer } from './server.js';

const vm = vc.id('VirtualMachine', 'vm-42');
const start = serverPerTest();
async function client(handler: Handler, style: 'api' | 'rest') {
  const s = await start(handler);
  const c = vc.createClient({ baseUrl: s.url, sessionId: 'sid-1', style: style === 'rest' ? vc.rest : vc.api });
  return { c, s };
}
const body = (s: TestServer) => JSON.parse(s.requests[0]!.body) as unknown;

const policy = vc.id('com.vmware.vcenter.StoragePolicy', 'p-1');
const spec: vc.StoragePolicyUpdateSpec = {
  vm_home: { type: 'USE_DEFAULT_POLICY' },
  disks: { '2000': { type: 'USE_SPECIFIED_POLICY', policy }, '2001': { type: 'USE_DEFAULT_POLICY' } },
};

/** A localizable message with params, one of which nests a message with params of its own. */
const message = {
  id: 'spbm.fault',
  default_message: 'Provider p failed on disk 2000',
  args: [],
  params: {
    provider: { s: 'p' },
    cause: { l: { id: 'spbm.inner', params: { disk: { i: 2000 }, when: { dt: '2024-05-01T10:00:00.000Z' } } } },
  },
};
/** The same message as /rest carries it. */
const messageRest = {
  ...message,
  params: [
    { key: 'provider', value: { s: 'p' } },
    {
      key: 'cause',
      value: {
        l: {
          id: 'spbm.inner',
          params: [
            { key: 'disk', value: { i: 2000 } },
            { key: 'when', value: { dt: '2024-05-01T10:00:00.000Z' } },
          ],
        },
      },
    },
  ],
};

describe('a map sent (storage.policy.update: spec.disks)', () => {
  it('/rest: as a list of { key, value }, keys being the disk ids', async () => {
    const { c, s } = await client(() => ({ body: { value: null } }), 'rest');
    await c.storage.policy.update(vm, spec);
    expect(s.requests[0]!.url).toBe('/rest/vcenter/vm/vm-42/storage/policy');
    expect(body(s)).toEqual({
      spec: {
        vm_home: { type: 'USE_DEFAULT_POLICY' },
        disks: [
          { key: '2000', value: { type: 'USE_SPECIFIED_POLICY', policy: 'p-1' } },
          { key: '2001', value: { type: 'USE_DEFAULT_POLICY' } },
        ],
      },
    });
    // The caller's object is not changed.
    expect(spec.disks).toEqual({
      '2000': { type: 'USE_SPECIFIED_POLICY', policy },
      '2001': { type: 'USE_DEFAULT_POLICY' },
    });
  });

  it('/rest: an empty map is an empty list; an unset one stays unset', async () => {
    const { c, s } = await client(() => ({ body: { value: null } }), 'rest');
    await c.storage.policy.update(vm, { disks: {} });
    await c.storage.policy.update(vm, { vm_home: { type: 'USE_DEFAULT_POLICY' } });
    expect(s.requests.map((r) => JSON.parse(r.body))).toEqual([
      { spec: { disks: [] } },
      { spec: { vm_home: { type: 'USE_DEFAULT_POLICY' } } },
    ]);
  });

  it('/api: as an object, unchanged', async () => {
    const { c, s } = await client(() => ({ status: 204 }), 'api');
    await c.storage.policy.update(vm, spec);
    expect(body(s)).toEqual(JSON.parse(JSON.stringify(spec)));
  });
});

describe('a map read', () => {
  it.each([
    ['rest', { value: { vm_home: 'p-1', disks: [{ key: '2000', value: 'p-2' }] } }],
    ['api', { vm_home: 'p-1', disks: { '2000': 'p-2' } }],
  ] as const)('storage.policy.get (%s): disks as an object', async (style, answer) => {
    const { c } = await client(() => ({ body: answer }), style);
    expect(await c.storage.policy.get(vm)).toEqual({ vm_home: 'p-1', disks: { '2000': 'p-2' } });
  });

  it.each([
    [
      'rest',
      {
        value: [
          { key: '/', value: { capacity: 10, free_space: 4 } },
          { key: 'C:\\', value: { capacity: 20, free_space: 5 } },
        ],
      },
    ],
    ['api', { '/': { capacity: 10, free_space: 4 }, 'C:\\': { capacity: 20, free_space: 5 } }],
  ] as const)('guest.local_filesystem.get (%s): the result itself a map', async (style, answer) => {
    const { c } = await client(() => ({ body: answer }), style);
    expect(await c.guest.localFilesystem.get(vm)).toEqual({
      '/': { capacity: 10, free_space: 4 },
      'C:\\': { capacity: 20, free_space: 5 },
    });
  });

  it('/rest: maps nested in a list inside a map (compliance: disks → failure_cause[] → params → l.params)', async () => {
    const info = (m: unknown) => ({ status: 'UNKNOWN', check_time: '2024-05-01T10:00:00.000Z', failure_cause: [m] });
    const { c } = await client(
      () => ({
        body: {
          value: {
            overall_compliance: 'UNKNOWN',
            vm_home: info(messageRest),
            disks: [{ key: '2000', value: info(messageRest) }],
          },
        },
      }),
      'rest',
    );
    expect(await c.storage.policy.compliance.get(vm)).toEqual({
      overall_compliance: 'UNKNOWN',
      vm_home: info(message),
      disks: { '2000': info(message) },
    });
  });

  it('/rest: a message in a structure (guest.identity.get: full_name.params)', async () => {
    const { c } = await client(
      () => ({
        body: { value: { name: 'OTHER_LINUX_64', family: 'LINUX', full_name: messageRest, host_name: 'h' } },
      }),
      'rest',
    );
    expect((await c.guest.identity.get(vm)).full_name).toEqual(message);
  });

  it('/rest: a vAPI error carried as data (tools.get: error.messages[].params)', async () => {
    const tools = (error: unknown) => ({
      auto_update_supported: false,
      upgrade_policy: 'MANUAL',
      run_state: 'NOT_RUNNING',
      is_connected: false,
      error,
    });
    const { c } = await client(
      () => ({ body: { value: tools({ error_type: 'NOT_FOUND', messages: [messageRest] }) } }),
      'rest',
    );
    expect((await c.tools.get(vm)).error).toEqual({ error_type: 'NOT_FOUND', messages: [message] });
  });

  it('/rest: what is not a list of { key, value } is kept as it came (nothing lost)', async () => {
    const { c, s } = await client(() => ({ body: { value: { vm_home: 'p-1', disks: { '2000': 'p-2' } } } }), 'rest');
    expect(await c.storage.policy.get(vm)).toEqual({ vm_home: 'p-1', disks: { '2000': 'p-2' } });
    await s.close();
    const odd = await client(() => ({ body: { value: { vm_home: 'p-1', disks: [['2000', 'p-2']] } } }), 'rest');
    expect(await odd.c.storage.policy.get(vm)).toEqual({ vm_home: 'p-1', disks: [['2000', 'p-2']] });
  });
});

describe('error messages', () => {
  it.each([
    ['rest', { type: 'com.vmware.vapi.std.errors.not_found', value: { messages: [messageRest] } }],
    ['api', { error_type: 'NOT_FOUND', messages: [message] }],
  ] as const)('%s: params as an object', async (style, answer) => {
    const { c } = await client(() => ({ status: 404, body: answer }), style);
    const e = (await c.storage.policy.get(vm).catch((x: unknown) => x)) as vc.VapiError;
    expect(e).toBeInstanceOf(vc.NotFoundError);
    expect(e.messages).toEqual([message]);
  });
});

describe('keys of other types (a hand-made operation on the transport)', () => {
  const op: vc.OperationInfo = {
    id: 'test.maps.put',
    params: [['spec', 'body']],
    api: ['PUT', ['/api/test']],
    rest: ['PUT', ['/rest/test']],
    parts: encodeParts,
    result: 'struct',
    maps: { in: { spec: { by_kind: { '*': { '#': 0 } } } }, out: { by_kind: { '*': { '#': 0 } } } },
  };
  it('enum keys as strings, integer keys as numbers on /rest; read back as an object', async () => {
    const answer = {
      by_kind: [
        {
          key: 'SATA',
          value: [
            { key: 0, value: 'a' },
            { key: -3, value: 'b' },
          ],
        },
      ],
    };
    const server = await start(() => ({ body: { value: answer } }));
    const t = vc.createTransport({ baseUrl: server.url, sessionId: 'sid-1', style: vc.rest });
    const got = await t.call(op, [{ by_kind: { SATA: { '0': 'a', '-3': 'b' } } }]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ spec: answer });
    expect(got).toEqual({ by_kind: { SATA: { '0': 'a', '-3': 'b' } } });
  });
});

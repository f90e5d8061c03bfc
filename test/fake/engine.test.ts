// The engine on models other than this package's: a small model written here with the shapes the
// coming issues bring (list filters as query structures, inventory services such as VM and
// Folder, a collection no one modelled, optional discriminants, unions with only optional fields,
// several unions per structure), and the fakes of the minimal and hostile fixture packages.
import { describe, expect, it } from 'vitest';
import { fakeModule } from './support.js';
import * as hostile from '../scenarios/__snapshots__/hostile/dist/fake/index.js';
import * as minimal from '../scenarios/__snapshots__/minimal/dist/fake/index.js';
import * as minimalClient from '../scenarios/__snapshots__/minimal/dist/index.js';

type FakeModel = Parameters<typeof fakeModule.createFakeFor>[0];
const E = 'com.vmware.vapi.std.errors.';
type Operation = FakeModel['operations'][number];
const op = (
  service: string,
  name: string,
  rest: string,
  o: Omit<Operation, 'id' | 'service' | 'name' | 'method' | 'rest' | 'errors'> & { errors?: string[] },
): Operation => ({
  id: `${service}.${name}`,
  service,
  name,
  method: name,
  errors: ['NOT_FOUND', 'INVALID_ARGUMENT', 'UNAUTHENTICATED'],
  ...o,
  rest: { method: o.api.method, path: rest },
});

const MODEL: FakeModel = {
  apiVersion: '7.0.3',
  root: 'com.vmware.vcenter',
  package: '@test/model',
  services: [
    { id: 'com.vmware.vcenter.VM', accessor: 'vm' },
    { id: 'com.vmware.vcenter.folder', accessor: 'folder' },
    { id: 'com.vmware.example.library', accessor: 'library' },
    { id: 'com.vmware.example.shapes', accessor: 'shapes' },
  ],
  operations: [
    op('com.vmware.vcenter.VM', 'list', '/rest/vcenter/vm', {
      params: [{ name: 'filter', type: 'ref:com.vmware.vcenter.VM.filter_spec', in: 'query', optional: true }],
      result: 'list<ref:com.vmware.vcenter.VM.summary>',
      api: { method: 'GET', path: '/api/vcenter/vm' },
    }),
    op('com.vmware.vcenter.VM', 'get', '/rest/vcenter/vm/{vm}', {
      params: [{ name: 'vm', type: 'id:VirtualMachine', in: 'path' }],
      result: 'ref:com.vmware.vcenter.VM.info',
      api: { method: 'GET', path: '/api/vcenter/vm/{vm}' },
    }),
    op('com.vmware.vcenter.VM', 'create', '/rest/vcenter/vm', {
      params: [{ name: 'spec', type: 'ref:com.vmware.vcenter.VM.create_spec', in: 'body' }],
      result: 'id:VirtualMachine',
      errors: ['ALREADY_EXISTS', 'INVALID_ARGUMENT', 'NOT_FOUND'],
      api: { method: 'POST', path: '/api/vcenter/vm', body: 'spec' },
    }),
    op('com.vmware.vcenter.VM', 'delete', '/rest/vcenter/vm/{vm}', {
      params: [{ name: 'vm', type: 'id:VirtualMachine', in: 'path' }],
      api: { method: 'DELETE', path: '/api/vcenter/vm/{vm}' },
    }),
    op('com.vmware.vcenter.folder', 'list', '/rest/vcenter/folder', {
      params: [{ name: 'filter', type: 'ref:com.vmware.vcenter.folder.filter_spec', in: 'query', optional: true }],
      result: 'list<ref:com.vmware.vcenter.folder.summary>',
      api: { method: 'GET', path: '/api/vcenter/folder' },
    }),
    ...['create', 'get', 'update', 'delete', 'list'].map((name) =>
      op(
        'com.vmware.example.library',
        name,
        name == 'create' || name == 'list' ? '/rest/library' : '/rest/library/{library}',
        {
          params: [
            ...(name == 'create' || name == 'list'
              ? []
              : [{ name: 'library', type: 'id:com.vmware.example.Library', in: 'path' as const }]),
            ...(name == 'create' || name == 'update'
              ? [{ name: 'spec', type: 'ref:com.vmware.example.library.spec', in: 'body' as const }]
              : []),
          ],
          result:
            name == 'create'
              ? 'id:com.vmware.example.Library'
              : name == 'get'
                ? 'ref:com.vmware.example.library.spec'
                : name == 'list'
                  ? 'list<id:com.vmware.example.Library>'
                  : undefined,
          errors: ['ALREADY_EXISTS', 'NOT_FOUND', 'INVALID_ARGUMENT'],
          api: {
            method: { create: 'POST', get: 'GET', update: 'PATCH', delete: 'DELETE', list: 'GET' }[name]!,
            path: name == 'create' || name == 'list' ? '/api/library' : '/api/library/{library}',
            ...(name == 'create' || name == 'update' ? { body: 'spec' } : {}),
          },
        },
      ),
    ),
    op('com.vmware.example.shapes', 'get', '/rest/shape', {
      params: [],
      result: 'ref:com.vmware.example.shape',
      api: { method: 'GET', path: '/api/shape' },
    }),
    op('com.vmware.example.shapes', 'set', '/rest/shape', {
      params: [{ name: 'shape', type: 'ref:com.vmware.example.shape', in: 'body' }],
      api: { method: 'PUT', path: '/api/shape', body: 'shape' },
    }),
  ],
  structures: [
    {
      id: 'com.vmware.vcenter.VM.filter_spec',
      fields: [
        { name: 'names', type: 'set<string>', optional: true },
        { name: 'power_states', type: 'set<enum:com.vmware.vcenter.vm.power.state>', optional: true },
        { name: 'folders', type: 'set<id:Folder>', optional: true },
      ],
    },
    {
      id: 'com.vmware.vcenter.VM.summary',
      fields: [
        { name: 'vm', type: 'id:VirtualMachine' },
        { name: 'name', type: 'string' },
        { name: 'power_state', type: 'enum:com.vmware.vcenter.vm.power.state' },
      ],
    },
    {
      id: 'com.vmware.vcenter.VM.info',
      fields: [
        { name: 'name', type: 'string' },
        { name: 'power_state', type: 'enum:com.vmware.vcenter.vm.power.state' },
      ],
    },
    {
      id: 'com.vmware.vcenter.VM.create_spec',
      fields: [
        { name: 'name', type: 'string' },
        { name: 'placement', type: 'ref:com.vmware.vcenter.VM.placement', optional: true },
      ],
    },
    { id: 'com.vmware.vcenter.VM.placement', fields: [{ name: 'folder', type: 'id:Folder', optional: true }] },
    { id: 'com.vmware.vcenter.folder.filter_spec', fields: [{ name: 'names', type: 'set<string>', optional: true }] },
    {
      id: 'com.vmware.vcenter.folder.summary',
      fields: [
        { name: 'folder', type: 'id:Folder' },
        { name: 'name', type: 'string' },
      ],
    },
    {
      id: 'com.vmware.example.library.spec',
      fields: [
        { name: 'name', type: 'string', optional: true },
        { name: 'size', type: 'long', optional: true },
      ],
    },
    {
      id: 'com.vmware.example.shape',
      fields: [
        { name: 'kind', type: 'enum:com.vmware.example.shape.kind', optional: true },
        { name: 'radius', type: 'double' },
        { name: 'label', type: 'string' },
        { name: 'side', type: 'double' },
        { name: 'fill', type: 'enum:com.vmware.example.shape.fill' },
        { name: 'color', type: 'string' },
        { name: 'pattern', type: 'string' },
        { name: 'note', type: 'string', optional: true },
      ],
      unions: [
        {
          discriminant: 'kind',
          cases: [
            { value: 'CIRCLE', required: ['radius'], optional: ['label'] },
            { value: 'SQUARE', required: ['side'], optional: ['label'] },
          ],
        },
        {
          discriminant: 'fill',
          cases: [
            { value: 'SOLID', required: ['color'], optional: [] },
            { value: 'PATTERN', required: [], optional: ['pattern'] },
          ],
        },
      ],
    },
  ],
  enums: [
    { id: 'com.vmware.vcenter.vm.power.state', values: ['POWERED_OFF', 'POWERED_ON', 'SUSPENDED'] },
    { id: 'com.vmware.example.shape.kind', values: ['CIRCLE', 'SQUARE'] },
    { id: 'com.vmware.example.shape.fill', values: ['SOLID', 'PATTERN'] },
  ],
  errors: ['already_exists', 'not_found', 'invalid_argument', 'unauthenticated'].map((t) => ({
    id: E + t,
    type: t.toUpperCase(),
    status: [
      t == 'not_found' ? 404 : t == 'unauthenticated' ? 401 : 400,
      t == 'not_found' ? 404 : t == 'unauthenticated' ? 401 : 400,
    ],
  })),
  resources: ['VirtualMachine', 'Folder', 'com.vmware.example.Library'],
};

function setup() {
  const fake = fakeModule.createFakeFor(MODEL, { vms: [{ name: 'web-01', power: 'POWERED_ON' }, { name: 'db-01' }] });
  const sid = fake.login();
  const send = async (method: string, url: string, body?: unknown) => {
    const r = await fake.handle({
      method,
      url,
      headers: { 'vmware-api-session-id': sid },
      body: body === undefined ? '' : JSON.stringify(body),
    });
    return { status: r.status, json: r.body ? JSON.parse(r.body) : undefined };
  };
  return { fake, send };
}

describe('inventory services (VM, Folder) are served from the inventory', () => {
  it('list with a filter of repeated query values (/api) and of indexed prefixed ones (/rest)', async () => {
    const { fake, send } = setup();
    const [web, db] = fake.vms().map((v) => v.id);
    expect((await send('GET', '/api/vcenter/vm')).json).toEqual([
      { vm: web, name: 'web-01', power_state: 'POWERED_ON' },
      { vm: db, name: 'db-01', power_state: 'POWERED_OFF' },
    ]);
    expect((await send('GET', '/api/vcenter/vm?names=db-01&names=nope')).json).toEqual([
      { vm: db, name: 'db-01', power_state: 'POWERED_OFF' },
    ]);
    expect(
      (await send('GET', '/api/vcenter/vm?power_states=POWERED_ON')).json.map((s: { vm: string }) => s.vm),
    ).toEqual([web]);
    expect((await send('GET', '/rest/vcenter/vm?filter.names.1=web-01&filter.names.2=db-01')).json.value).toHaveLength(
      2,
    );
    expect((await send('GET', '/rest/vcenter/vm?filter.power_states=SUSPENDED')).json.value).toEqual([]);
    const folder = fake.objects('Folder').find((f) => f.name == 'vm')!.id;
    expect((await send('GET', `/api/vcenter/vm?folders=${folder}`)).json).toHaveLength(2);
    // A filter naming an object that does not exist matches nothing (vCenter documents no error for it).
    expect((await send('GET', '/api/vcenter/vm?folders=group-v999')).json).toEqual([]);
    const bad = await send('GET', '/api/vcenter/vm?power_states=OFF');
    expect(bad.status).toBe(400);
    expect(bad.json.messages[0].default_message).toMatch(/filter\.power_states\[0\]: 'OFF' is not one of/);
    expect((await send('GET', '/api/vcenter/folder?names=vm')).json).toEqual([{ folder, name: 'vm' }]);
  });

  it('create adds to the inventory (ALREADY_EXISTS for a taken name), get reads it, delete takes it out', async () => {
    const { fake, send } = setup();
    const folder = fake.objects('Folder').find((f) => f.name == 'vm')!.id;
    // vCenter 7 needs a placement: INVALID_ARGUMENT without one.
    const unplaced = await send('POST', '/api/vcenter/vm', { name: 'app-01' });
    expect(unplaced.status).toBe(400);
    expect(unplaced.json.messages[0].default_message).toBe('spec.placement: required');
    const created = await send('POST', '/api/vcenter/vm', { name: 'app-01', placement: { folder } });
    expect(created.status).toBe(201);
    const id = created.json as string;
    expect(id).toMatch(/^vm-\d+$/);
    expect(fake.findVm('app-01')?.id).toBe(id);
    const again = await send('POST', '/api/vcenter/vm', { name: 'app-01', placement: { folder } });
    expect(again.json.error_type).toBe('ALREADY_EXISTS');
    expect((await send('GET', `/api/vcenter/vm/${id}`)).json).toEqual({ name: 'app-01', power_state: 'POWERED_OFF' });
    expect((await send('DELETE', `/api/vcenter/vm/${id}`)).status).toBe(204);
    expect(fake.findVm('app-01')).toBeUndefined();
    expect((await send('GET', `/api/vcenter/vm/${id}`)).status).toBe(404);
    expect((await send('POST', '/api/vcenter/vm', { name: 'x', placement: { folder: 'group-v999' } })).status).toBe(
      404,
    );
  });
});

describe('a collection no one modelled gets generic semantics', () => {
  it('create, get, update, list, delete; NOT_FOUND and ALREADY_EXISTS', async () => {
    const { send } = setup();
    const a = (await send('POST', '/api/library', { name: 'isos', size: 1 })).json as string;
    expect((await send('POST', '/rest/library', { spec: { name: 'isos' } })).json.type).toBe(`${E}already_exists`);
    const b = (await send('POST', '/rest/library', { spec: { name: 'templates' } })).json.value as string;
    expect((await send('GET', '/api/library')).json).toEqual([a, b]);
    await send('PATCH', `/api/library/${a}`, { size: 2 });
    expect((await send('GET', `/api/library/${a}`)).json).toEqual({ name: 'isos', size: 2 });
    expect((await send('DELETE', `/rest/library/${b}`)).status).toBe(200);
    expect((await send('GET', `/api/library/${b}`)).status).toBe(404);
    expect((await send('PATCH', `/rest/library/${b}`, { spec: {} })).json.type).toBe(`${E}not_found`);
  });
});

describe('unions: optional discriminants, cases with only optional fields, two unions in one structure', () => {
  it.each([
    [{ fill: 'PATTERN' }, undefined],
    [{ fill: 'PATTERN', pattern: 'dots', kind: 'CIRCLE', radius: 1, label: 'c' }, undefined],
    [{ fill: 'SOLID', color: 'red', kind: 'SQUARE', side: 2 }, undefined],
    [{ fill: 'SOLID' }, /shape\.color: required when fill is SOLID/],
    [{ fill: 'PATTERN', radius: 1 }, /shape\.radius: not allowed while kind is unset/],
    [{ fill: 'PATTERN', kind: 'SQUARE', side: 1, radius: 1 }, /shape\.radius: not allowed when kind is SQUARE/],
    [{ fill: 'SOLID', color: 'red', pattern: 'x' }, /shape\.pattern: not allowed when fill is SOLID/],
    [{ kind: 'CIRCLE', radius: 1 }, /shape\.fill: required/],
    [{ fill: 'PATTERN', kind: 'CIRCLE' }, /shape\.radius: required when kind is CIRCLE/],
  ])('%j', async (shape, problem) => {
    const { send } = setup();
    const r = await send('PUT', '/api/shape', shape);
    if (!problem) {
      expect(r.status).toBe(204);
      expect((await send('GET', '/api/shape')).json).toEqual(shape);
    } else {
      expect(r.status).toBe(400);
      expect(r.json.messages[0].default_message).toMatch(problem);
    }
  });

  it('a value made up for such a structure satisfies it', async () => {
    for (let seed = 1; seed < 30; seed++) {
      const fake = fakeModule.createFakeFor(MODEL, { seed });
      const r = await fake.handle({
        method: 'GET',
        url: '/api/shape',
        headers: { 'vmware-api-session-id': fake.login() },
        body: '',
      });
      expect(r.status).toBe(200);
      expect(fake.defects).toEqual([]);
    }
  });
});

describe('the fakes of the fixture packages', () => {
  it('hostile names: fields named __proto__ and constructor, enum values with quotes and newlines', async () => {
    const fake = hostile.createFake();
    const sid = fake.login();
    const send = (body: string) =>
      fake.handle({
        method: 'POST',
        url: `/api/vcenter/vm/${fake.vm.id}/class?action=delete`,
        headers: { 'vmware-api-session-id': sid },
        body,
      });
    const ok = await send('{"__proto__":"p","constructor":"c","quote\'\\"back\\\\slash":1,"kind":"__proto__"}');
    expect(ok.status).toBe(204);
    // Own properties named __proto__ and constructor (an object literal would set the prototype).
    const args = fake.calls.at(-1)!.args as { vm: string; new: object };
    expect(JSON.stringify(args)).toBe(
      JSON.stringify({
        vm: fake.vm.id,
        new: JSON.parse('{"__proto__":"p","constructor":"c","quote\'\\"back\\\\slash":1,"kind":"__proto__"}'),
      }),
    );
    expect(Object.getPrototypeOf(args.new)).toBe(Object.prototype);
    const bad = await send('{"__proto__":"p","quote\'\\"back\\\\slash":1,"kind":"toString"}');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).messages[0].default_message).toMatch(/new\.kind: 'toString' is not one of/);
    const missing = await send('{"quote\'\\"back\\\\slash":1,"kind":"A*/B"}');
    expect(JSON.parse(missing.body).messages[0].default_message).toMatch(/new\.__proto__: required/);
    expect(fake.defects).toEqual([]);
  });

  it('a package that cannot create CD-ROMs: the VM has none, and the CD-ROMs it reads are an open collection', async () => {
    const fake = minimal.createFake();
    expect(fake.vm.devices('cdrom')).toHaveLength(0);
    expect(() => fake.vm.addDevice('cdrom')).toThrow(/no cdrom devices/);
    const sid = fake.login();
    const get = (key: string) =>
      fake.handle({
        method: 'GET',
        url: `/api/vcenter/vm/${fake.vm.id}/hardware/cdrom/${key}`,
        headers: { 'vmware-api-session-id': sid },
        body: '',
      });
    const a = await get('3000');
    expect(a.status).toBe(200);
    expect((await get('3000')).body).toBe(a.body);
    expect((await get('x')).status).toBe(400);
    fake.vm.setPower('POWERED_ON');
    const r = await fake.handle({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/guest/processes?action=create`,
      headers: { 'vmware-api-session-id': fake.login() },
      body: JSON.stringify({
        credentials: { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root', password: 'VMware1!' },
        spec: { path: '/bin/sh' },
      }),
    });
    expect(r.status).toBe(200);
    expect(typeof JSON.parse(r.body)).toBe('number');
  });

  it('an operation that exists only as a task (task: only): the client starts it, the plain form has no endpoint', async () => {
    const fake = minimal.createFake({ tasks: { durationMs: 500 } });
    for (const style of ['api', 'rest'] as const) {
      const client = minimalClient.createClient({
        baseUrl: 'https://vcenter.fake',
        fetch: fake.fetch,
        style: style == 'api' ? minimalClient.api : minimalClient.rest,
        auth: minimalClient.login({ username: minimal.DEFAULT_USER.username, password: minimal.DEFAULT_USER.password }),
      });
      const vm = minimalClient.id('VirtualMachine', fake.vm.id);
      const task = await client.hardware.cdrom.eject(
        vm,
        minimalClient.id('com.vmware.vcenter.vm.hardware.Cdrom', '3000'),
      );
      expect(fake.calls.at(-1)).toMatchObject({ operation: 'com.vmware.vcenter.vm.hardware.cdrom.eject', task: true });
      expect(fake.task(task)).toMatchObject({ status: 'RUNNING', operation: 'eject' });
      fake.clock.advance(500);
      expect(fake.task(task)).toMatchObject({ status: 'SUCCEEDED' });
    }
    const plain = await fake.handle({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/hardware/cdrom/3000?action=eject`,
      headers: { 'vmware-api-session-id': fake.login() },
      body: '',
    });
    expect(plain.status).toBe(404);
    expect(fake.defects).toEqual([]);
  });
});

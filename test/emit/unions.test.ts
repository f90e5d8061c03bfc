// Tagged unions as vAPI defines them, given/want per emitter: optional case fields, cases with only
// optional fields, an optional discriminant, two unions in one structure, a union structure both
// sent and read; a field that is a vAPI error; operations that run as tasks. The types view, the
// OpenAPI schemas and paths, the service view and the manifest of one IR slice.
import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../generator/emit/openapi.js';
import { emitServices, SERVICE_TEMPLATE } from '../../generator/emit/service.js';
import { emitTypes, TYPES_TEMPLATE, type Decl } from '../../generator/emit/types.js';
import { manifestOf } from '../../generator/ir/manifest.js';
import { contextOf, irOf } from '../setup/emit.js';
import { ofKind, only, viewOf } from './util.js';

const NIC = `service: com.vmware.vcenter.vm.nic
structures:
  create_spec:
    fields:
      - { name: type, type: optional<emulation> }
      - { name: upt, type: optional<boolean> }
      - { name: mac_type, type: optional<mac_type> }
      - { name: mac_address, type: string }
      - { name: label, type: optional<string> }
    unions:
      - discriminant: type
        cases: { VMXNET3: [upt] }
      - discriminant: mac_type
        cases: { MANUAL: [mac_address] }
  info:
    fields:
      - { name: type, type: emulation }
      - { name: upt, type: optional<boolean> }
      - { name: error, type: optional<exception> }
    unions:
      - discriminant: type
        cases: { VMXNET3: [upt] }
  entry:
    fields:
      - { name: type, type: emulation }
      - { name: upt, type: optional<boolean> }
    unions:
      - discriminant: type
        cases: { VMXNET3: [upt] }
enums:
  emulation: { values: [E1000, VMXNET3] }
  mac_type: { values: [MANUAL, GENERATED] }
operations:
  create:
    params: [{ name: spec, type: create_spec }]
    result: { type: "id:Nic" }
    task: both
    http: { api: { method: POST, path: "/api/vcenter/vm/nic", body: spec }, rest: { method: POST, path: "/rest/vcenter/vm/nic" } }
  get:
    params: [{ name: nic, type: "id:Nic" }]
    result: { type: info }
    http: { api: { method: GET, path: "/api/vcenter/vm/nic/{nic}" }, rest: null }
  order:
    params: [{ name: entries, type: list<entry> }]
    result: { type: list<entry> }
    http: { api: { method: PUT, path: "/api/vcenter/vm/nic/order" }, rest: null }
  move:
    params: [{ name: nic, type: "id:Nic" }]
    result: { type: "id:Nic" }
    task: only
    http: { api: { method: POST, path: "/api/vcenter/vm/nic/{nic}?action=move" }, rest: { method: POST, path: "/rest/vcenter/vm/nic/{nic}/move" } }
`;
const ERRORS = `package: com.vmware.vapi.std.errors
enums:
  error.type: { values: [ERROR, NOT_FOUND] }
errors:
  error:
    error_type: ERROR
    fields:
      - { name: messages, type: list<string> }
      - { name: data, type: optional<opaque> }
      - { name: error_type, type: optional<error.type> }
`;

const ir = irOf({ 'nic.yaml': NIC, 'errors.yaml': ERRORS });
const ctx = contextOf(ir);
const types = viewOf(only(emitTypes(ctx), 'ts-module'), TYPES_TEMPLATE);
const decl = (name: string): Decl => {
  const d = types.declarations.find((x) => x.name === name);
  if (!d) throw new Error(`no ${name} in ${types.declarations.map((x) => x.name).join(', ')}`);
  return d;
};
const fields = (name: string): string[] => {
  const d = decl(name);
  if (d.kind !== 'interface') throw new Error(`${name} is an alias`);
  return d.fields.map((f) => `${f.key}${f.optional ? '?' : ''}: ${f.type}`);
};
const alias = (name: string): string => {
  const d = decl(name);
  if (d.kind !== 'alias') throw new Error(`${name} is an interface`);
  return d.type;
};

describe('types: two unions with optional discriminants, sent', () => {
  it('intersect the common part with one union per discriminant, each with its unset variant', () => {
    expect(alias('NicCreateSpec')).toBe(
      'NicCreateSpecCommon & (NicCreateSpecTypeE1000 | NicCreateSpecTypeVmxnet3 | NicCreateSpecWithoutType) & (NicCreateSpecMacTypeManual | NicCreateSpecMacTypeGenerated | NicCreateSpecWithoutMacType)',
    );
    expect(fields('NicCreateSpecCommon')).toEqual(['label?: string']);
  });

  it.each([
    ['NicCreateSpecTypeE1000', ['type: "E1000"', 'upt?: OnlyWhen<"type", "VMXNET3">']],
    ['NicCreateSpecTypeVmxnet3', ['type: "VMXNET3"', 'upt?: boolean']],
    ['NicCreateSpecWithoutType', ['type?: undefined', 'upt?: OnlyWhen<"type", "VMXNET3">']],
    ['NicCreateSpecMacTypeManual', ['mac_type: "MANUAL"', 'mac_address: string']],
    ['NicCreateSpecMacTypeGenerated', ['mac_type: "GENERATED"', 'mac_address?: OnlyWhen<"mac_type", "MANUAL">']],
    ['NicCreateSpecWithoutMacType', ['mac_type?: undefined', 'mac_address?: OnlyWhen<"mac_type", "MANUAL">']],
  ])('%s', (name, want) => expect(fields(name)).toEqual(want));
});

describe('types: read from the server', () => {
  it('open to an unknown tag; the fields of other cases never set', () => {
    expect(alias('NicInfo')).toBe('NicInfoE1000 | NicInfoVmxnet3 | NicInfoOther');
    expect(fields('NicInfoE1000')).toEqual(['type: "E1000"', 'upt?: never', 'error?: VapiErrorValue']);
    expect(fields('NicInfoOther')).toEqual(['type: Open<NicEmulation>', 'upt?: boolean', 'error?: VapiErrorValue']);
  });

  it('a vAPI error as data is the error value: the fields of the standard errors', () => {
    expect(fields('VapiErrorValue')).toEqual([
      'messages: string[]',
      'data?: unknown',
      'error_type?: Open<VapiStdErrorsErrorType>',
    ]);
  });

  it('a union structure both sent and read is sent as its known cases', () => {
    expect(alias('NicEntry')).toBe('NicEntryE1000 | NicEntryVmxnet3 | NicEntryOther');
    expect(alias('NicEntryKnown')).toBe('NicEntryE1000 | NicEntryVmxnet3');
  });
});

describe('services: operations that run as tasks', () => {
  const [file] = emitServices(ctx).map((f) => ofKind(f, 'ts-module'));
  const ops = viewOf(file!, SERVICE_TEMPLATE).ops;
  const op = (m: string) => ops.find((o) => o.method === m)!;

  it('task: both keeps the plain call', () => {
    expect(op('create').resultType).toBe('NicId');
    expect(op('create').info).toContain('api: ["POST", ["/api/vcenter/vm/nic"], "spec"]');
    expect(op('create').doc).toContain(
      'vCenter can also run it as a task (`POST /api/vcenter/vm/nic?vmw-task=true`): `createTask` starts it as one; this method makes the plain call.',
    );
    // The task method beside it (the runtime starts tasks): the task's handle, typed by the result.
    expect(op('create').task).toMatchObject({ method: 'createTask', type: 'Task<NicId, NicCreateError>' });
  });

  it('task: only starts the task (startTask adds vmw-task=true to the plain binding) and returns its id', () => {
    expect(op('move').resultType).toBe('TaskId');
    expect(op('move').info).toEqual(
      expect.arrayContaining([
        'api: ["POST", ["/api/vcenter/vm/nic/", 0, "?action=move"]]',
        'rest: ["POST", ["/rest/vcenter/vm/nic/", 0, "/move"]]',
      ]),
    );
    expect(op('move').doc).toContain('HTTP: `POST /api/vcenter/vm/nic/{nic}?action=move&vmw-task=true`');
    expect(op('move').doc).toContain("@returns The id of the task; when it succeeds, the task's result is `id:Nic`");
    expect(op('move').task).toMatchObject({ method: 'moveTask', type: 'Task<NicId, NicMoveError>' });
  });

  it('sends the known cases of a structure both sent and read', () => {
    expect(op('order').params).toEqual([{ name: 'entries', type: 'NicEntryKnown[]', optional: false }]);
    expect(op('order').resultType).toBe('NicEntry[]');
  });
});

describe('OpenAPI', () => {
  const doc = emitOpenApi(ir, { styles: ['api', 'rest'] }) as any;
  const s = doc.components.schemas;

  it('a union: its cases discriminated, the unset discriminant and the unknown case beside them', () => {
    expect(s.NicCreateSpec.allOf).toEqual([
      { $ref: '#/components/schemas/NicCreateSpecCommon' },
      {
        oneOf: [
          {
            oneOf: [
              { $ref: '#/components/schemas/NicCreateSpecTypeE1000' },
              { $ref: '#/components/schemas/NicCreateSpecTypeVmxnet3' },
            ],
            discriminator: {
              propertyName: 'type',
              mapping: {
                E1000: '#/components/schemas/NicCreateSpecTypeE1000',
                VMXNET3: '#/components/schemas/NicCreateSpecTypeVmxnet3',
              },
            },
          },
          { $ref: '#/components/schemas/NicCreateSpecWithoutType' },
        ],
      },
      expect.anything(),
    ]);
    expect(s.NicCreateSpecWithoutType.properties).toEqual({ type: false, upt: false });
    expect(s.NicInfo.oneOf.map((x: any) => x.$ref ?? 'known')).toEqual(['known', '#/components/schemas/NicInfoOther']);
    expect(s.NicEntryKnown.oneOf).toHaveLength(2);
    expect(s.VapiErrorValue.properties.error_type).toBeDefined();
    expect(s.NicInfoE1000.properties.error).toMatchObject({ $ref: '#/components/schemas/VapiErrorValue' });
  });

  it('task forms: the derived path, 202 with the task id; both keeps the plain operation too', () => {
    const p = doc.paths;
    expect(p['/api/vcenter/vm/nic'].post.operationId).toBe('Vcenter.Vm.Nic_create');
    expect(p['/api/vcenter/vm/nic?vmw-task=true'].post).toMatchObject({
      operationId: 'Vcenter.Vm.Nic_create$task',
      'x-vmw-task': true,
      responses: {
        202: {
          content: { 'application/json': { schema: { type: 'string', 'x-vmw-resource-type': 'com.vmware.cis.task' } } },
        },
      },
    });
    expect(p['/rest/vcenter/vm/nic?vmw-task=true'].post.operationId).toBe('Vcenter.Vm.Nic_create$task$Rest');
    expect(p['/api/vcenter/vm/nic/{nic}?action=move']).toBeUndefined();
    expect(p['/api/vcenter/vm/nic/{nic}?action=move&vmw-task=true'].post.operationId).toBe('Vcenter.Vm.Nic_move');
  });
});

describe('manifest', () => {
  const m = manifestOf(ir, '1.2.3');
  it('records every union, optional discriminants marked, each case with its required and optional fields', () => {
    expect(m.structures.find((x) => x.id === 'com.vmware.vcenter.vm.nic.create_spec')!.unions).toEqual([
      {
        discriminant: 'type',
        optional: true,
        cases: { E1000: { required: [], optional: [] }, VMXNET3: { required: [], optional: ['upt'] } },
      },
      {
        discriminant: 'mac_type',
        optional: true,
        cases: { MANUAL: { required: ['mac_address'], optional: [] }, GENERATED: { required: [], optional: [] } },
      },
    ]);
  });
  it('records the task mode of each operation', () => {
    expect(m.operations.map((o) => [o.name, (o as { task?: string }).task])).toEqual([
      ['create', 'both'],
      ['get', undefined],
      ['move', 'only'],
      ['order', undefined],
    ]);
  });
});

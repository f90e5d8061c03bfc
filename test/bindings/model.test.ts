// The bindings model on a small hand-written wheel: structures, enums, unions, resource types
// from binding types and doc lines, operations with their task forms and errors; collected for a
// scope and written as an overlay (given/want), and the errors a malformed wheel gives.
import { describe, expect, it } from 'vitest';
import { collect, namesIn } from '../../scripts/bindings/facts.mjs';
import { Bindings, docResourceTypes } from '../../scripts/bindings/model.mjs';
import { docParams, readModule } from '../../scripts/bindings/module.mjs';
import { render, scalar } from '../../scripts/bindings/render.mjs';
import { miniWheel } from './mini-wheel.js';

const WANT = `# yaml-language-server: $schema=../../overlay.schema.json
# Written by scripts/bindings-overlay.mjs from mini-bindings 1.0.0; do not edit by hand:
# change the script or the scope below and run it again (spec/overlays/README.md).
reason: >-
  What VMware's Python vAPI bindings (mini-bindings 1.0.0) state as data about the services in
  scope and every structure and enum they reach: fields and their types (with the resource types of
  ids), tagged unions with the required and optional fields of each case, enum values, and per
  operation its parameters, result, task type and full error list. VMware's Swagger loses part of it.
apiVersion: 1.2.3
bindings: { name: mini-bindings, version: 1.0.0 }
scope:
  - com.vmware.demo.disk
services:
  com.vmware.demo.disk:
    resourceType: com.vmware.demo.Disk
    operations:
      get:
        params:
          - { name: disk, type: id:com.vmware.demo.Disk }
        result: com.vmware.demo.disk.info
        errors:
          - com.vmware.vapi.std.errors.error
          - com.vmware.vapi.std.errors.not_found
      copy:
        task: TASK
        params:
          - { name: disk, type: id:com.vmware.demo.Disk }
          - { name: into, type: optional<id> }
        errors: []
      scan:
        task: TASK_ONLY
        params:
          - { name: path, type: string }
        result: list<id:com.vmware.demo.Disk>
        errors:
          - com.vmware.vapi.std.errors.error
structures:
  com.vmware.demo.disk.info:
    fields:
      - { name: backing, type: com.vmware.demo.disk.backing_type }
      - { name: path, type: optional<string> }
      - { name: host, type: optional<id:HostSystem> }
      - { name: state, type: optional<com.vmware.demo.state> }
      - { name: size_MiB, type: optional<long> }
      - { name: folders, type: set<id:Folder> }
      - { name: snapshots, type: "map<id:com.vmware.demo.Snapshot,string>" }
      - { name: status, type: com.vmware.demo.disk.info.status }
      - { name: error, type: optional<exception> }
    unions:
      - discriminant: backing
        cases:
          FILE: { required: [path], optional: [host] }
          DEVICE: { optional: [host] }
          NONE: {}
      - discriminant: state
        cases:
          "ON": { required: [size_MiB] }
          "OFF": {}
  com.vmware.vapi.std.localizable_message:
    fields:
      - { name: id, type: string }
      - { name: default_message, type: string }
enums:
  com.vmware.demo.disk.backing_type: [FILE, DEVICE, NONE]
  com.vmware.demo.disk.info.status: [OK]
  com.vmware.demo.state: ["ON", "OFF"]
`;

describe('bindings model', () => {
  it('collects a scope and writes it as an overlay', () => {
    const b = new Bindings(miniWheel());
    expect([b.name, b.version]).toEqual(['mini-bindings', '1.0.0']);
    const facts = collect(b, ['com.vmware.demo.disk']);
    const text = render(facts, {
      apiVersion: '1.2.3',
      name: b.name!,
      version: b.version!,
      scope: ['com.vmware.demo.disk'],
    });
    expect(text).toBe(WANT);
    expect(b.warnings).toEqual([]);
  });

  it('reads only the modules the scope reaches', () => {
    const b = new Bindings(miniWheel());
    collect(b, ['com.vmware.demo.disk']);
    expect([...b.modules.keys()].sort()).toEqual([
      'com.vmware.demo_client',
      'com.vmware.vapi.std.errors_client',
      'com.vmware.vapi.std_client',
    ]);
  });

  it('warns where a binding type and its doc lines name different resource types', () => {
    const b = new Bindings(
      miniWheel((t) =>
        t.replace(
          "'host': type.OptionalType(type.IdType())",
          "'host': type.OptionalType(type.IdType(resource_types='Datastore'))",
        ),
      ),
    );
    const facts = collect(b, ['com.vmware.demo.disk']);
    expect(facts.structures.get('com.vmware.demo.disk.info')!.fields[2]).toEqual({
      name: 'host',
      type: 'optional<id:Datastore>',
    });
    expect(b.warnings).toEqual(['com.vmware.demo_client: ids of Datastore are documented as HostSystem']);
  });

  const broken: [string, (t: string) => string, RegExp][] = [
    [
      'a reference to nothing',
      (t) => t.replace("'Disk.Info.Status'", "'Disk.Info.Nothing'"),
      /ReferenceType\(com\.vmware\.demo_client, Disk\.Info\.Nothing\) names nothing/,
    ],
    [
      'a union naming no field',
      (t) => t.replace("('path', True)", "('paths', True)"),
      /com\.vmware\.demo\.disk\.info: union case FILE names paths, not a field/,
    ],
    [
      'a task form without the task type',
      (t) =>
        t.replace(
          "'task_type': TaskType.TASK,\n            },\n            'copy$task'",
          "'task_type': TaskType.NONE,\n            },\n            'copy$task'",
        ),
      /copy\$task: task form does not match/,
    ],
    [
      'an unknown binding type',
      (t) => t.replace("'path': type.OptionalType(type.StringType())", "'path': type.FancyType()"),
      /unknown binding type type\.FancyType/,
    ],
    [
      'an unknown validator',
      (t) => t.replace("UnionValidator(\n                'state'", "OtherValidator(\n                'state'"),
      /validator OtherValidator is unknown/,
    ],
    [
      'an error id that names another error',
      (t) => t.replace("'com.vmware.vapi.std.errors.not_found':", "'com.vmware.vapi.std.errors.gone':"),
      /error com\.vmware\.vapi\.std\.errors\.gone refers to com\.vmware\.vapi\.std\.errors\.not_found/,
    ],
    [
      'Python the reader does not know',
      (t) => t.replace("'path': type.StringType(),", "'path': type.StringType()[0],"),
      /com\.vmware\.demo_client: line \d+: expected '\}', found '\['/,
    ],
  ];
  for (const [what, edit, want] of broken)
    it(`fails on ${what}`, () => {
      expect(() => collect(new Bindings(miniWheel(edit)), ['com.vmware.demo.disk'])).toThrow(want);
    });

  it('fails on a service the wheel lacks, and on a file that is not a wheel', () => {
    expect(() => collect(new Bindings(miniWheel()), ['com.vmware.demo.nothing'])).toThrow(
      'scope: com.vmware.demo.nothing is not a service of mini-bindings 1.0.0',
    );
    expect(() => new Bindings(new Map([['a.py', '']]))).toThrow('no *.dist-info/METADATA: not a Python wheel');
  });
});

describe('readModule', () => {
  it('reads classes, attributes, docstrings, bindings and stubs', () => {
    const m = readModule('com.vmware.demo_client', miniWheel().get('com/vmware/demo_client.py')!);
    expect([...m.classes.keys()]).toEqual([
      'State',
      'Disk',
      'Disk.BackingType',
      'Disk.Info',
      'Disk.Info.Status',
      '_DiskStub',
    ]);
    expect([...m.bindings.keys()]).toEqual(['State', 'Disk.BackingType', 'Disk.Info.Status', 'Disk.Info']);
    expect(m.classes.get('Disk')!.attrs.get('_VAPI_SERVICE_ID')).toEqual({ t: 'str', v: 'com.vmware.demo.disk' });
    expect(m.classes.get('Disk')!.methods.get('scan_task')!.taskResult).toMatchObject({ fn: 'type.ListType' });
    expect(m.stubs.map((s) => [s.path, s.iface, s.env.size])).toEqual([['_DiskStub', 'com.vmware.demo.disk', 10]]);
  });
});

describe('doc lines', () => {
  it('docParams: the :param and :return paragraphs, up to the next field line', () => {
    const doc = `Text.\n:type  a: x\n:param a: First line\n    :attr:\`X.Y\` continues.\n:param b: B.\n:rtype: None\n:return: R.\n:raise: :class:\`E\` when.`;
    expect(docParams(doc)).toEqual(
      new Map([
        ['a', 'First line :attr:`X.Y` continues.'],
        ['b', 'B.'],
        [':return', 'R.'],
      ]),
    );
    expect(docParams(undefined)).toEqual(new Map());
  });

  const table: [string, ReturnType<typeof docResourceTypes>][] = [
    ['the attribute must be an identifier for the resource type: ``VirtualMachine``.', { id: ['VirtualMachine'] }],
    ['The parameter must be an identifier for the resource type: ``com.vmware.a.B``.', { id: ['com.vmware.a.B'] }],
    [
      'the attribute must contain identifiers for the resource type: ``Folder``. … the attribute will contain identifiers for the resource type: ``Folder``.',
      { id: ['Folder'] },
    ],
    ['the key in the attribute :class:`dict` must be an identifier for the resource type: ``K``.', { key: ['K'] }],
    ['the value in the attribute :class:`dict` must be an identifier for the resource type: ``V``.', { value: ['V'] }],
    ['the attribute must be an identifier for one of these resource types: ``A``, ``B``.', { id: ['A', 'B'] }],
    ['They will be identifiers for the resource type:com.vmware.Policy', {}],
    ['No resource types here.', {}],
  ];
  for (const [text, want] of table)
    it(`docResourceTypes: ${text.slice(0, 60)}`, () => expect(docResourceTypes(text)).toEqual(want));

  it('docResourceTypes: the input and output lines must agree', () => {
    expect(() =>
      docResourceTypes(
        'the attribute must be an identifier for the resource type: ``A``. the attribute will be an identifier for the resource type: ``B``.',
      ),
    ).toThrow('doc lines disagree on the resource type: A vs B');
  });
});

describe('output helpers', () => {
  it('namesIn: the structures and enums a type names', () => {
    expect(namesIn('optional<map<id:a.B,list<com.x.y>>>')).toEqual(['com.x.y']);
    expect(namesIn('dynamic_structure<a.b|c.d>')).toEqual(['a.b', 'c.d']);
    expect(namesIn('id@type:X|Y')).toEqual([]);
    expect(namesIn('map<id:X|Y,identity.a>')).toEqual(['identity.a']);
  });

  const scalars: [string, string][] = [
    ['com.vmware.a_b', 'com.vmware.a_b'],
    ['id:VirtualMachine', 'id:VirtualMachine'],
    ['map<id:A,string>', '"map<id:A,string>"'],
    ['7.0.3', '7.0.3'],
    ['8.0', '"8.0"'],
    ['ON', '"ON"'],
    ['null', '"null"'],
    ['a b', '"a b"'],
  ];
  for (const [v, want] of scalars) it(`scalar ${v}`, () => expect(scalar(v)).toBe(want));
});

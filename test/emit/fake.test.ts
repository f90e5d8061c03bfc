// The fake's emitter (generator/emit/fake.ts), given/want: an IR slice in, the model's view out;
// what it hands to render (the model as a module, the engine as verbatim modules with the
// package's two fake entry points, the command's script); the model of the real spec equal to the
// manifest (the same IR, read twice), and the engine's rule for the fields of tagged unions equal
// to the generator's (ir/unions.ts) on every case of the real spec.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../generator/emit/all.js';
import { emitFake, FAKE_BIN_TEMPLATE, FAKE_MODEL_TEMPLATE, fakeModelView } from '../../generator/emit/fake.js';
import { PACKAGE_JSON_TEMPLATE, README_TEMPLATE } from '../../generator/emit/package.js';
import type { Ir, IrOperation, IrStructure } from '../../generator/ir/model.js';
import { fakeCommandName } from '../../generator/ir/names.js';
import { caseFields, caseViews } from '../../generator/ir/unions.js';
import { fieldRole, Schema } from '../../generated/vcenter-vm/dist/fake/schema.js';
import { model } from '../../generated/vcenter-vm/dist/fake/model.js';
import { irOf, SPECS } from '../openapi/helpers.js';
import { emitContext } from '../setup/emit.js';
import { ROOT } from '../setup/generate.js';
import { ofKind, rendered, viewOf } from './util.js';

const op = (o: Partial<IrOperation>): IrOperation => ({
  id: 'com.vmware.vcenter.vm.power.start',
  service: 'com.vmware.vcenter.vm.power',
  name: 'start',
  method: 'start',
  params: [{ name: 'vm', tsName: 'vm', type: { kind: 'id', resource: 'VirtualMachine' }, optional: false, in: 'path' }],
  errors: [],
  privileges: [],
  http: { api: { method: 'POST', path: '/api/vcenter/vm/{vm}/power?action=start' }, rest: null },
  errorTypeName: 'PowerStartError',
  functionName: 'powerStart',
  constName: 'OP_START',
  operationId: { api: 'start' },
  ...o,
});
const struct = (s: Partial<IrStructure>): IrStructure => ({
  id: 'com.vmware.x.s',
  unit: 'com.vmware.x',
  tsName: 'S',
  fields: [],
  unions: [],
  direction: { input: true, output: true },
  ...s,
});
const ir = (ops: IrOperation[], structures: IrStructure[] = []): Ir => ({
  apiVersion: '7.0.3',
  root: 'com.vmware.vcenter.vm',
  package: { name: '@scope/pkg', version: '1.0.0' },
  clientName: 'VcenterVmClient',
  fakeCommand: 'pkg-fake',
  waits: [],
  services: [
    {
      id: 'com.vmware.vcenter.vm.power',
      accessor: ['power'],
      className: 'PowerService',
      module: 'services/power',
      tag: 'Vcenter.Vm.Power',
      operations: ops,
    },
  ],
  structures,
  enums: [
    {
      id: 'com.vmware.x.e',
      unit: 'com.vmware.x',
      tsName: 'E',
      values: [{ value: "it's" }],
      direction: { input: true, output: true },
    },
  ],
  errors: [
    {
      id: 'com.vmware.vapi.std.errors.resource_busy',
      errorType: 'RESOURCE_BUSY',
      className: 'ResourceBusyError',
      extraFields: [],
    },
  ],
  resources: [{ type: 'VirtualMachine', tsName: 'VirtualMachineId' }],
});
const view = (i: Ir) => fakeModelView({ ir: i });
/** A model entry as the template writes it: a single-quoted string of compact JSON. */
const line = (v: unknown) => `'${JSON.stringify(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

describe("the fake's model: given an IR, the view", () => {
  it.each([
    [
      'an operation: params, bindings, errors with data, privileges',
      op({
        result: { kind: 'primitive', name: 'long' },
        errors: [
          { id: 'e.not_found', errorType: 'NOT_FOUND', data: { kind: 'ref', id: 'com.vmware.x.details' } },
          { id: 'e.busy', errorType: 'RESOURCE_BUSY' },
        ],
        privileges: [{ param: 'vm', resource: 'VirtualMachine', require: ['A', 'B'] }, { require: ['B', 'C'] }],
        http: {
          api: { method: 'POST', path: '/api/x/{vm}', body: 'spec' },
          rest: { method: 'POST', path: '/rest/x/{vm}' },
        },
      }),
      {
        id: 'com.vmware.vcenter.vm.power.start',
        service: 'com.vmware.vcenter.vm.power',
        name: 'start',
        method: 'start',
        params: [{ name: 'vm', type: 'id:VirtualMachine', in: 'path' }],
        result: 'long',
        errors: ['NOT_FOUND', 'RESOURCE_BUSY'],
        errorData: [{ type: 'NOT_FOUND', data: 'ref:com.vmware.x.details' }],
        api: { method: 'POST', path: '/api/x/{vm}', body: 'spec' },
        rest: { method: 'POST', path: '/rest/x/{vm}' },
        privileges: ['A', 'B', 'C'],
      },
    ],
    [
      'an optional parameter of a nested type, no result, no /rest',
      op({
        params: [
          {
            name: 'names',
            tsName: 'names',
            type: { kind: 'set', of: { kind: 'primitive', name: 'string' } },
            optional: true,
            in: 'query',
          },
        ],
      }),
      {
        id: 'com.vmware.vcenter.vm.power.start',
        service: 'com.vmware.vcenter.vm.power',
        name: 'start',
        method: 'start',
        params: [{ name: 'names', type: 'set<string>', in: 'query', optional: true }],
        errors: [],
        api: { method: 'POST', path: '/api/vcenter/vm/{vm}/power?action=start' },
        rest: null,
      },
    ],
    [
      'an operation that exists only as a task',
      op({
        task: {
          mode: 'only',
          http: { api: { method: 'POST', path: '/api/vcenter/vm/{vm}/power?action=start&vmw-task=true' }, rest: null },
          method: 'startTask',
          functionName: 'powerStartTask',
        },
      }),
      {
        id: 'com.vmware.vcenter.vm.power.start',
        service: 'com.vmware.vcenter.vm.power',
        name: 'start',
        method: 'start',
        params: [{ name: 'vm', type: 'id:VirtualMachine', in: 'path' }],
        errors: [],
        api: { method: 'POST', path: '/api/vcenter/vm/{vm}/power?action=start' },
        rest: null,
        task: 'only',
      },
    ],
  ])('%s', (_, o, want) => {
    expect(view(ir([o])).operations).toEqual([line(want)]);
  });

  it('the fields of exception values, when the API has them', () => {
    expect(view(ir([])).errorValue).toBeUndefined();
    const withErrors: Ir = {
      ...ir([]),
      errorValue: {
        tsName: 'VapiErrorValue',
        fields: [
          { name: 'messages', type: { kind: 'list', of: { kind: 'primitive', name: 'opaque' } }, optional: false },
          { name: 'error_type', type: { kind: 'enum', id: 'com.vmware.x.e' }, optional: true },
        ],
      },
    };
    expect(view(withErrors).errorValue).toBe(
      line([
        { name: 'messages', type: 'list<opaque>' },
        { name: 'error_type', type: 'enum:com.vmware.x.e', optional: true },
      ]),
    );
  });

  it('structures with optional fields and several unions; enums, errors with their statuses, resources', () => {
    const v = view(
      ir(
        [op({})],
        [
          struct({
            fields: [
              { name: '__proto__', type: { kind: 'enum', id: 'com.vmware.x.e' }, optional: true },
              {
                name: 'a',
                type: {
                  kind: 'map',
                  key: { kind: 'id', resource: 'Disk' },
                  value: { kind: 'optional', of: { kind: 'primitive', name: 'secret' } },
                },
                optional: false,
              },
            ],
            unions: [
              {
                discriminant: '__proto__',
                optional: false,
                cases: [{ value: "it's", required: ['a'], optional: [], tsName: 'X' }],
              },
            ],
          }),
        ],
      ),
    );
    // The entry is written as JSON text: a field named __proto__ stays a field.
    expect(v.structures).toEqual([
      `'{"id":"com.vmware.x.s","fields":[{"name":"__proto__","type":"enum:com.vmware.x.e","optional":true},{"name":"a","type":"map<id:Disk,optional<secret>>"}],"unions":[{"discriminant":"__proto__","cases":[{"value":"it\\'s","required":["a"],"optional":[]}]}]}'`,
    ]);
    expect(v.enums).toEqual([line({ id: 'com.vmware.x.e', values: ["it's"] })]);
    expect(v.errors).toEqual([
      line({ id: 'com.vmware.vapi.std.errors.resource_busy', type: 'RESOURCE_BUSY', status: [500, 400] }),
    ]);
    expect(v.resources).toEqual(['"VirtualMachine"']);
  });
  it('a JSON text that holds a quote, a backslash and a line separator stays one line', () => {
    const [entry] = view(
      ir(
        [],
        [struct({ id: "com.vmware.x.it's", fields: [{ name: 'a\\b\u2028c', type: { kind: 'id' }, optional: false }] })],
      ),
    ).structures;
    expect(entry).toBe(`'{"id":"com.vmware.x.it\\'s","fields":[{"name":"a\\\\\\\\b\\u2028c","type":"id"}]}'`);
    expect(JSON.parse(new Function(`return ${entry}`)() as string)).toEqual({
      id: "com.vmware.x.it's",
      fields: [{ name: 'a\\b\u2028c', type: 'id' }],
    });
  });
});

describe('the fake emitter hands render', () => {
  const ctx = emitContext('minimal');
  const files = emitFake(ctx);
  const engine = ctx.verbatim('fake');

  it("the model as a module from its template, importing the engine's FakeModel type", () => {
    const file = ofKind(files[0]!, 'ts-module');
    expect(file.path).toBe('src/fake/model.ts');
    expect(viewOf(file, FAKE_MODEL_TEMPLATE)).toEqual(fakeModelView(ctx));
    expect(file.imports).toEqual([{ from: './schema.js', named: ['FakeModel'], typeOnly: true }]);
    expect(rendered(file)).toContain('export const model: FakeModel = {');
  });

  it('every engine file of templates/fake as written; index and server are the entries fake and fake/server', () => {
    expect(engine.map((f) => f.name)).toContain('engine.ts');
    const copied = files.filter((f) => f.kind === 'ts-verbatim');
    expect(copied.map((f) => [f.path, f.text, f.entry])).toEqual(
      engine.map((f) => [
        `src/fake/${f.name}`,
        f.text,
        f.name === 'index.ts' ? 'fake' : f.name === 'server.ts' ? 'fake/server' : undefined,
      ]),
    );
  });

  it("the command's script, a bin named after the package", () => {
    const bin = ofKind(files.at(-1)!, 'text');
    expect([bin.path, bin.template, bin.bin]).toEqual(['bin/fake.js', FAKE_BIN_TEMPLATE, 'minimal-fake']);
    expect(rendered(bin)).toMatch(/^#!\/usr\/bin\/env node\n[^]*import \{ main \} from '..\/dist\/fake\/cli.js';/);
    expect(files).toHaveLength(engine.length + 2);
  });

  it('package.json exports both entries and the command, and ships bin/; the README says how to test with it', () => {
    const all = emitAll(ctx);
    const pkg = all.find((f) => f.path === 'package.json')!;
    const json = JSON.parse(rendered(ofKind(pkg, 'text')));
    expect(json.exports['./fake']).toEqual({ types: './dist/fake/index.d.ts', default: './dist/fake/index.js' });
    expect(json.exports['./fake/server']).toEqual({
      types: './dist/fake/server.d.ts',
      default: './dist/fake/server.js',
    });
    expect(json.bin).toEqual({ 'minimal-fake': './bin/fake.js' });
    expect(json.files).toContain('bin');
    expect(viewOf(pkg, PACKAGE_JSON_TEMPLATE).bins).toEqual([{ key: '"minimal-fake"', path: '"./bin/fake.js"' }]);
    const readme = all.find((f) => f.path === 'README.md')!;
    expect(viewOf(readme, README_TEMPLATE).fake).toEqual({ command: 'minimal-fake' });
    expect(rendered(ofKind(readme, 'markdown'))).toContain('the `minimal-fake` command serve it on 127.0.0.1');
  });

  it('names the command after the package without its scope', () => {
    expect(ctx.ir.fakeCommand).toBe('minimal-fake');
    expect(fakeCommandName('@vcgen/vcenter-vm')).toBe('vcenter-vm-fake');
    expect(fakeCommandName('plain')).toBe('plain-fake');
  });
});

describe('the model of spec/7.0.3', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'generated/vcenter-vm/manifest.json'), 'utf8'));

  it('holds what the manifest holds: every operation with its types, bindings and errors; every structure and enum', () => {
    const errorType = new Map<string, string>(manifest.errors.map((e: { id: string; type: string }) => [e.id, e.type]));
    expect(
      model.operations.map((o) => ({
        id: o.id,
        params: o.params.map((p) => ({ name: p.name, type: p.type, optional: !!p.optional, in: p.in })),
        result: o.result ?? null,
        errors: o.errors,
        api: o.api,
        rest: o.rest && { method: o.rest.method, path: o.rest.path },
      })),
    ).toEqual(
      manifest.operations.map((o: Record<string, any>) => ({
        id: `${o.service}.${o.name}`,
        params: o.params,
        result: o.result,
        errors: o.errors.map((e: string) => errorType.get(e)),
        api: o.http.api,
        rest: o.http.rest,
      })),
    );
    expect(model.structures.map((s) => [s.id, s.fields.map((f) => [f.name, f.type, !!f.optional])])).toEqual(
      manifest.structures.map((s: Record<string, any>) => [
        s.id,
        s.fields.map((f: Record<string, any>) => [f.name, f.type, f.optional]),
      ]),
    );
    expect(model.enums).toEqual(manifest.enums.map((e: Record<string, any>) => ({ id: e.id, values: e.values })));
  });

  it("the engine's rule for union fields is the generator's, for every case of every union", () => {
    const schema = new Schema(model);
    const checked = { known: 0, unset: 0, other: 0 };
    for (const s of irOf(SPECS.real).structures)
      for (const u of s.unions)
        // Known cases, the unset discriminant of an optional one, and a tag from a newer server.
        for (const c of caseViews(u)) {
          const engine = schema.structure(s.id);
          const tag = typeof c == 'object' ? c.value : c == 'other' ? 'A_NEWER_CASE' : undefined;
          const value = tag === undefined ? {} : { [u.discriminant]: tag };
          for (const { field, role } of caseFields(s, u, c)) {
            if (role == 'tag') continue;
            const want = role == 'common' ? (field.optional ? 'optional' : 'required') : role;
            expect([s.id, tag, field.name, fieldRole(engine, engine.byName.get(field.name)!, value)]).toEqual([
              s.id,
              tag,
              field.name,
              want,
            ]);
            checked[typeof c == 'object' ? 'known' : c]++;
          }
        }
    expect(checked.known).toBeGreaterThan(100);
    expect(checked.unset).toBeGreaterThan(0);
    expect(checked.other).toBeGreaterThan(50);
  });
});

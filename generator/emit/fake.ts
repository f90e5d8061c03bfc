// The package's fake vCenter (src/fake/, exported as `<package>/fake` and `<package>/fake/server`):
// the engine, copied as written from templates/fake/ (written once, data-driven), and the model it
// serves, emitted here from the IR (fake-model.ts.hbs): every operation with its parameters,
// bindings, result, errors and privileges; every structure with its fields and unions; enums;
// errors with their HTTP status per style. Each entry is a line of JSON; types are written in the
// spec's type language (`list<ref:…>`, as in manifest.json), which the engine reads. Also the
// package's command (`bin`) that starts the fake over HTTP.
import type { IrBinding, IrField, IrOperation, IrStructure } from '../ir/model.js';
import { typeToString } from '../model/parse.js';
import {
  template,
  textFile,
  tsModule,
  verbatimModule,
  type EmitContext,
  type EmittedFile,
  type Emitter,
} from './files.js';
import { errorStatus } from './openapi/status.js';
import { stringLiteral } from './syntax.js';

export interface FakeModelView {
  /** apiVersion, root and the package name as string literals. */
  apiVersion: string;
  root: string;
  pkg: string;
  /** One entry per line: a single-quoted string literal of compact JSON (`modelEntry`). */
  services: string[];
  operations: string[];
  structures: string[];
  enums: string[];
  errors: string[];
  /** The resource types of ids, as string literals. */
  resources: string[];
  /** The fields of `exception` values (`modelEntry` of a list), when the API uses the type. */
  errorValue?: string;
}

/** The command's script needs nothing from the IR: it starts the compiled fake's command line. */
export type FakeBinView = Record<string, never>;

export const FAKE_MODEL_TEMPLATE = template<FakeModelView>('fake-model.ts.hbs');
export const FAKE_BIN_TEMPLATE = template<FakeBinView>('fake-bin.js.hbs');

/** The verbatim folder of templates/ that holds the engine. */
export const FAKE_ENGINE = 'fake';

/** Engine modules that are entry points of the package, by file name → subpath. */
const FAKE_ENTRIES: Readonly<Partial<Record<string, string>>> = {
  'index.ts': 'fake',
  'server.ts': 'fake/server',
};

export const emitFake: Emitter = (ctx: EmitContext): EmittedFile[] => [
  tsModule('src/fake/model.ts', FAKE_MODEL_TEMPLATE, fakeModelView(ctx), [
    { from: './schema.js', named: ['FakeModel'], typeOnly: true },
  ]),
  ...ctx.verbatim(FAKE_ENGINE).map((f) => verbatimModule(`src/fake/${f.name}`, f.text, FAKE_ENTRIES[f.name])),
  textFile('bin/fake.js', FAKE_BIN_TEMPLATE, {}, { bin: ctx.ir.fakeCommand }),
];

/**
 * One entry of the model as a single-quoted string of compact JSON: one line per entry, which
 * prettier leaves as it is (a literal of nested objects would cost it a second per generation)
 * and the engine parses when it loads.
 */
export function modelEntry(v: unknown): string {
  const json = JSON.stringify(v);
  return `'${json
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

const binding = (b: IrBinding): object => ({ method: b.method, path: b.path, body: b.body });

function operation(op: IrOperation): object {
  const privileges = [...new Set(op.privileges.flatMap((p) => p.require))];
  const errorData = op.errors.filter((e) => e.data).map((e) => ({ type: e.errorType, data: typeToString(e.data!) }));
  return {
    id: op.id,
    service: op.service,
    name: op.name,
    method: op.method,
    params: op.params.map((p) => ({
      name: p.name,
      type: typeToString(p.type),
      in: p.in,
      optional: p.optional || undefined,
    })),
    result: op.result ? typeToString(op.result) : undefined,
    errors: op.errors.map((e) => e.errorType),
    errorData: errorData.length ? errorData : undefined,
    api: binding(op.http.api),
    rest: op.http.rest ? binding(op.http.rest) : null,
    privileges: privileges.length ? privileges : undefined,
    task: op.task?.mode,
  };
}

const field = (f: IrField): object => ({ name: f.name, type: typeToString(f.type), optional: f.optional || undefined });

function structure(s: IrStructure): object {
  return {
    id: s.id,
    fields: s.fields.map(field),
    unions: s.unions.length
      ? s.unions.map((u) => ({
          discriminant: u.discriminant,
          cases: u.cases.map((c) => ({ value: c.value, required: c.required, optional: c.optional })),
        }))
      : undefined,
  };
}

/** The model the fake serves: the IR in the engine's terms (templates/fake/schema.ts: FakeModel). */
export function fakeModelView({ ir }: Pick<EmitContext, 'ir'>): FakeModelView {
  return {
    apiVersion: stringLiteral(ir.apiVersion),
    root: stringLiteral(ir.root),
    pkg: stringLiteral(ir.package.name),
    services: ir.services.map((s) => modelEntry({ id: s.id, accessor: s.accessor.join('.') })),
    operations: ir.services.flatMap((s) => s.operations.map((o) => modelEntry(operation(o)))),
    structures: ir.structures.map((s) => modelEntry(structure(s))),
    enums: ir.enums.map((e) => modelEntry({ id: e.id, values: e.values.map((v) => v.value) })),
    errors: ir.errors.map((e) =>
      modelEntry({
        id: e.id,
        type: e.errorType,
        status: [errorStatus(e.errorType, 'api'), errorStatus(e.errorType, 'rest')],
      }),
    ),
    resources: ir.resources.map((r) => stringLiteral(r.type)),
    errorValue: ir.errorValue ? modelEntry(ir.errorValue.fields.map(field)) : undefined,
  };
}

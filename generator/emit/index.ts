// index.ts and the package files (package.json, README.md, manifest.json) and the runtime copy.
import type { Ir } from '../ir/model.js';
import type { EmittedFile, TemplateFile } from './files.js';
import { clientInterfaceName } from './client.js';
import { typeToString } from '../spec/resolve.js';
import { commentText } from '../ir/names.js';
import { fakeBinName } from './fake.js';

export interface ExportSpec {
  from: string;
  named?: string[];
  typeOnly?: boolean;
}

/** The package entry: its exports are added by the assembler (ts-morph) from `exports`. */
export function emitIndex(ir: Ir): TemplateFile & { exports: ExportSpec[] } {
  return {
    path: 'src/index.ts',
    template: 'index.ts.hbs',
    view: { title: commentText(ir.title ?? ir.root), apiVersion: ir.apiVersion },
    imports: [],
    exports: [
      { from: './client.js' },
      { from: './types.js' },
      { from: './enums.js' },
      { from: './ids.js' },
      { from: './errors.js' },
      ...ir.services.map((s) => ({ from: `./${s.module}.js` })),
      { from: './runtime/errors.js', named: ['TransportError', 'VapiError'] },
      {
        from: './runtime/errors.js',
        named: ['ErrorRegistry', 'LocalizableMessage', 'VapiErrorClass', 'VapiErrorInit'],
        typeOnly: true,
      },
      { from: './runtime/types.js', named: ['id', 'isCase'] },
      {
        from: './runtime/types.js',
        named: ['Binary', 'DateTime', 'Id', 'KnownTags', 'Open', 'Secret', 'Uri'],
        typeOnly: true,
      },
      { from: './runtime/result.js', named: ['isErrorOf', 'resultStyle'] },
      { from: './runtime/result.js', named: ['CallResult', 'ErrorOf', 'ResultStyle', 'ServiceShape'], typeOnly: true },
      {
        from: './runtime/transport.js',
        named: [
          'Auth',
          'Authenticator',
          'CallOptions',
          'ClientOptions',
          'Exchange',
          'ExchangeRequest',
          'ExchangeResponse',
          'Plugin',
          'Session',
          'Transport',
        ],
        typeOnly: true,
      },
      { from: './runtime/plugins.js', named: ['hooks', 'logging', 'retry'] },
      {
        from: './runtime/plugins.js',
        named: ['Hooks', 'Logger', 'RequestEvent', 'ResponseEvent', 'RetryOptions'],
        typeOnly: true,
      },
      { from: './runtime/wire.js', named: ['api'] },
      {
        from: './runtime/wire.js',
        named: ['BindingInfo', 'EncodeParts', 'OperationInfo', 'ParamWhere', 'WireRequest', 'WireStyle'],
        typeOnly: true,
      },
      { from: './runtime/rest.js', named: ['rest'] },
      { from: './runtime/login.js', named: ['login'] },
      { from: './runtime/login.js', named: ['Credentials'], typeOnly: true },
    ],
  };
}

export function emitPackageFiles(ir: Ir, generatorVersion: string, openapi = false): TemplateFile[] {
  const services = ir.services.map((s) => ({
    accessor: `client.${s.accessor.join('.')}`,
    id: s.id,
    className: s.className,
    operations: s.operations.map((o) => o.method).join(', '),
  }));
  const view = {
    name: ir.package.name,
    version: ir.package.version,
    description: ir.package.description ?? `Typed client for ${ir.root} (vSphere API ${ir.apiVersion})`,
    apiVersion: ir.apiVersion,
    root: ir.root,
    title: ir.title ?? ir.root,
    generatorVersion,
    clientName: clientInterfaceName(ir),
    services,
    counts: { services: ir.services.length, operations: ir.services.reduce((n, s) => n + s.operations.length, 0) },
    openapi,
    fakeBin: fakeBinName(ir),
  };
  const json = {
    name: JSON.stringify(view.name),
    version: JSON.stringify(view.version),
    description: JSON.stringify(view.description),
    fakeBin: JSON.stringify(view.fakeBin),
  };
  return [
    { path: 'package.json', template: 'package.json.hbs', view: { ...view, json } },
    { path: 'README.md', template: 'README.md.hbs', view },
  ];
}

/** manifest.json: the IR as the documented contract other tools read (and `vcgen diff` compares). */
export function emitManifest(ir: Ir, generatorVersion: string): EmittedFile {
  return { path: 'manifest.json', text: `${JSON.stringify(manifestOf(ir, generatorVersion), null, 2)}\n` };
}

/**
 * The manifest as data. `since` is the first API version that has the thing, where known; a field
 * or enum value without its own has its structure's or enum's (the spec's rule), written out here.
 */
export function manifestOf(ir: Ir, generatorVersion: string) {
  const since = (own: string | undefined, parent: string | undefined) => {
    const v = own ?? parent;
    return v ? { since: v } : {};
  };
  return {
    generator: `vcgen ${generatorVersion}`,
    apiVersion: ir.apiVersion,
    root: ir.root,
    package: ir.package.name,
    packageVersion: ir.package.version,
    services: ir.services.map((s) => ({ id: s.id, accessor: s.accessor.join('.') })),
    operations: ir.services.flatMap((s) =>
      s.operations.map((o) => ({
        service: s.id,
        name: o.name,
        method: o.method,
        params: o.params.map((p) => ({ name: p.name, type: typeToString(p.type), optional: p.optional, in: p.in })),
        result: o.result ? typeToString(o.result) : null,
        errors: o.errors.map((e) => e.id),
        ...(o.errors.some((e) => e.data)
          ? { errorData: Object.fromEntries(o.errors.filter((e) => e.data).map((e) => [e.id, typeToString(e.data!)])) }
          : {}),
        http: {
          api: {
            method: o.http.api.method,
            path: o.http.api.path,
            ...(o.http.api.body ? { body: o.http.api.body } : {}),
          },
          rest: o.http.rest ? { method: o.http.rest.method, path: o.http.rest.path } : null,
        },
        ...(o.privileges.length ? { privileges: o.privileges } : {}),
        ...(o.since ? { since: o.since } : {}),
        ...(o.deprecated ? { deprecated: o.deprecated } : {}),
      })),
    ),
    structures: ir.structures.map((s) => ({
      id: s.id,
      name: s.tsName,
      fields: s.fields.map((f) => ({
        name: f.name,
        type: typeToString(f.type),
        optional: f.optional,
        ...since(f.since, s.since),
        ...(f.deprecated ? { deprecated: f.deprecated } : {}),
      })),
      union: s.unions[0] ? unionView(s.unions[0]) : null,
      ...(s.unions.length > 1 ? { unions: s.unions.map(unionView) } : {}),
      ...(s.since ? { since: s.since } : {}),
      ...(s.deprecated ? { deprecated: s.deprecated } : {}),
    })),
    enums: ir.enums.map((e) => {
      const valueSince = e.values.filter((v) => v.since ?? e.since).map((v) => [v.value, v.since ?? e.since]);
      const deprecatedValues = e.values.filter((v) => v.deprecated).map((v) => v.value);
      return {
        id: e.id,
        name: e.tsName,
        values: e.values.map((v) => v.value),
        ...(e.since ? { since: e.since } : {}),
        ...(valueSince.length ? { valueSince: Object.fromEntries(valueSince) } : {}),
        ...(e.deprecated ? { deprecated: e.deprecated } : {}),
        ...(deprecatedValues.length ? { deprecatedValues } : {}),
      };
    }),
    errors: ir.errors.map((e) => ({ id: e.id, type: e.errorType, name: e.className })),
  };
}

function unionView(u: Ir['structures'][number]['unions'][number]) {
  return {
    discriminant: u.discriminant,
    cases: Object.fromEntries(u.cases.map((c) => [c.value, { required: c.required, optional: c.optional }])),
  };
}

// manifest.json as data: the IR as the documented contract other tools read, and the surface
// `vcgen diff` compares (diff/ reads it from here, without the emitters).
import { typeToString } from '../model/parse.js';
import type { Ir, IrUnion } from './model.js';

/** The manifest of a package generated from `ir` by vcgen `generatorVersion`. */
export type Manifest = ReturnType<typeof manifestOf>;

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
            ...(o.http.api.form ? { form: true } : {}),
          },
          rest: o.http.rest ? { method: o.http.rest.method, path: o.http.rest.path } : null,
        },
        // The task form: `both` (beside the plain call) or `only`; its bindings are the plain ones + vmw-task=true.
        // `taskMethod`: the method that starts it and resolves to the task's handle.
        ...(o.task ? { task: o.task.mode, ...(o.task.method ? { taskMethod: o.task.method } : {}) } : {}),
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
      unions: s.unions.map(unionView),
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

function unionView(u: IrUnion) {
  return {
    discriminant: u.discriminant,
    // An optional discriminant may be unset: then no field of any case is.
    ...(u.optional ? { optional: true } : {}),
    cases: Object.fromEntries(u.cases.map((c) => [c.value, { required: c.required, optional: c.optional }])),
  };
}

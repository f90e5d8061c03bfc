// Spec files as plain objects, in exactly the YAML shape of spec/schema.json. The importer builds
// these, overlays edit them, and write/yaml.ts writes them.
import type { Deprecation } from '../../model/doc.js';
import { byCode } from '../../model/order.js';

/** `deprecated: true`, or the details of the deprecation. */
export type DeprecatedDoc = true | Deprecation;

export interface FieldDoc {
  name: string;
  type: string;
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
}

export interface UnionDoc {
  discriminant: string;
  cases: Record<string, string[]>;
}

export interface StructureDoc {
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  fields: FieldDoc[];
  unions?: UnionDoc[];
}

export type EnumValueDoc = { value: string; description?: string; since?: string; deprecated?: DeprecatedDoc };

export interface EnumDoc {
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  values: EnumValueDoc[];
  default?: string;
}

export interface ErrorTypeDoc {
  error_type: string;
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  fields: FieldDoc[];
}

export interface ParamDoc {
  name: string;
  type: string;
  in?: 'path' | 'query' | 'body';
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
}

export type OpErrorDoc = string | { error: string; when?: string; data?: string };

export interface PrivilegeDoc {
  param?: string;
  resource?: string;
  require: string[];
}

export interface BindingDoc {
  method: string;
  path: string;
  body?: string;
  /** The body is sent form-encoded (spec/README.md). */
  form?: boolean;
}

export interface OperationDoc {
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  params?: ParamDoc[];
  result?: { type: string; description?: string };
  errors?: OpErrorDoc[];
  privileges?: PrivilegeDoc[];
  /** Runs also (`both`) or only (`only`) as a vCenter task; the bindings are the plain ones. */
  task?: 'both' | 'only';
  http: { api: BindingDoc; rest?: BindingDoc | null };
}

export interface UnitDoc {
  service?: string;
  package?: string;
  description?: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  structures?: Record<string, StructureDoc>;
  enums?: Record<string, EnumDoc>;
  errors?: Record<string, ErrorTypeDoc>;
  operations?: Record<string, OperationDoc>;
}

export interface ApiDoc {
  apiVersion: string;
  root: string;
  title?: string;
  package: { name: string; version: string; description?: string };
  /** Services outside the root: their accessors on the client (kept from the spec being replaced). */
  accessors?: Record<string, string>;
}

export function unitId(u: UnitDoc): string {
  return (u.service ?? u.package)!;
}

export function unitKind(u: UnitDoc): 'service' | 'package' {
  return u.service !== undefined ? 'service' : 'package';
}

export function opErrorId(e: OpErrorDoc): string {
  return typeof e === 'string' ? e : e.error;
}

/** Sorts an operation's error list by error id, in place (stable: equal ids keep their order). */
export function sortOpErrors<T extends OpErrorDoc>(list: T[]): T[] {
  return list.sort((a, b) => byCode(opErrorId(a), opErrorId(b)));
}

/** Units by id; a package before the service with the same id. */
export function unitOrder(a: UnitDoc, b: UnitDoc): number {
  return byCode(unitId(a), unitId(b)) || (a.service !== undefined ? 1 : 0) - (b.service !== undefined ? 1 : 0);
}

/** Renames a field of a structure or error, in its unions too. */
export function renameField(s: { fields: FieldDoc[]; unions?: UnionDoc[] }, from: string, to: string): void {
  s.fields.find((f) => f.name === from)!.name = to;
  for (const u of s.unions ?? []) {
    if (u.discriminant === from) u.discriminant = to;
    for (const k of Object.keys(u.cases)) u.cases[k] = u.cases[k]!.map((f) => (f === from ? to : f));
  }
}

/** Renames a parameter everywhere the operation names it: path templates, body, privileges. */
export function renameParam(op: OperationDoc, from: string, to: string): void {
  op.params!.find((p) => p.name === from)!.name = to;
  for (const b of [op.http.api, op.http.rest]) {
    if (!b) continue;
    b.path = b.path.replaceAll(`{${from}}`, `{${to}}`);
    if (b.body === from) b.body = to;
  }
  for (const p of op.privileges ?? []) if (p.param === from) p.param = to;
}

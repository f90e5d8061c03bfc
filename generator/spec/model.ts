// The normalized spec as loaded from YAML: plain data, each node with the place it came from.
// Shapes mirror spec/schema.json; spec/README.md documents the meaning of every field.
import type { Loc } from '../diagnostics.js';
import type { Documented as Doc } from '../model/doc.js';
import type { PackageMeta } from '../model/package.js';
import type { ParamIn } from '../model/paths.js';

interface Node {
  loc: Loc;
}

interface Documented extends Node, Doc {}

/** `api.yaml`: what the spec directory describes. */
export interface SpecApi extends Node {
  /** vSphere API version, e.g. `7.0.3`. */
  apiVersion: string;
  /** The package whose services the client exposes, e.g. `com.vmware.vcenter.vm`. */
  root: string;
  /** npm package of the generated client. */
  package: { name: string; version: string; description?: string } & PackageMeta;
  title?: string;
  /** Services outside the root: each one's accessor on the client (`com.vmware.vcenter.VM` → `vms`). */
  accessors: SpecAccessor[];
}

export interface SpecAccessor {
  /** The service's canonical id (the key; `loc` is its place). */
  service: string;
  loc: Loc;
  /** The accessor (the value). */
  name: string;
  nameLoc: Loc;
}

export interface SpecField extends Documented {
  /** Wire name, exact (capitals included). */
  name: string;
  /** vAPI type expression, e.g. `optional<list<string>>`. */
  type: string;
  typeLoc: Loc;
}

export interface SpecUnion extends Node {
  /** Name of the enum-typed field that selects the case. */
  discriminant: string;
  /** Enum value → the fields that belong to that case. */
  cases: Map<string, { fields: string[]; loc: Loc; fieldLocs: Loc[] }>;
}

export interface SpecStructure extends Documented {
  /** Name relative to its unit, e.g. `backing_info` or `info.status`. */
  name: string;
  fields: SpecField[];
  unions: SpecUnion[];
}

export interface SpecEnumValue extends Documented {
  value: string;
}

export interface SpecEnum extends Documented {
  name: string;
  values: SpecEnumValue[];
  default?: string;
  defaultLoc?: Loc;
}

export interface SpecErrorType extends Documented {
  name: string;
  /** Wire discriminator of the `/api` style, e.g. `NOT_FOUND`. */
  errorType: string;
  fields: SpecField[];
}

export interface SpecParam extends Documented {
  name: string;
  type: string;
  typeLoc: Loc;
  in?: ParamIn;
}

export interface SpecOpError extends Node {
  /** Canonical error id, e.g. `com.vmware.vapi.std.errors.not_found`. */
  error: string;
  /** When it is raised, in a few words. */
  when?: string;
  /** Type of the error's `data` for this operation, when documented. */
  data?: string;
}

export interface SpecPrivilege extends Node {
  /** Parameter whose resource needs the privileges; absent for the operation itself. */
  param?: string;
  resource?: string;
  require: string[];
}

export interface SpecBinding extends Node {
  method: string;
  /** Path template with `{param}` placeholders and an optional `?action=x` query. */
  path: string;
  /** `/api` style: the parameter sent as the whole request body. */
  body?: string;
  /** The body is form-encoded (`application/x-www-form-urlencoded`): the body structure's fields as form fields. */
  form?: boolean;
}

export interface SpecOperation extends Documented {
  name: string;
  params: SpecParam[];
  result?: { type: string; description?: string; loc: Loc };
  errors: SpecOpError[];
  privileges: SpecPrivilege[];
  http: { api: SpecBinding; rest: SpecBinding | null };
  /** The operation also runs as a task (`both`) or only so (`only`); see spec/README.md. */
  task?: { mode: 'both' | 'only'; loc: Loc };
}

export type UnitKind = 'package' | 'service';

/** One spec file: a package (shared types and errors) or a service (operations and its types). */
export interface SpecUnit extends Documented {
  kind: UnitKind;
  /** Canonical id, e.g. `com.vmware.vcenter.vm.hardware.cdrom`. */
  id: string;
  structures: SpecStructure[];
  enums: SpecEnum[];
  errors: SpecErrorType[];
  operations: SpecOperation[];
}

export interface Spec {
  dir: string;
  api: SpecApi;
  units: SpecUnit[];
}

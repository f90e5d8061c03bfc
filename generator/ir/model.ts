// The intermediate representation: the spec with every reference resolved and every name decided.
// Plain data only, so it serialises (manifest.json is a view of it) and stages test alone.
import type { Primitive } from '../spec/types.js';
import type { Deprecation, ParamIn } from '../spec/model.js';
import type { PackageMeta } from '../package-meta.js';

export type IrType =
  | { kind: 'primitive'; name: Primitive }
  | { kind: 'id'; resource?: string }
  | { kind: 'ref'; id: string }
  | { kind: 'enum'; id: string }
  | { kind: 'list' | 'set' | 'optional'; of: IrType }
  | { kind: 'map'; key: IrType; value: IrType };

export interface IrDoc {
  description?: string;
  since?: string;
  deprecated?: Deprecation;
}

export interface IrField extends IrDoc {
  /** Wire name. */
  name: string;
  /** The type without the outer optional<…>. */
  type: IrType;
  optional: boolean;
}

export interface IrUnionCase {
  value: string;
  required: string[];
  optional: string[];
  /** Name of the TypeScript type for this case. */
  tsName: string;
}

export interface IrUnion {
  discriminant: string;
  /** One entry per value of the discriminant's enum, in enum order (cases without fields included). */
  cases: IrUnionCase[];
  /** Name of the type for cases this client does not know; only for structures read from the server. */
  otherName?: string;
}

/** Which way a type travels: sent to the server, read from it, or both. */
export interface Direction {
  input: boolean;
  output: boolean;
}

export interface IrStructure extends IrDoc {
  id: string;
  /** The spec file unit (service or package) that declares it. */
  unit: string;
  tsName: string;
  fields: IrField[];
  unions: IrUnion[];
  direction: Direction;
}

export interface IrEnumValue extends IrDoc {
  value: string;
}

export interface IrEnum extends IrDoc {
  id: string;
  unit: string;
  tsName: string;
  values: IrEnumValue[];
  default?: string;
  direction: Direction;
}

export interface IrErrorType extends IrDoc {
  id: string;
  /** `/api` wire discriminator, e.g. NOT_FOUND. */
  errorType: string;
  /** Class name in the generated package, e.g. NotFoundError. */
  className: string;
  /** Fields beyond the ones every vAPI error has (messages, data, error_type). */
  extraFields: IrField[];
}

export interface IrParam extends IrDoc {
  name: string;
  /** Identifier used for the positional parameter. */
  tsName: string;
  type: IrType;
  optional: boolean;
  in: ParamIn;
}

export interface IrOpError {
  id: string;
  errorType: string;
  when?: string;
  data?: IrType;
}

export interface IrBinding {
  method: string;
  path: string;
  /** `/api`: the parameter sent as the whole body; absent: body params wrapped in an object. */
  body?: string;
}

export interface IrPrivilege {
  param?: string;
  resource?: string;
  require: string[];
}

export interface IrOperation extends IrDoc {
  /** `<service id>.<name>` */
  id: string;
  service: string;
  name: string;
  method: string;
  params: IrParam[];
  result?: IrType;
  resultDescription?: string;
  errors: IrOpError[];
  privileges: IrPrivilege[];
  http: { api: IrBinding; rest: IrBinding | null };
  /** Name of the error union type alias. */
  errorTypeName: string;
  /** Name of the standalone function form (`hardwareSerialDisconnect`). */
  functionName: string;
}

export interface IrService extends IrDoc {
  id: string;
  /** Accessor path below the client, e.g. ['hardware', 'cdrom']. */
  accessor: string[];
  className: string;
  /** Module path inside src/, without extension, e.g. services/hardware/cdrom. */
  module: string;
  operations: IrOperation[];
}

export interface IrResource {
  /** Resource type as the API names it, e.g. VirtualMachine. */
  type: string;
  tsName: string;
}

export interface Ir {
  apiVersion: string;
  root: string;
  title?: string;
  package: { name: string; version: string; description?: string } & PackageMeta;
  services: IrService[];
  structures: IrStructure[];
  enums: IrEnum[];
  errors: IrErrorType[];
  resources: IrResource[];
}

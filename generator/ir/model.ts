// The intermediate representation: the spec with every reference resolved and every name decided.
// Plain data only, so it serialises (manifest.json is a view of it) and stages test alone.
import type { Documented } from '../model/doc.js';
import type { PackageMeta } from '../model/package.js';
import type { ParamIn } from '../model/paths.js';
import type { VapiType } from '../model/types.js';

export interface IrField extends Documented {
  /** Wire name. */
  name: string;
  /** The type without the outer optional<…>. */
  type: VapiType;
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
  /**
   * The discriminant may be unset; then no field of any case may be set (vAPI's rule). The type
   * for that state is named `unsetName`.
   */
  optional: boolean;
  unsetName?: string;
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

export interface IrStructure extends Documented {
  id: string;
  /** The spec file unit (service or package) that declares it. */
  unit: string;
  tsName: string;
  fields: IrField[];
  unions: IrUnion[];
  /** With several unions: the name of the part that holds the fields outside all of them. */
  commonName?: string;
  /**
   * Of a union structure both sent and read (whose type has the unknown cases of data read from the
   * server): the type of what is sent, its known cases only.
   */
  knownName?: string;
  direction: Direction;
}

export interface IrEnumValue extends Documented {
  value: string;
}

export interface IrEnum extends Documented {
  id: string;
  unit: string;
  tsName: string;
  values: IrEnumValue[];
  default?: string;
  direction: Direction;
}

export interface IrErrorType extends Documented {
  id: string;
  /** `/api` wire discriminator, e.g. NOT_FOUND. */
  errorType: string;
  /** Class name in the generated package, e.g. NotFoundError. */
  className: string;
  /** Fields beyond the ones every vAPI error has (messages, data, error_type). */
  extraFields: IrField[];
}

export interface IrParam extends Documented {
  name: string;
  /** Identifier used for the positional parameter. */
  tsName: string;
  type: VapiType;
  optional: boolean;
  in: ParamIn;
}

export interface IrOpError {
  id: string;
  errorType: string;
  when?: string;
  data?: VapiType;
}

export interface IrBinding {
  method: string;
  path: string;
  /** `/api`: the parameter sent as the whole body; absent: body params wrapped in an object. */
  body?: string;
  /** The body is form-encoded: the body structure's fields as form fields. */
  form?: boolean;
}

export interface IrPrivilege {
  param?: string;
  resource?: string;
  require: string[];
}

/**
 * The task form of an operation (`task:` in the spec): the same call with `vmw-task=true` added to
 * the query, answered at once with the id of a task (`com.vmware.cis.task`) that runs it.
 * - `both`: the plain call exists too; the client's method is the plain call;
 * - `only`: the operation exists only as a task; the client's method starts it and returns the task id.
 */
/** The resource type of task ids. */
export const TASK_RESOURCE = 'com.vmware.cis.task';

export interface IrTask {
  mode: 'both' | 'only';
  /** The task form's bindings: the plain ones with `vmw-task=true` added to the query. */
  http: { api: IrBinding; rest: IrBinding | null };
  /** The method that starts the task and resolves to its handle (`cloneTask`). */
  method: string;
  /** Its standalone function form (`vmCloneTask`). */
  functionName: string;
}

export interface IrOperation extends Documented {
  /** `<service id>.<name>` */
  id: string;
  service: string;
  name: string;
  method: string;
  params: IrParam[];
  result?: VapiType;
  resultDescription?: string;
  errors: IrOpError[];
  privileges: IrPrivilege[];
  http: { api: IrBinding; rest: IrBinding | null };
  task?: IrTask;
  /** Name of the error union type alias. */
  errorTypeName: string;
  /** Name of the standalone function form (`hardwareSerialDisconnect`). */
  functionName: string;
  /** Name of the operation's constant (its OperationInfo) in the service module, e.g. OP_DISCONNECT. */
  constName: string;
  /**
   * openapi.json's operationId of each binding; `apiTask` / `restTask`: of the task form's, when the
   * plain form exists too (`task: both`; with `only` the one form is the task form).
   */
  operationId: { api: string; rest?: string; apiTask?: string; restTask?: string };
}

export interface IrService extends Documented {
  id: string;
  /** Accessor path below the client, e.g. ['hardware', 'cdrom']. */
  accessor: string[];
  className: string;
  /** Module path inside src/, without extension, e.g. services/hardware/cdrom. */
  module: string;
  /** openapi.json's tag of the service, e.g. Vcenter.Vm.Hardware.Cdrom. */
  tag: string;
  operations: IrOperation[];
}

export interface IrResource {
  /** Resource type as the API names it, e.g. VirtualMachine. */
  type: string;
  tsName: string;
}

/**
 * A helper that waits for a condition by polling a getter of the API (`waitForPowerState` polls
 * `power.get`): there when the IR has the operation it polls (waits.ts).
 */
export interface IrWait {
  kind: WaitKind;
  /** Canonical id of the operation it polls. */
  operation: string;
  /** The exported function's name. */
  name: string;
}

export type WaitKind = 'power-state' | 'tools-running' | 'guest-ip';

export interface Ir {
  apiVersion: string;
  root: string;
  title?: string;
  package: { name: string; version: string; description?: string } & PackageMeta;
  /** Name of the client's interface, e.g. VcenterVmClient. */
  clientName: string;
  /** The package's command (package.json's `bin`) that starts its fake vCenter, e.g. vcenter-vm-fake. */
  fakeCommand: string;
  services: IrService[];
  structures: IrStructure[];
  enums: IrEnum[];
  errors: IrErrorType[];
  resources: IrResource[];
  /** The waiting helpers the package has (for the operations they poll). */
  waits: IrWait[];
  /**
   * The type of a vAPI error carried as data (the spec's `exception`, e.g. why a Tools upgrade
   * failed): the fields every standard error has. Present when some type uses it.
   */
  errorValue?: IrErrorValue;
}

export interface IrErrorValue {
  tsName: string;
  fields: IrField[];
}

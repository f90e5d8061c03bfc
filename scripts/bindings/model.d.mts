// Types of model.mjs.
import type { PyClass, PyModule } from './module.mjs';
import type { PyValue } from './python.mjs';
export interface Member {
  name: string;
  type: string;
}
export interface Union {
  discriminant: string;
  cases: { value: string; required: string[]; optional: string[] }[];
}
export interface Operation {
  name: string;
  params: Member[];
  result: string;
  task?: 'TASK' | 'TASK_ONLY';
  errors: string[];
}
export interface Declaration {
  kind: 'structure' | 'enum' | 'error';
  id: string;
  module: string;
  path: string;
  expr: PyValue;
  cls?: PyClass;
}
export interface Service {
  id: string;
  module: string;
  cls: PyClass;
  resourceType?: string;
  stub?: PyModule['stubs'][number];
}
export declare function docResourceTypes(text: string | undefined): { id?: string[]; key?: string[]; value?: string[] };
export declare class Bindings {
  constructor(files: Map<string, Buffer | string>);
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly warnings: string[];
  readonly modules: Map<string, PyModule>;
  readonly byId: Map<string, Declaration>;
  readonly services: Map<string, Service>;
  module(name: string): PyModule | undefined;
  service(id: string): Service | undefined;
  typeOf(expr: PyValue, module: string, hints?: ReturnType<typeof docResourceTypes>): string;
  fields(decl: Declaration): Member[];
  unions(decl: Declaration): Union[];
  values(decl: Declaration): string[];
  operations(service: Service): Operation[];
}

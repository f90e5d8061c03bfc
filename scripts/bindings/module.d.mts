// Types of module.mjs.
import type { PyValue } from './python.mjs';
export interface PyClass {
  path: string;
  bases: string[];
  attrs: Map<string, PyValue>;
  doc?: string;
  methods: Map<string, { doc?: string; taskResult?: PyValue }>;
}
export interface PyModule {
  module: string;
  classes: Map<string, PyClass>;
  bindings: Map<string, PyValue>;
  values: Map<string, PyValue>;
  stubs: { path: string; iface: string; env: Map<string, PyValue> }[];
}
export declare function moduleName(file: string): string;
export declare function readModule(module: string, text: string): PyModule;
export declare function docParams(doc: string | undefined): Map<string, string>;

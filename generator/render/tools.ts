// The code tools of the render stage (assemble with ts-morph, format with prettier, declarations
// with TypeScript), in this process or shared with a worker thread. On two cores the worker takes
// part of the formatting and all declarations while this thread formats the rest and runs esbuild.
// Results never depend on where a file was processed.
import type { Diagnostic } from '../diagnostics.js';
import { format } from './format.js';
import type { TsSource } from './typescript.js';

export interface Text {
  path: string;
  text: string;
}

export interface CodeTools {
  assemble(files: TsSource[], banner: string): Promise<Text[]>;
  /** Formats one file; `share` says whether this file may go to the worker. */
  format(file: Text, share: boolean): Promise<Text>;
  declarations(file: Text): Promise<{ dts: string; diagnostics: Diagnostic[] }>;
  /** openapi-typescript's types of an OpenAPI document (given as its JSON text). */
  openapiTypes(json: string): Promise<string>;
  close(): Promise<void>;
}

/** Everything in this process (tests, single-core machines, or when the worker is unavailable). */
export async function localTools(): Promise<CodeTools> {
  const ts = await import('./typescript.js');
  return {
    assemble: async (files, banner) => ts.assemble(files, banner),
    format: async (f) => ({ path: f.path, text: await format(f.path, f.text) }),
    declarations: async (f) => ts.declarations(f.path, f.text),
    openapiTypes: async (json) => (await import('./openapi-types.js')).openapiTypes(JSON.parse(json)),
    close: async () => undefined,
  };
}

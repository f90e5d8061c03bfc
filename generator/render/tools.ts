// The code tools of the render stage (assemble with ts-morph, format with prettier, types of the
// OpenAPI document with openapi-typescript), in this process or with a worker thread: on two cores
// the worker assembles and formats while this thread reads the spec first, then runs
// openapi-typescript, transpiles and writes. Results never depend on where a file was processed.
import { format, type Language } from './format.js';
import type { TsSource } from './typescript.js';

export interface Text {
  path: string;
  text: string;
}

/** A file to format, in its language. */
export interface Source extends Text {
  language: Language;
}

export interface CodeTools {
  assemble(files: TsSource[], banner: string): Promise<Text[]>;
  /** Formats one file. */
  format(file: Source): Promise<Text>;
  /** openapi-typescript's types of an OpenAPI document (given as its JSON text). */
  openapiTypes(json: string): Promise<string>;
  close(): Promise<void>;
}

/** Everything in this process (tests, single-core machines, or when the worker is unavailable). */
export async function localTools(): Promise<CodeTools> {
  const ts = await import('./typescript.js');
  return {
    assemble: async (files, banner) => ts.assemble(files, banner),
    format: async (f) => ({ path: f.path, text: await format(f.language, f.path, f.text) }),
    openapiTypes: async (json) => (await import('./openapi-types.js')).openapiTypes(JSON.parse(json)),
    close: async () => undefined,
  };
}

// The hand-off from emit to render: each emitted file says what it is, and render treats it by that
// kind alone (never by its path). A template is named together with the type of the view it
// renders, so an emitter cannot hand a template a view of another shape.
import { posix } from 'node:path';
import type { Ir } from '../ir/model.js';
import type { RuntimeModule, VerbatimSource } from '../templates/load.js';
import type { NameIndex, Uses } from './tstype.js';

/** A handlebars template of templates/ (`name`: its file name) that renders views of type `V`. */
export interface Template<V> {
  readonly name: string;
  /** Type only: the view the template renders. */
  readonly view?: V;
}

export const template = <V>(name: string): Template<V> => ({ name });

export interface ImportSpec {
  /** Module specifier relative to the importing file, with `.js` suffix. */
  from: string;
  named: string[];
  typeOnly: boolean;
}

export interface ExportSpec {
  from: string;
  /** Absent: `export *`. */
  named?: string[];
  typeOnly?: boolean;
}

/** A path inside the package. */
export type PackagePath = string;

/**
 * A TypeScript module of the package (`src/….ts`): its template's text, headed by the banner and
 * the imports (and followed by the exports) the assembler prints from these lists, formatted,
 * and compiled to `dist/….js` and `dist/….d.ts`.
 */
export interface TsModule<V = unknown> {
  kind: 'ts-module';
  path: `src/${string}.ts`;
  template: Template<V>;
  view: V;
  imports: ImportSpec[];
  exports?: ExportSpec[];
  /** A subpath export of the package (`./<entry>`) for this module. */
  entry?: string;
}

/** A TypeScript module copied as written (the runtime): the banner on top, compiled to dist/ like the others. */
export interface TsVerbatim {
  kind: 'ts-verbatim';
  path: `src/${string}.ts`;
  text: string;
  entry?: string;
}

/** A JSON document: `data` written with two-space indents and a final newline, not formatted further. */
export interface JsonDocument<T = unknown> {
  kind: 'json';
  path: PackagePath;
  data: T;
}

/** Markdown from a template, formatted. */
export interface MarkdownFile<V = unknown> {
  kind: 'markdown';
  path: PackagePath;
  template: Template<V>;
  view: V;
}

/** Text from a template, kept as rendered (its template writes it as prettier would). */
export interface TextFile<V = unknown> {
  kind: 'text';
  path: PackagePath;
  template: Template<V>;
  view: V;
  /** A command of the package (package.json's `bin`) by this name: the file is its script. */
  bin?: string;
}

/** openapi-typescript's declarations of an OpenAPI document (headed by the banner). */
export interface OpenApiTypes {
  kind: 'openapi-types';
  path: PackagePath;
  document: object;
}

export type EmittedFile = TsModule | TsVerbatim | JsonDocument | MarkdownFile | TextFile | OpenApiTypes;

export const tsModule = <V>(
  path: `src/${string}.ts`,
  t: Template<V>,
  view: NoInfer<V>,
  imports: ImportSpec[],
  more: Pick<TsModule, 'exports' | 'entry'> = {},
): TsModule<V> => ({ kind: 'ts-module', path, template: t, view, imports, ...more });

export const verbatimModule = (path: `src/${string}.ts`, text: string, entry?: string): TsVerbatim => ({
  kind: 'ts-verbatim',
  path,
  text,
  ...(entry !== undefined ? { entry } : {}),
});

export const markdown = <V>(path: PackagePath, t: Template<V>, view: NoInfer<V>): MarkdownFile<V> => ({
  kind: 'markdown',
  path,
  template: t,
  view,
});

export const textFile = <V>(
  path: PackagePath,
  t: Template<V>,
  view: NoInfer<V>,
  more: Pick<TextFile, 'bin'> = {},
): TextFile<V> => ({ kind: 'text', path, template: t, view, ...more });

/** The compiled files of a TypeScript module: `src/a/b.ts` → `dist/a/b.js`, `dist/a/b.d.ts`. */
export function distOf(path: `src/${string}.ts`): { js: string; dts: string } {
  const base = `dist/${path.slice('src/'.length, -'.ts'.length)}`;
  return { js: `${base}.js`, dts: `${base}.d.ts` };
}

/** The text of a JSON document. */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** What every emitter is given. */
export interface EmitContext {
  ir: Ir;
  generatorVersion: string;
  /** The package ships openapi-typescript's types of openapi.json (dist/openapi.d.ts). */
  openapiTypes: boolean;
  /** Generated names by id, for type expressions (tstype.ts). */
  names: NameIndex;
  /** The runtime's modules (templates/runtime), with their exports. */
  runtime: readonly RuntimeModule[];
  /** The files of a folder of templates/ that are copied as written (overrides applied). */
  verbatim(set: string): VerbatimSource[];
}

/** An output kind: the files it adds to the package. */
export type Emitter = (ctx: EmitContext) => EmittedFile[];

/** `src/services/hardware/cdrom.ts` importing `src/types.ts` → `../../types.js`. */
export function moduleSpecifier(fromFile: string, toModule: string): string {
  let rel = posix.relative(posix.dirname(fromFile), toModule);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `${rel}.js`;
}

const sorted = (s: Set<string>): string[] => [...s].sort();

/** Type-only imports for everything a file uses from the shared modules. */
export function importsFor(file: string, uses: Uses, self?: 'types' | 'enums' | 'ids' | 'errors'): ImportSpec[] {
  const out: ImportSpec[] = [];
  const add = (set: Set<string>, module: string, key: string): void => {
    if (set.size && self !== key) out.push({ from: moduleSpecifier(file, module), named: sorted(set), typeOnly: true });
  };
  add(uses.runtime, 'src/runtime/types', 'runtime');
  add(uses.ids, 'src/ids', 'ids');
  add(uses.enums, 'src/enums', 'enums');
  add(uses.types, 'src/types', 'types');
  add(uses.errors, 'src/errors', 'errors');
  return out;
}

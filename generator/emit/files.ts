// What emitters hand to the render stage: a template name and its view model per output file,
// plus (for TypeScript) the imports the file needs, which ts-morph adds as structures.
import { posix } from 'node:path';
import type { Uses } from './tstype.js';

export interface ImportSpec {
  /** Module specifier relative to the importing file, with `.js` suffix. */
  from: string;
  named: string[];
  typeOnly: boolean;
}

export interface TemplateFile {
  /** Path inside the package, e.g. `src/types.ts`. */
  path: string;
  template: string;
  view: object;
  /** TypeScript only: imports to add. */
  imports?: ImportSpec[];
}

export interface VerbatimFile {
  path: string;
  text: string;
}

export type EmittedFile = TemplateFile | VerbatimFile;

export const isTemplate = (f: EmittedFile): f is TemplateFile => 'template' in f;

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

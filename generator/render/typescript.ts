// Assembly with ts-morph: it prints each file's import and export declarations from structures
// (one scratch file per output file, built in one call; the rendered body is never re-parsed) and
// puts banner, imports, body and exports together.
//
// ts-morph is CommonJS: it is loaded with require, which spares Node the scan an ESM import of
// its 1 MB entry (and the compiler behind it) would cost; it is loaded on first use only.
import { createRequire } from 'node:module';
import type { Project, StatementStructures } from 'ts-morph';
import type { ImportSpec } from '../emit/files.js';
import type { ExportSpec } from '../emit/index.js';

export interface TsSource {
  path: string;
  text: string;
  imports?: ImportSpec[];
  exports?: ExportSpec[];
}

type TsMorph = typeof import('ts-morph');
let tsMorph: TsMorph | undefined;
let project: Project | undefined;

/** Loads ts-morph (idempotent; the worker calls it ahead of the first request). */
export function loadTsMorph(): TsMorph {
  return (tsMorph ??= createRequire(import.meta.url)('ts-morph') as TsMorph);
}

/** Prints statement structures to text with ts-morph. */
function print(path: string, statements: StatementStructures[]): string {
  const { Project, QuoteKind } = loadTsMorph();
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  return project.createSourceFile(path, { statements }, { overwrite: true }).getFullText();
}

/** Adds imports and exports to every file and returns the full texts (banner first). */
export function assemble(files: TsSource[], banner: string): { path: string; text: string }[] {
  const { StructureKind } = loadTsMorph();
  return files.map((f) => {
    const imports: StatementStructures[] = (f.imports ?? []).map((i) => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: i.from,
      namedImports: i.named,
      isTypeOnly: i.typeOnly,
    }));
    const exports: StatementStructures[] = (f.exports ?? []).map((e) => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: e.from,
      ...(e.named ? { namedExports: e.named } : {}),
      isTypeOnly: e.typeOnly ?? false,
    }));
    const head = imports.length ? print(`/head/${f.path}`, imports) : '';
    const tail = exports.length ? print(`/tail/${f.path}`, exports) : '';
    const parts = [banner.trimEnd(), head.trim(), f.text.trim(), tail.trim()].filter(Boolean);
    return { path: f.path, text: `${parts.join('\n\n')}\n` };
  });
}

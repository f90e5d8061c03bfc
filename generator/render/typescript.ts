// TypeScript with ts-morph and TypeScript's own emitter:
// - assemble: ts-morph prints each file's import and export declarations from structures (one
//   scratch file per output file, built in one call; the rendered body is never re-parsed) and
//   puts banner, imports, body and exports together;
// - declarations: TypeScript's isolated-declaration emitter, file by file (the generated code is
//   written so that no whole-program check is needed; tests and CI run tsc over the package).
import { Project, QuoteKind, StructureKind, ts, type StatementStructures } from 'ts-morph';
import type { Diagnostic } from '../diagnostics.js';
import type { ImportSpec } from '../emit/files.js';
import type { ExportSpec } from '../emit/index.js';
import { codeProblem } from './javascript.js';

export interface TsSource {
  path: string;
  text: string;
  imports?: ImportSpec[];
  exports?: ExportSpec[];
}

const DECLARATIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  removeComments: false,
};

let project: Project | undefined;

/** Prints statement structures to text with ts-morph. */
function print(path: string, statements: StatementStructures[]): string {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  return project.createSourceFile(path, { statements }, { overwrite: true }).getFullText();
}

/** Adds imports and exports to every file and returns the full texts (banner first). */
export function assemble(files: TsSource[], banner: string): { path: string; text: string }[] {
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

export interface Declarations {
  dts: string;
  diagnostics: Diagnostic[];
}

/** The .d.ts of one module with runtime code, with any error the emitter reports. */
export function declarations(path: string, text: string): Declarations {
  const out = ts.transpileDeclaration(text, { fileName: path, compilerOptions: DECLARATIONS, reportDiagnostics: true });
  const diagnostics = (out.diagnostics ?? []).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return codeProblem(path, ts.flattenDiagnosticMessageText(d.messageText, ' '), (pos?.line ?? 0) + 1, (pos?.character ?? 0) + 1);
  });
  return { dts: out.outputText, diagnostics };
}

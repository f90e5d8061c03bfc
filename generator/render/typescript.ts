// TypeScript assembly with ts-morph: each rendered file gets its import and export declarations
// added as structures (one batched insert per file), then is checked for syntax and emitted as
// .js and .d.ts file by file (no whole-program type check here; tests and CI run tsc).
import { Project, ts, type ExportDeclarationStructure, type ImportDeclarationStructure, type OptionalKind } from 'ts-morph';
import type { ImportSpec } from '../emit/files.js';
import type { ExportSpec } from '../emit/index.js';
import type { Diagnostic } from '../diagnostics.js';

export interface TsSource {
  path: string;
  text: string;
  imports?: ImportSpec[];
  exports?: ExportSpec[];
}

const COMPILER: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  declaration: true,
  isolatedDeclarations: true,
  useDefineForClassFields: true,
  removeComments: false,
};

const JS_ONLY: ts.CompilerOptions = { ...COMPILER, declaration: false, isolatedDeclarations: false };

/** Adds imports/exports to every file and returns the full texts (banner first). */
export function assemble(files: TsSource[], banner: string): { path: string; text: string }[] {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: COMPILER });
  return files.map((f) => {
    const sf = project.createSourceFile(`/${f.path}`, f.text, { overwrite: true });
    const imports: OptionalKind<ImportDeclarationStructure>[] = (f.imports ?? []).map((i) => ({
      moduleSpecifier: i.from,
      namedImports: i.named,
      isTypeOnly: i.typeOnly,
    }));
    if (imports.length) sf.insertImportDeclarations(0, imports);
    const exports: OptionalKind<ExportDeclarationStructure>[] = (f.exports ?? []).map((e) => ({
      moduleSpecifier: e.from,
      ...(e.named ? { namedExports: e.named } : {}),
      isTypeOnly: e.typeOnly ?? false,
    }));
    if (exports.length) sf.addExportDeclarations(exports);
    return { path: f.path, text: `${banner.trimEnd()}\n${sf.getFullText().startsWith('\n') ? '' : '\n'}${sf.getFullText()}` };
  });
}

export interface Transpiled {
  js: string;
  dts: string;
  diagnostics: Diagnostic[];
}

function toDiagnostics(path: string, list: readonly ts.Diagnostic[] | undefined): Diagnostic[] {
  return (list ?? []).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return {
      severity: 'error',
      rule: 'generated-code',
      message: `generated code does not compile: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      loc: { file: path, line: (pos?.line ?? 0) + 1, col: (pos?.character ?? 0) + 1 },
      fix: 'a template or the spec produced invalid TypeScript; check overridden templates',
    };
  });
}

/** One file to JavaScript and declarations, with its syntax (and isolated-declaration) errors. */
export function transpile(path: string, text: string): Transpiled {
  const js = ts.transpileModule(text, { fileName: path, compilerOptions: JS_ONLY, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(text, { fileName: path, compilerOptions: COMPILER, reportDiagnostics: true });
  return {
    js: js.outputText,
    dts: dts.outputText,
    diagnostics: [...toDiagnostics(path, js.diagnostics), ...toDiagnostics(path, dts.diagnostics)],
  };
}

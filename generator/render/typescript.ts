// Assembly with ts-morph: it prints the import and export declarations of every file from
// structures (all files' imports in one scratch file, all exports in another, each built in one
// call; the rendered bodies are never parsed) and puts banner, imports, body and exports together.
//
// ts-morph is CommonJS: it is loaded with require, which spares Node the scan an ESM import of
// its 1 MB entry (and the compiler behind it) would cost; it is loaded on first use only.
import { createRequire } from 'node:module';
import type { Project, StatementStructures } from 'ts-morph';
import type { ExportSpec, ImportSpec } from '../emit/files.js';

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

/**
 * Prints groups of statement structures with ts-morph: every group in one scratch file (built in
 * one call: a file per group costs a parse and ts-morph's bookkeeping each), then each group's
 * text cut out from its first statement to its last.
 */
function printGroups(path: string, groups: StatementStructures[][]): string[] {
  const { Project, QuoteKind } = loadTsMorph();
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile(path, { statements: groups.flat() }, { overwrite: true });
  const text = file.getFullText();
  const nodes = file.compilerNode.statements;
  const out: string[] = [];
  let next = 0;
  for (const g of groups) {
    if (!g.length) {
      out.push('');
      continue;
    }
    const first = nodes[next]!;
    const last = nodes[next + g.length - 1]!;
    out.push(text.slice(first.getStart(file.compilerNode), last.end));
    next += g.length;
  }
  if (next !== nodes.length) throw new Error(`assemble: printed ${nodes.length} statements for ${next} structures`);
  return out;
}

/** Adds imports and exports to every file and returns the full texts (banner first). */
export function assemble(files: TsSource[], banner: string): { path: string; text: string }[] {
  const { StructureKind } = loadTsMorph();
  const heads = printGroups(
    '/heads.ts',
    files.map((f) =>
      (f.imports ?? []).map((i) => ({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: i.from,
        namedImports: i.named,
        isTypeOnly: i.typeOnly,
      })),
    ),
  );
  const tails = printGroups(
    '/tails.ts',
    files.map((f) =>
      (f.exports ?? []).map((e) => ({
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: e.from,
        ...(e.named ? { namedExports: e.named } : {}),
        isTypeOnly: e.typeOnly ?? false,
      })),
    ),
  );
  return files.map((f, i) => {
    const parts = [banner.trimEnd(), heads[i]!.trim(), f.text.trim(), tails[i]!.trim()].filter(Boolean);
    return { path: f.path, text: `${parts.join('\n\n')}\n` };
  });
}

// Stage 1: read a spec directory into the spec model, with a source place on every node.
// YAML syntax and shape problems of every file are reported together; nodes.ts builds the model
// of each document.
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import { DiagnosticError, Reporter, type Diagnostic } from '../diagnostics.js';
import { API_FILE, readSpecText, scanSpecDir } from './read.js';
import { checkShape } from './schema-check.js';
import { checkTree } from './yaml-check.js';
import { get, LineCounter, SourceFile } from './yaml-ast.js';
import type { Spec, SpecApi, SpecUnit } from './model.js';
import { NodeBuilder } from './nodes.js';

export { API_FILE };

/** Lists the spec's YAML files, sorted; throws a DiagnosticError when an entry cannot be read. */
export function listSpecFiles(dir: string): string[] {
  const scan = scanSpecDir(dir);
  if (scan.diagnostics.some((d) => d.severity === 'error')) throw new DiagnosticError(scan.diagnostics);
  return scan.files;
}

/** Parses one file's text; returns the file and any syntax or shape diagnostics. */
export function parseSpecFile(
  path: string,
  text: string,
): { file?: SourceFile; data?: unknown; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  // Duplicate keys are found by checkTree, in one pass (yaml's own check compares every pair).
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const file = new SourceFile(path, doc, lines);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const deep = e.code === 'RESOURCE_EXHAUSTION';
    diagnostics.push({
      severity: 'error',
      rule: 'yaml-syntax',
      message: deep ? 'YAML: the values are nested too deeply to read' : `YAML: ${e.message.split('\n')[0]}`,
      ...(deep ? { fix: 'spec files need a few levels of nesting; remove the excess brackets or indentation' } : {}),
      loc: file.loc(e.pos[0]),
    });
  }
  if (diagnostics.length) return { diagnostics };
  const tree = checkTree(file);
  if (tree.length) return { diagnostics: tree };
  // Aliases are resolved and their expansion bounded by checkTree: no alias limit of yaml's own.
  const data = doc.toJS({ maxAliasCount: -1 });
  const shape = checkShape(file, data);
  return shape.length ? { diagnostics: shape } : { file, data, diagnostics: [] };
}

/** Loads and shape-checks a whole spec directory. Throws a DiagnosticError listing every problem. */
export function loadSpec(dir: string, display: (p: string) => string = (p) => relative(process.cwd(), p) || p): Spec {
  const reporter = new Reporter();
  const scan = scanSpecDir(dir, display);
  reporter.list.push(...scan.diagnostics);
  let api: SpecApi | undefined;
  const units: SpecUnit[] = [];
  for (const full of scan.files) {
    const shown = display(full);
    const read = readSpecText(full, shown);
    reporter.list.push(...read.diagnostics);
    if (read.text === undefined) continue;
    const parsed = parseSpecFile(shown, read.text);
    reporter.list.push(...parsed.diagnostics);
    if (!parsed.file) continue;
    const b = new NodeBuilder(parsed.file);
    const root = parsed.file.doc.contents;
    if (get(root, 'apiVersion') !== undefined) {
      if (api)
        reporter.error(
          'duplicate-api',
          `a second api file; the first is ${api.loc.file}`,
          parsed.file.locAt([]),
          'keep one api.yaml per spec directory',
        );
      else api = b.api(root);
    } else units.push(b.unit(root));
  }
  if (!api && !reporter.hasErrors) {
    reporter.error(
      'missing-api',
      `no ${API_FILE} in ${display(dir)}`,
      undefined,
      `add ${API_FILE} with apiVersion, root and package`,
    );
  }
  reporter.throwIfErrors();
  return { dir, api: api!, units };
}

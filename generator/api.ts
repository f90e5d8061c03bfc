// vcgen's programmatic API: `import { generate, importSpec, diff } from 'vcgen'`. The commands in
// commands/ are thin layers over these functions (arguments and config in, text and exit codes
// out). Bad input is returned as diagnostics (`ok: false`), never thrown; a thrown error is a bug.
// Each function loads its stages when called, so that importing the package (a config file
// importing defineConfig) stays cheap.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type {
  DiffOptions,
  DiffReport,
  DiffResult,
  GenerateOptions,
  GenerateResult,
  ImportSpecOptions,
  ImportSpecResult,
} from './api-types.js';
import { DiagnosticError, sortDiagnostics, type Diagnostic } from './diagnostics.js';

export type * from './api-types.js';
export { defineConfig, loadConfig, type ConfigResult, type VcgenConfig } from './config.js';
export { formatDiagnostic } from './diagnostics.js';
export { GENERATOR_VERSION as version } from './paths.js';

/** Defaults of `vcgen generate` (relative to the working directory). */
export const DEFAULT_SPEC = 'spec/7.0.3';
export const DEFAULT_OUT = 'generated/vcenter-vm';

const shownFrom =
  (cwd: string) =>
  (p: string): string =>
    relative(cwd, p) || '.';

/**
 * Generates the typed client package from a spec directory: into the output directory (swapped in
 * whole, or not at all), in memory (`write: false`), or compared with it (`check: true`).
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const show = shownFrom(cwd);
  const specDir = resolve(cwd, options.spec ?? DEFAULT_SPEC);
  const outDir = resolve(cwd, options.out ?? DEFAULT_OUT);
  const check = options.check ?? false;
  const write = !check && options.write !== false;
  const [{ runPipeline }, atomic, cacheMod, { projectRoot }, { previousOutput }, { compareTree, hasDrift }] =
    await Promise.all([
      import('./pipeline.js'),
      import('./write/atomic.js'),
      import('./render/cache.js'),
      import('./paths.js'),
      import('./diff/changes.js'),
      import('./write/check.js'),
    ]);
  const result = (r: Partial<GenerateResult>): GenerateResult => ({
    ok: false,
    diagnostics: [],
    outDir,
    files: new Map(),
    written: false,
    timings: [],
    cleaned: { removed: [] },
    ...r,
    ms: performance.now() - started,
  });
  const outputProblem = (message: string, fix?: string): GenerateResult =>
    result({
      diagnostics: [{ severity: 'error', rule: 'output-dir', message, ...(fix ? { fix } : {}), file: show(outDir) }],
    });
  const blocked = write ? atomic.fileInTheWay(outDir) : undefined;
  if (blocked !== undefined) {
    const what = blocked === outDir ? 'it is a file' : `${show(blocked)} is a file, not a directory`;
    return outputProblem(`cannot write the package here: ${what}`, 'choose another --out');
  }
  if (write && !atomic.isReplaceable(outDir)) {
    return outputProblem(
      'exists and is not a generated package (no manifest.json); refusing to replace it',
      'choose another --out, or empty the directory',
    );
  }
  // Files are written to a temporary directory as they are made; it replaces the output directory
  // only when everything is there (and is removed on any failure).
  const tree = write ? atomic.openTree(outDir) : undefined;
  const cleaned = tree?.debris ?? { removed: [] };
  let committed = false;
  try {
    const cacheDir =
      options.cache === false || process.env.VCGEN_CACHE === '0'
        ? undefined
        : typeof options.cache === 'string'
          ? resolve(cwd, options.cache)
          : cacheMod.defaultCacheDir(cwd);
    let run;
    try {
      run = await runPipeline({
        specDir,
        templatesDir: options.templates === undefined ? undefined : resolve(cwd, options.templates),
        display: show,
        parallel: true,
        cache: cacheDir ? cacheMod.openCache(cacheDir, cacheMod.generatorFingerprint(projectRoot)) : undefined,
        openapiTypes: options.openapiTypes ?? true,
        sink: tree?.write,
        // CHANGES.md (the pipeline's `changes` step): what changed for clients since the package
        // in the output directory was generated.
        previous: previousOutput(outDir),
      });
    } catch (e) {
      if (e instanceof DiagnosticError) return result({ diagnostics: e.diagnostics, cleaned });
      if (isFsError(e)) return result({ diagnostics: [fsProblem(e, show)], cleaned });
      throw e;
    }
    const { ir, files, timings } = run;
    const diagnostics: Diagnostic[] = [...run.warnings];
    let stale;
    if (check) {
      stale = timings.time('check', () => compareTree(outDir, files, run.executables));
    } else if (tree) {
      try {
        timings.time('write', () => {
          for (const rel of run.executables) tree.executable(rel);
          tree.commit();
        });
      } catch (e) {
        if (isFsError(e)) return result({ diagnostics: [fsProblem(e, show)], cleaned });
        throw e;
      }
      committed = true;
    }
    return result({
      ok: !(stale && hasDrift(stale)),
      diagnostics: sortDiagnostics(diagnostics),
      files,
      written: committed,
      ...(stale ? { stale } : {}),
      counts: {
        services: ir.services.length,
        operations: ir.services.reduce((n, s) => n + s.operations.length, 0),
        structures: ir.structures.length,
        enums: ir.enums.length,
        files: files.size,
      },
      timings: timings.stages.map((s) => ({ stage: s.name, ms: s.ms })),
      ...(run.cacheHits !== undefined ? { cache: { hits: run.cacheHits, misses: run.cacheMisses! } } : {}),
      cleaned,
    });
  } finally {
    if (tree && !committed) tree.abort();
  }
}

/** Why an input file cannot be read (a FIFO would block forever), or undefined for a regular file. */
function notRegularFile(path: string): string | undefined {
  let s;
  try {
    s = statSync(path);
  } catch {
    return undefined; // missing: the reader says so in its own words
  }
  if (s.isFile()) return undefined;
  const kind = s.isDirectory() ? 'a directory' : s.isFIFO() ? 'a FIFO (named pipe)' : 'not a regular file';
  return `refusing to read it: it is ${kind}`;
}

/** An error of the file system (no space, no permission, a file in the way): bad input, not a bug. */
function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}

/** A file system error as a diagnostic about the path it names (shown relative to the working directory). */
function fsProblem(e: NodeJS.ErrnoException, show: (p: string) => string): Diagnostic {
  const path = typeof e.path === 'string' ? show(e.path) : undefined;
  const what = e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '[^']*'$/, '');
  return {
    severity: 'error',
    rule: 'file-system',
    message: `cannot ${e.syscall ?? 'use'} it: ${what} (${e.code})`,
    ...(path !== undefined ? { file: path } : {}),
  };
}

/** Turns VMware's Swagger 2.0 / OpenAPI 3 file into a spec directory (written whole, or not at all). */
export async function importSpec(options: ImportSpecOptions): Promise<ImportSpecResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const at = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(cwd, p));
  const notFile = notRegularFile(at(options.file)!);
  if (notFile) {
    const d: Diagnostic = { severity: 'error', rule: 'input', message: notFile, file: options.file };
    return { ok: false, diagnostics: [d], notes: [], files: new Map(), written: false, ms: 0 };
  }
  const { runImport } = await import('./import/run.js');
  const r = runImport({
    file: at(options.file)!,
    out: at(options.out)!,
    only: options.only,
    services: options.services,
    overlays: options.overlays === false ? null : at(options.overlays),
    compare: options.compare === false ? null : at(options.compare),
    factsFrom: at(options.factsFrom),
    apiVersion: options.apiVersion,
    strict: options.strict,
    write: options.write,
  });
  return {
    ok: r.ok,
    diagnostics: sortDiagnostics(r.diagnostics),
    notes: r.notes,
    files: r.files,
    written: r.wrote,
    ...(r.counts ? { counts: r.counts } : {}),
    ...(r.overlays ? { overlays: r.overlays } : {}),
    ms: r.ms,
  };
}

const GATES = {
  breaking: ['breaking'],
  deprecation: ['breaking', 'deprecation'],
  any: ['breaking', 'deprecation', 'non-breaking'],
} as const;

/**
 * Compares two versions of the API as clients of the generated package see them: each side a spec
 * directory, a generated package or its manifest.json.
 */
export async function diff(options: DiffOptions): Promise<DiffResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const gate = options.failOn;
  if (gate !== undefined && !Object.hasOwn(GATES, gate)) {
    const message = `failOn must be breaking, deprecation or any, not '${String(gate)}'`;
    return { ok: false, diagnostics: [{ severity: 'error', rule: 'diff-option', message }], caught: 0 };
  }
  const [{ loadSurface, SurfaceSourceError }, report] = await Promise.all([
    import('./diff/load.js'),
    import('./diff/report.js'),
  ]);
  const diagnostics: Diagnostic[] = [];
  const load = (side: string) => {
    const path = resolve(cwd, side);
    const notFile = existsSync(path) && !statSync(path).isDirectory() ? notRegularFile(path) : undefined;
    if (notFile) {
      diagnostics.push({ severity: 'error', rule: 'diff-input', message: notFile, file: side });
      return undefined;
    }
    try {
      return loadSurface(resolve(cwd, side));
    } catch (e) {
      if (e instanceof DiagnosticError) diagnostics.push(...e.diagnostics);
      else if (e instanceof SurfaceSourceError)
        diagnostics.push({
          severity: 'error',
          rule: 'diff-input',
          message: e.message.split(resolve(cwd, side)).join(side),
        });
      else throw e;
      return undefined;
    }
  };
  const before = load(options.old);
  const after = load(options.new);
  if (!before || !after) return { ok: false, diagnostics: sortDiagnostics(diagnostics), caught: 0 };
  const internal = report.diffReport(before, after);
  const r: DiffReport = internal;
  const classes: readonly string[] = gate ? GATES[gate] : [];
  const caught = r.changes.filter((c) => classes.includes(c.class)).length;
  return {
    ok: caught === 0,
    diagnostics: [],
    report: r,
    markdown: report.reportMarkdown(internal),
    json: report.reportJson(internal),
    summary: report.summaryLine(internal),
    caught,
  };
}

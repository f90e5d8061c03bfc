// `vcgen import` as a function: read the file, convert, apply overlays, render, write.
// Every stage reports diagnostics; nothing here prints.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { compareWireNames, loadCompare } from './compare/wire-names.js';
import { adoptFacts } from './compare/facts-from.js';
import { ImportLog, type Draft } from './shared/draft.js';
import { isSpecDirReplaceable, renderSpec, writeSpecDir } from './write/layout.js';
import { normalizeVersion } from './shared/names.js';
import { inferPathIds } from './schema/operations.js';
import { readOpenApi3 } from './openapi3/read.js';
import { applyOverlays, type OverlayStats } from './overlays/apply.js';
import { loadOverlays } from './overlays/load.js';
import { readSource, SourceError } from './read/source.js';
import { readSwagger2 } from './swagger2/read.js';
import { checkUnions } from './schema/unions.js';
import { buildUnits } from './units/build.js';
import type { ApiDoc, UnitDoc } from './shared/unit-doc.js';

export interface ImportOptions {
  file: string;
  /** Spec directory to write (replaced as a whole). */
  out: string;
  /** Import only the services below this package; it becomes api.yaml's root. */
  only?: string;
  /** Overlay directory; undefined: `<out>/../overlays` when it exists; null: none. */
  overlays?: string | null;
  strict?: boolean;
  /** Spec directory to compare wire names with; undefined: `out` when it holds a spec. */
  compare?: string | null;
  /** Spec of another version to take prose-only facts from where the file is silent (compare/facts-from.ts). */
  factsFrom?: string;
  apiVersion?: string;
  /** false: convert and check only (tests, dry runs). */
  write?: boolean;
}

export interface ImportCounts {
  services: number;
  operations: number;
  structures: number;
  enums: number;
  errorTypes: number;
  /** Operation error entries read from the file / after overlays. */
  opErrorsFromFile: number;
  opErrorsTotal: number;
  files: number;
}

export interface ImportResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  api?: ApiDoc;
  units: UnitDoc[];
  files: Map<string, string>;
  counts?: ImportCounts;
  overlays?: OverlayStats;
  notes: string[];
  wrote: boolean;
  ms: number;
}

export function runImport(opts: ImportOptions): ImportResult {
  const t0 = performance.now();
  const log = new ImportLog();
  const done = (r: Partial<ImportResult>): ImportResult => ({
    ok: false,
    units: [],
    files: new Map(),
    notes: [],
    wrote: false,
    ...r,
    diagnostics: log.list,
    ms: performance.now() - t0,
  });
  let source;
  try {
    source = readSource(opts.file);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    log.error('input', e.message);
    return done({});
  }
  const out = resolve(opts.out);
  const compareDir =
    opts.compare === null ? undefined : (opts.compare ?? (existsSync(join(out, 'api.yaml')) ? out : undefined));
  const cmp = compareDir ? loadCompare(compareDir, log) : undefined;
  const draft: Draft =
    source.format === 'swagger2'
      ? readSwagger2(source.doc, log, opts.only)
      : readOpenApi3(source.doc, log, opts.only, cmp);
  if (draft.operations.length === 0) {
    log.error(
      'no-operations',
      opts.only ? `no operations below ${opts.only} in ${opts.file}` : `no operations in ${opts.file}`,
      undefined,
      "check --only against the file's tags or operationIds",
    );
    return done({ notes: draft.notes });
  }
  checkUnions(draft, log);
  inferPathIds(draft.operations, log);
  const units = buildUnits(draft);
  const opErrorsFromFile = countOpErrors(units);
  const notes = [...draft.notes];
  if (opts.factsFrom) {
    const f = adoptFacts(units, opts.factsFrom, log);
    if (f)
      notes.push(
        `from ${opts.factsFrom}, where the file is silent: ${f.ids} id resource types, ${f.unions} tagged unions (${f.caseFields} case fields required in their case), ${f.results} results that may be unset`,
      );
  }
  const api = apiDoc(opts, out, draft, log);
  if (!api) return done({ units, notes });
  const overlayDir = opts.overlays === null ? undefined : (opts.overlays ?? defaultOverlays(out));
  let stats: OverlayStats | undefined;
  if (overlayDir) {
    const overlays = loadOverlays(overlayDir, log);
    stats = applyOverlays(overlays, units, log, api.apiVersion);
  }
  if (cmp) compareWireNames(units, draft, cmp, compareDir!, log);
  if (opts.strict) for (const d of log.list) if (d.severity === 'warning') d.severity = 'error';
  const files = renderSpec(out, api, units);
  const counts: ImportCounts = {
    services: units.filter((u) => u.service !== undefined).length,
    operations: draft.operations.length,
    structures: units.reduce((n, u) => n + Object.keys(u.structures ?? {}).length, 0),
    enums: units.reduce((n, u) => n + Object.keys(u.enums ?? {}).length, 0),
    errorTypes: units.reduce((n, u) => n + Object.keys(u.errors ?? {}).length, 0),
    opErrorsFromFile,
    opErrorsTotal: countOpErrors(units),
    files: files.size,
  };
  const ok = !log.list.some((d) => d.severity === 'error');
  let wrote = false;
  if (ok && opts.write !== false) {
    if (!isSpecDirReplaceable(out)) {
      log.error(
        'output',
        `${opts.out} exists and is not a spec directory (no api.yaml); refusing to replace it`,
        undefined,
        'pass an empty or new directory to --out',
      );
      return done({ api, units, files, counts, overlays: stats, notes: [...notes, ...log.notes] });
    }
    writeSpecDir(out, files);
    wrote = true;
  }
  return {
    ok: !log.list.some((d) => d.severity === 'error'),
    diagnostics: log.list,
    api,
    units,
    files,
    counts,
    overlays: stats,
    notes: [...notes, ...log.notes],
    wrote,
    ms: performance.now() - t0,
  };
}

function countOpErrors(units: UnitDoc[]): number {
  return units.reduce(
    (n, u) => n + Object.values(u.operations ?? {}).reduce((m, o) => m + (o.errors?.length ?? 0), 0),
    0,
  );
}

function defaultOverlays(out: string): string | undefined {
  const dir = join(dirname(out), 'overlays');
  return existsSync(dir) ? dir : undefined;
}

/** api.yaml: kept from an existing spec directory (title, package), version from options, dir name or file. */
function apiDoc(opts: ImportOptions, out: string, draft: Draft, log: ImportLog): ApiDoc | undefined {
  const version =
    opts.apiVersion ??
    (/^[0-9]+(\.[0-9]+){1,3}$/.test(basename(out)) ? basename(out) : undefined) ??
    draft.apiVersion ??
    basename(opts.file).match(/[0-9]+\.[0-9]+\.[0-9]+(\.[0-9]+)?/)?.[0];
  if (!version) {
    log.error(
      'api-version',
      'cannot tell the API version of the file',
      undefined,
      'pass --api-version <version> or name the output directory after it (spec/7.0.3)',
    );
    return undefined;
  }
  const services = [...new Set(draft.operations.map((o) => o.service))];
  const root = opts.only ?? commonPackage(services);
  const api: ApiDoc = {
    apiVersion: normalizeVersion(version),
    root,
    package: { name: `@vcgen/${root.split('.').slice(-2).join('-').toLowerCase()}`, version: '0.1.0' },
  };
  const existing = join(out, 'api.yaml');
  if (existsSync(existing)) {
    try {
      const old = parse(readFileSync(existing, 'utf8')) as Partial<ApiDoc>;
      if (old.title) api.title = old.title;
      if (old.package?.name && old.package.version) api.package = { ...old.package };
    } catch {
      log.warn('api-file', `cannot read the existing ${existing}; writing a new one`, '');
    }
  }
  return api;
}

function commonPackage(services: string[]): string {
  const split = services.map((s) => s.split('.'));
  const first = split[0] ?? [];
  let n = first.length - 1;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length - 1 && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, Math.max(n, 1)).join('.');
}

// `vcgen import` as a function: read the file, convert, apply overlays, render, write.
// Every stage reports diagnostics; nothing here prints.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { correctWireNames, loadCompare } from './compare/wire-names.js';
import { adoptFacts } from './compare/facts-from.js';
import { ImportLog, type Draft } from './shared/draft.js';
import { isSpecDirReplaceable, renderSpec, writeSpecDir } from './write/layout.js';
import { inScope, type ImportScope } from './shared/names.js';
import { inferPathIds } from './schema/operations.js';
import { readOpenApi3 } from './openapi3/read.js';
import { applyFacts, pickFacts, type FactsStats } from './facts/apply.js';
import { optionalNewFields } from './facts/new-fields.js';
import { applyOverlays, type OverlayStats } from './overlays/apply.js';
import { loadOverlays } from './overlays/load.js';
import { readSource, SourceError } from './read/source.js';
import { readSwagger2 } from './swagger2/read.js';
import { checkUnions } from './schema/unions.js';
import { apiDoc } from './units/api.js';
import { buildUnits } from './units/build.js';
import type { ApiDoc, UnitDoc } from './shared/unit-doc.js';
import { defaultOverlays, previousSpec, shown, versionOf } from './inputs.js';

export interface ImportOptions {
  file: string;
  /** Spec directory to write (replaced as a whole). */
  out: string;
  /** Import only the services below this package; it becomes api.yaml's root. */
  only?: string;
  /** Import these services too (`--service`, repeatable): services outside the root, by id. */
  services?: readonly string[];
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
  /** What the bindings facts changed (facts/apply.ts). */
  facts?: FactsStats;
  /** Wire names kept in their canonical spelling where the file differs in case (facts, compared spec). */
  wireNames: string[];
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
    wireNames: [],
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
  const scope: ImportScope = {
    ...(opts.only !== undefined ? { below: opts.only } : {}),
    services: opts.services ?? [],
  };
  const version = versionOf(opts, out, source.format === 'swagger2' ? undefined : source.doc);
  const overlayDir = opts.overlays === null ? undefined : (opts.overlays ?? defaultOverlays(out, opts.only, log));
  // The previous version's spec: beside the output, else beside the overlays applied (vcgen's own).
  const previous =
    previousSpec(dirname(out), out, version) ??
    (overlayDir ? previousSpec(dirname(resolve(overlayDir)), out, version) : undefined);
  // The spec to keep wire names and body names from: the one being replaced, else the previous version's.
  const compareDir =
    opts.compare === null ? undefined : (opts.compare ?? (existsSync(join(out, 'api.yaml')) ? out : previous));
  const cmp = compareDir ? loadCompare(compareDir, log) : undefined;
  const before = previous && previous !== compareDir ? loadCompare(previous, log) : previous ? cmp : undefined;
  const draft: Draft =
    source.format === 'swagger2' ? readSwagger2(source.doc, log, scope) : readOpenApi3(source.doc, log, scope, cmp);
  if (draft.operations.length === 0) {
    log.error(
      'no-operations',
      opts.only || opts.services?.length
        ? `no operations below ${[opts.only, ...(opts.services ?? [])].filter(Boolean).join(' or in ')} in ${opts.file}`
        : `no operations in ${opts.file}`,
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
        `from ${opts.factsFrom}, where the file is silent: ${f.ids} id resource types, ${f.unions} tagged unions (${f.caseFields} case fields required in their case), ${f.results} results that may be unset, ${f.privileges} operations' privileges`,
      );
  }
  const api = apiDoc(opts, out, draft, log, compareDir);
  if (!api) return done({ units, notes });
  let stats: OverlayStats | undefined;
  let facts: FactsStats | undefined;
  const overlays = overlayDir ? loadOverlays(overlayDir, log) : [];
  if (overlayDir) {
    // The bindings' facts first: the curation overlays then name things as the API does.
    const file = pickFacts(
      overlays.filter((o) => o.facts),
      api.apiVersion,
    );
    if (file) {
      // Without --only or --service: the services below the root the import decided on.
      const factScope =
        scope.below !== undefined || scope.services?.length ? scope : { below: api.root, services: [api.root] };
      facts = applyFacts(file, units, factScope, log, api.apiVersion);
      notes.push(factsNote(facts));
    }
  }
  optionalNewFields(units, facts?.covered ?? new Set(), before?.fields, log);
  if (facts) settleBodyNames(draft, facts.named, log);
  // Canonical wire names the facts did not settle, from the spec compared with; before the curation.
  const corrected = cmp ? correctWireNames(units, draft, cmp, shown(compareDir!), log) : [];
  if (overlayDir) {
    stats = applyOverlays(
      overlays.filter((o) => !o.facts),
      units,
      log,
      api.apiVersion,
      (service) => inScope(service, scope),
    );
  }
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
    ...(facts ? { facts } : {}),
    wireNames: [...(facts?.renamed ?? []), ...corrected],
    notes: [...notes, ...log.notes],
    wrote,
    ms: performance.now() - t0,
  };
}

/** A body or structure parameter the file leaves unnamed is no longer a guess where the bindings name the parameters. */
function settleBodyNames(draft: Draft, named: ReadonlySet<string>, log: ImportLog): void {
  const settled = draft.operations.filter((o) => named.has(`${o.service}.${o.name}`)).map((o) => `${o.pointer}/`);
  for (let i = log.list.length - 1; i >= 0; i--) {
    const d = log.list[i]!;
    if ((d.rule === 'body-name' || d.rule === 'param-name') && settled.some((p) => d.pointer?.startsWith(p)))
      log.list.splice(i, 1);
  }
}

function factsNote(f: FactsStats): string {
  const parts = [
    `${f.unions} tagged unions (${f.caseFields} case fields)`,
    `${f.types} types with resource types or exception`,
    `${f.optional} optionality changes`,
    `${f.params} parameters named, ${f.reordered} operations in declared parameter order`,
    `${f.errors} op errors added`,
    `${f.tasks} task operations`,
    `${f.values} enum values added`,
    ...(f.renamed.length ? [`${f.renamed.length} wire names corrected (${f.renamed.join(', ')})`] : []),
    ...(f.absent ? [`${f.absent} not in this version`] : []),
  ];
  return `bindings facts (${f.bindings}, ${f.file}): ${parts.join('; ')}`;
}

function countOpErrors(units: UnitDoc[]): number {
  return units.reduce(
    (n, u) => n + Object.values(u.operations ?? {}).reduce((m, o) => m + (o.errors?.length ?? 0), 0),
    0,
  );
}

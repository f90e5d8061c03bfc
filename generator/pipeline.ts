// The whole generation as one function from a spec directory to the package's files in memory:
// load → validate (spec/) → IR (ir/) → emit (emit/) → render (render/: handlebars, ts-morph,
// prettier, oxc, openapi-typescript) → CHANGES.md (diff/changes.ts, when the previous output is
// given). Writing is the caller's business (write/).
import type { Diagnostic } from './diagnostics.js';
import { CHANGES_FILE, changesMarkdown, type PreviousOutput } from './diff/changes.js';
import { backwardsVersion, currentGenerator, unbumpedVersion } from './diff/generator-changes.js';
import { emitAll } from './emit/all.js';
import { template } from './emit/files.js';
import { buildIr } from './ir/build.js';
import type { Ir } from './ir/model.js';
import { byCode } from './model/order.js';
import { defaultTemplatesDir, GENERATOR_VERSION } from './paths.js';
import { createRenderer } from './render/handlebars.js';
import { openTools } from './render/parallel.js';
import type { CodeTools } from './render/tools.js';
import { noCache, type Cache } from './render/cache.js';
import { cachedTools } from './render/cached-tools.js';
import { renderFiles } from './render/render.js';
import { loadSpec } from './spec/load.js';
import { checkSpec } from './spec/validate.js';
import { exportedNames, loadTemplates, runtimeModules } from './templates/load.js';
import { Timings } from './timing.js';

/** The header of every TypeScript file of the package. */
const BANNER = template<{ generatorVersion: string; apiVersion: string }>('banner.hbs');

export interface PipelineOptions {
  specDir: string;
  templatesDir?: string;
  /** How file paths appear in diagnostics. */
  display?: (path: string) => string;
  /** Share assembly, formatting and openapi-typescript with worker threads (the CLI does; results are identical). */
  parallel?: boolean;
  /** Reuse earlier outputs of unchanged inputs (the CLI does; results are identical). */
  cache?: Cache;
  /** Ship openapi-typescript's types of openapi.json (default true). */
  openapiTypes?: boolean;
  /**
   * Called with each output file as soon as it is final (the CLI writes it to its temporary
   * directory meanwhile, while the workers format the rest). The result holds every file too.
   */
  sink?: (path: string, text: string) => void;
  /**
   * manifest.json and CHANGES.md of the package being replaced (`previousOutput(dir)`): with them,
   * the package gets its CHANGES.md (what changed for its users since then).
   */
  previous?: PreviousOutput;
}

export interface PipelineResult {
  ir: Ir;
  /** Package-relative path → content. */
  files: Map<string, string>;
  /** The files to write executable (the scripts of the package's commands, `bin/…`), sorted. */
  executables: string[];
  warnings: Diagnostic[];
  timings: Timings;
  /** Cache use, when a cache was given. */
  cacheHits?: number;
  cacheMisses?: number;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const t = new Timings();
  const cache = opts.cache ?? noCache();
  // On a cold cache the worker (if any) loads ts-morph and prettier while this thread reads the
  // spec; on a warm one the tools are opened only if some input changed.
  let opened: Promise<CodeTools> | undefined;
  const open = (): Promise<CodeTools> => (opened ??= openTools({ parallel: opts.parallel ?? false }));
  if (!cache.warm) void open().catch(() => undefined);
  const tools = cachedTools(cache, open);
  try {
    const result = await generate(opts, t, tools);
    t.time('cache', () => cache.flush());
    return opts.cache ? { ...result, cacheHits: cache.hits, cacheMisses: cache.misses } : result;
  } finally {
    await tools.close();
    // Tools opened ahead (cold cache) that no step asked for, e.g. when the spec has errors: a
    // worker left running would keep the process from exiting.
    if (opened) await (await opened.catch(() => undefined))?.close();
  }
}

async function generate(opts: PipelineOptions, t: Timings, tools: CodeTools): Promise<PipelineResult> {
  const spec = t.time('load', () => loadSpec(opts.specDir, opts.display));
  const checked = t.time('validate', () => checkSpec(spec));
  const templates = loadTemplates(defaultTemplatesDir, opts.templatesDir);
  const runtime = runtimeModules(templates);
  const ir = t.time('ir', () => buildIr(checked, exportedNames(runtime)));
  const emitted = t.time('emit', () =>
    emitAll({
      ir,
      generatorVersion: GENERATOR_VERSION,
      openapiTypes: opts.openapiTypes ?? true,
      runtime,
      verbatim: (set) => templates.verbatim(set),
    }),
  );
  const renderer = createRenderer(templates);
  const banner = renderer.render(BANNER, { generatorVersion: GENERATOR_VERSION, apiVersion: ir.apiVersion });
  const sink = opts.sink ?? (() => undefined);
  const files = await renderFiles(emitted, { renderer, tools, banner, timings: t, sink });
  const warnings = [...checked.warnings];
  if (opts.previous) {
    const { manifest, changes } = opts.previous;
    const generator = currentGenerator();
    const text = t.time('changes', () => changesMarkdown(manifest, ir, changes, generator));
    if (text !== undefined) {
      files.set(CHANGES_FILE, text);
      sink(CHANGES_FILE, text);
    }
    const unbumped =
      backwardsVersion(manifest, ir.package.version) ?? unbumpedVersion(manifest, ir.package.version, generator);
    if (unbumped) warnings.push(unbumped);
  }
  const executables = emitted
    .filter((f) => f.kind === 'text' && f.bin !== undefined)
    .map((f) => f.path)
    .sort(byCode);
  return { ir, files: new Map([...files].sort(([a], [b]) => byCode(a, b))), executables, warnings, timings: t };
}

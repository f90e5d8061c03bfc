// The whole generation as one function from a spec directory to the package's files in memory:
// load → validate → IR → emit → render (handlebars) → assemble (ts-morph) → format (prettier)
// → transpile (.js, .d.ts). Writing is the caller's business (write/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError, type Diagnostic } from './diagnostics.js';
import { emitAll } from './emit/all.js';
import { isTemplate, type TemplateFile } from './emit/files.js';
import type { ExportSpec } from './emit/index.js';
import { buildIr } from './ir/build.js';
import type { Ir } from './ir/model.js';
import { defaultTemplatesDir, projectRoot } from './paths.js';
import { createRenderer } from './render/handlebars.js';
import { openTools } from './render/parallel.js';
import type { CodeTools } from './render/tools.js';
import { noCache, type Cache } from './render/cache.js';
import { cachedTools } from './render/cached-tools.js';
import { transpile } from './render/transpile.js';
import { loadSpec } from './spec/load.js';
import { checkSpec } from './spec/validate.js';
import { Timings } from './timing.js';

export const GENERATOR_VERSION: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;

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
}

export interface PipelineResult {
  ir: Ir;
  /** Package-relative path → content. */
  files: Map<string, string>;
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
  }
}

async function generate(opts: PipelineOptions, t: Timings, tools: CodeTools): Promise<PipelineResult> {
  const spec = t.time('load', () => loadSpec(opts.specDir, opts.display));
  const checked = t.time('validate', () => checkSpec(spec));
  const ir = t.time('ir', () => buildIr(checked));
  const renderer = createRenderer(defaultTemplatesDir, opts.templatesDir);
  const openapiTypes = opts.openapiTypes ?? true;
  const emitted = t.time('emit', () => emitAll(ir, GENERATOR_VERSION, renderer.runtimeFiles(), { openapiTypes }));
  const openapiJson = emitted.find((f) => f.path === 'openapi.json') as { text: string };
  const banner = renderer.render('banner.hbs', { generatorVersion: GENERATOR_VERSION, apiVersion: ir.apiVersion });

  const rendered = t.time('render', () =>
    emitted.map((f) =>
      isTemplate(f) ? { ...f, text: renderer.render(f.template, f.view) } : { ...f, imports: undefined },
    ),
  );
  const sources = rendered.filter((f) => f.path.endsWith('.ts'));
  const assembled = await t.timeAsync('assemble', () =>
    tools.assemble(
      sources.map((f) => ({
        path: f.path,
        text: f.text,
        imports: (f as TemplateFile).imports,
        exports: (f as { exports?: ExportSpec[] }).exports,
      })),
      banner,
    ),
  );
  const others = rendered.filter((f) => !f.path.endsWith('.ts'));
  const sink = opts.sink ?? (() => undefined);
  const finished = t.timeAsync('format+emit', () => finish(tools, [...assembled, ...others], banner, sink));
  finished.catch(() => undefined);
  // openapi-typescript runs on this thread once every file has been handed out for formatting:
  // it fills the time this thread would otherwise wait for the worker (so its stage time
  // overlaps format+emit's).
  const openapiDts = openapiTypes
    ? t.timeAsync('openapi-types', () => tools.openapiTypes(openapiJson.text))
    : undefined;
  openapiDts?.catch(() => undefined);
  const files = await finished;
  if (openapiDts) {
    const dts = `${banner.trimEnd()}\n${await openapiDts}`;
    files.set('dist/openapi.d.ts', dts);
    sink('dist/openapi.d.ts', dts);
  }
  return {
    ir,
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    warnings: checked.warnings,
    timings: t,
  };
}

/** Formats every file, then gives each TypeScript file its .js and .d.ts in dist/ (oxc). */
async function finish(
  tools: CodeTools,
  all: { path: string; text: string }[],
  banner: string,
  sink: (path: string, text: string) => void,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const put = (path: string, text: string): void => {
    files.set(path, text);
    sink(path, text);
  };
  const problems: Diagnostic[] = [];
  // Largest first, so that the work splits evenly between the threads.
  const queue = [...all].sort((a, b) => b.text.length - a.text.length || (a.path < b.path ? -1 : 1));
  await Promise.all(
    queue.map(async (f) => {
      const text = await formatted(tools, f);
      put(f.path, text);
      if (!f.path.endsWith('.ts')) return;
      const base = f.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      const out = transpile(f.path, text, banner);
      problems.push(...out.diagnostics);
      if (out.diagnostics.length) return;
      put(`${base}.js`, out.js);
      put(`${base}.d.ts`, out.dts);
    }),
  );
  if (problems.length) throw new DiagnosticError(problems);
  return files;
}

/**
 * Prettier output of one file. Some files are final as emitted: manifest.json and openapi.json
 * (JSON.stringify's), package.json (its template is written as prettier prints it, which a test
 * holds for hostile texts) and the verbatim runtime and fake engine (prettier-formatted sources,
 * tested; the fake's model.ts is emitted, so formatted).
 */
async function formatted(tools: CodeTools, f: { path: string; text: string }): Promise<string> {
  if (f.path.endsWith('.json') || f.path.startsWith('src/runtime/')) return f.text;
  if (f.path.startsWith('src/fake/') && f.path != 'src/fake/model.ts') return f.text;
  try {
    return (await tools.format(f)).text;
  } catch (e) {
    throw new DiagnosticError([
      {
        severity: 'error',
        rule: 'generated-code',
        message: `${f.path} cannot be formatted: ${String((e as Error).message).split('\n')[0]}`,
        fix: 'a template or the spec produced invalid code; check overridden templates',
      },
    ]);
  }
}

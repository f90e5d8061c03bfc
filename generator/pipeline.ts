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
import { format } from './render/format.js';
import { createRenderer } from './render/handlebars.js';
import { assemble, transpile } from './render/typescript.js';
import { loadSpec } from './spec/load.js';
import { checkSpec } from './spec/validate.js';
import { Timings } from './timing.js';

export const GENERATOR_VERSION: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;

export interface PipelineOptions {
  specDir: string;
  templatesDir?: string;
  /** How file paths appear in diagnostics. */
  display?: (path: string) => string;
}

export interface PipelineResult {
  ir: Ir;
  /** Package-relative path → content. */
  files: Map<string, string>;
  warnings: Diagnostic[];
  timings: Timings;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const t = new Timings();
  const spec = t.time('load', () => loadSpec(opts.specDir, opts.display));
  const checked = t.time('validate', () => checkSpec(spec));
  const ir = t.time('ir', () => buildIr(checked));
  const renderer = createRenderer(defaultTemplatesDir, opts.templatesDir);
  const emitted = t.time('emit', () => emitAll(ir, GENERATOR_VERSION, renderer.runtimeFiles()));
  const banner = renderer.render('banner.hbs', { generatorVersion: GENERATOR_VERSION, apiVersion: ir.apiVersion });

  const rendered = t.time('render', () =>
    emitted.map((f) => (isTemplate(f) ? { ...f, text: renderer.render(f.template, f.view) } : { ...f, imports: undefined })),
  );
  const tsFiles = rendered.filter((f) => f.path.endsWith('.ts'));
  const assembled = t.time('assemble', () =>
    assemble(
      tsFiles.map((f) => ({
        path: f.path,
        text: f.text,
        imports: (f as TemplateFile).imports,
        exports: (f as { exports?: ExportSpec[] }).exports,
      })),
      banner,
    ),
  );
  const others = rendered.filter((f) => !f.path.endsWith('.ts'));
  const formatted = await t.timeAsync('format', () =>
    Promise.all(
      [...assembled, ...others].map(async (f) => {
        if (f.path === 'manifest.json') return { path: f.path, text: f.text };
        try {
          return { path: f.path, text: await format(f.path, f.text) };
        } catch (e) {
          throw new DiagnosticError([
            { severity: 'error', rule: 'generated-code', message: `${f.path} cannot be formatted: ${String((e as Error).message).split('\n')[0]}`, fix: 'a template or the spec produced invalid code; check overridden templates' },
          ]);
        }
      }),
    ),
  );
  const files = new Map<string, string>();
  const problems: Diagnostic[] = [];
  t.time('transpile', () => {
    for (const f of formatted) {
      files.set(f.path, f.text);
      if (!f.path.endsWith('.ts')) continue;
      const out = transpile(f.path, f.text);
      problems.push(...out.diagnostics);
      const base = f.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      files.set(`${base}.js`, out.js);
      files.set(`${base}.d.ts`, out.dts);
    }
  });
  if (problems.length) throw new DiagnosticError(problems);
  return { ir, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), warnings: checked.warnings, timings: t };
}

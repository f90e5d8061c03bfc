// The render stage: every emitted file becomes its text by its kind (emit/files.ts), never by its
// path. Templates are rendered (handlebars); TypeScript modules are assembled with their imports
// and exports (ts-morph), formatted (prettier) and compiled to dist/ (oxc); Markdown is
// formatted; JSON documents and verbatim files are final as they are; openapi-typescript types
// the OpenAPI document while the formatting runs.
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import {
  distOf,
  jsonText,
  type EmittedFile,
  type OpenApiTypes,
  type TsModule,
  type TsVerbatim,
} from '../emit/files.js';
import { escapeBidi } from '../emit/syntax.js';
import { byCode } from '../model/order.js';
import type { Timings } from '../timing.js';
import type { Language } from './format.js';
import type { Renderer } from './handlebars.js';
import type { CodeTools } from './tools.js';
import { transpile } from './transpile.js';

export interface RenderOptions {
  renderer: Renderer;
  tools: CodeTools;
  /** The header of every TypeScript file (the rendered banner.hbs). */
  banner: string;
  timings: Timings;
  /** Called with each file as soon as it is final. */
  sink: (path: string, text: string) => void;
}

/** A file on its way: its text so far, and what is still to be done with it. */
interface Pending {
  path: string;
  text: string;
  /** Formatted in this language; absent: final as it is. */
  language?: Language;
  /** A TypeScript module: compiled to dist/ after formatting. */
  compile?: `src/${string}.ts`;
}

/** The package's files: package-relative path → content. */
export async function renderFiles(files: readonly EmittedFile[], o: RenderOptions): Promise<Map<string, string>> {
  const { renderer, tools, banner, timings: t } = o;
  const done: Pending[] = [];
  const openapi: OpenApiTypes[] = [];
  // One text per document: openapi.json and openapi-typescript's input are the same object.
  const texts = new WeakMap<object, string>();
  const json = (data: unknown): string => {
    if (typeof data !== 'object' || data === null) return jsonText(data);
    let text = texts.get(data);
    if (text === undefined) texts.set(data, (text = jsonText(data)));
    return text;
  };
  const sources = t.time('render', () =>
    files.flatMap((f): { file: TsModule | TsVerbatim; text: string }[] => {
      switch (f.kind) {
        case 'ts-module':
          return [{ file: f, text: renderer.render(f.template, f.view) }];
        case 'ts-verbatim':
          return [{ file: f, text: f.text }];
        case 'markdown':
          done.push({ path: f.path, text: renderer.render(f.template, f.view), language: 'markdown' });
          return [];
        case 'text':
          done.push({ path: f.path, text: renderer.render(f.template, f.view) });
          return [];
        case 'json':
          done.push({ path: f.path, text: json(f.data) });
          return [];
        case 'openapi-types':
          openapi.push(f);
          return [];
      }
    }),
  );
  const assembled = await t.timeAsync('assemble', () =>
    tools.assemble(
      sources.map(({ file, text }) => ({
        path: file.path,
        text,
        imports: file.kind === 'ts-module' ? file.imports : undefined,
        exports: file.kind === 'ts-module' ? file.exports : undefined,
      })),
      banner,
    ),
  );
  // The runtime's sources are final as written (prettier-formatted, which a test holds).
  const typescript: Language = 'typescript';
  const pending = assembled.map((a, i): Pending => {
    const file = sources[i]!.file;
    return {
      path: a.path,
      text: a.text,
      compile: file.path,
      ...(file.kind === 'ts-module' ? { language: typescript } : {}),
    };
  });
  const out = new Map<string, string>();
  // Every file leaves with its bidirectional controls escaped (emit/syntax.ts: escapeBidi).
  const put = (path: string, raw: string): void => {
    const text = escapeBidi(raw);
    out.set(path, text);
    o.sink(path, text);
  };
  const finished = t.timeAsync('format+emit', () => finish(tools, [...pending, ...done], banner, put));
  finished.catch(() => undefined);
  // openapi-typescript runs on this thread once every file has been handed out for formatting:
  // it fills the time this thread would otherwise wait for the worker (so its stage time
  // overlaps format+emit's).
  const types = openapi.map((f) => ({
    path: f.path,
    text: t.timeAsync('openapi-types', () => tools.openapiTypes(json(f.document))),
  }));
  for (const f of types) f.text.catch(() => undefined);
  await finished;
  for (const f of types) put(f.path, `${banner.trimEnd()}\n${await f.text}`);
  return new Map([...out].sort(([a], [b]) => byCode(a, b)));
}

/** Formats every file that needs it, then gives each TypeScript module its .js and .d.ts in dist/ (oxc). */
async function finish(
  tools: CodeTools,
  all: Pending[],
  banner: string,
  put: (path: string, text: string) => void,
): Promise<void> {
  const problems: Diagnostic[] = [];
  // Largest first, so that the work splits evenly between the threads.
  const queue = [...all].sort((a, b) => b.text.length - a.text.length || (a.path < b.path ? -1 : 1));
  await Promise.all(
    queue.map(async (f) => {
      const text = f.language ? await formatted(tools, f, f.language) : f.text;
      put(f.path, text);
      if (!f.compile) return;
      const out = transpile(f.path, text, banner);
      problems.push(...out.diagnostics);
      if (out.diagnostics.length) return;
      const dist = distOf(f.compile);
      put(dist.js, out.js);
      put(dist.dts, out.dts);
    }),
  );
  if (problems.length) throw new DiagnosticError(problems);
}

async function formatted(tools: CodeTools, f: Pending, language: Language): Promise<string> {
  try {
    return (await tools.format({ path: f.path, text: f.text, language })).text;
  } catch (e) {
    throw new DiagnosticError([
      {
        severity: 'error',
        rule: 'generated-code',
        message: `${f.path} cannot be formatted: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`,
        fix: 'a template or the spec produced invalid code; check overridden templates',
      },
    ]);
  }
}

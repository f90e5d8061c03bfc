// Rendering handlebars templates (loaded by templates/load.ts). Templates hold layout only; views
// come from emit/.
// The default templates come precompiled with the build (dist/templates.cjs); a template whose
// text differs from the one precompiled (an override, or an edit not yet built) is compiled here.
// Only then is handlebars' compiler loaded: its runtime alone is half the load time.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DiagnosticError } from '../diagnostics.js';
import type { Template } from '../emit/files.js';
import { projectRoot } from '../paths.js';
import type { TemplateSources } from '../templates/load.js';

/** How templates compile: no HTML escaping (the output is code), partials indented where called. */
const HBS_OPTIONS = { noEscape: true, preventIndent: false } as const;

export type Precompiled = Record<string, { hash: string; spec: TemplateSpecification }>;

/** The build's precompiled templates (none when running from sources before a build). */
export function precompiled(): Precompiled {
  try {
    return createRequire(import.meta.url)(join(projectRoot, 'dist', 'templates.cjs')) as Precompiled;
  } catch {
    return {};
  }
}

const fail = (message: string): never => {
  throw new DiagnosticError([{ severity: 'error', rule: 'templates', message }]);
};

export interface Renderer {
  render<V>(template: Template<V>, view: V): string;
  /** Template files that came from the override directory. */
  readonly overridden: readonly string[];
}

export function createRenderer(sources: TemplateSources, specs: Precompiled = precompiled()): Renderer {
  const { hbs: texts, overridden } = sources;
  // The spec of each template the build made from this very text.
  const ready = new Map<string, TemplateSpecification>();
  for (const [name, src] of texts) {
    const pre = specs[name];
    if (pre && pre.hash === createHash('sha256').update(src).digest('hex')) ready.set(name, pre.spec);
  }
  const require = createRequire(import.meta.url);
  const hb = (
    require(ready.size === texts.size ? 'handlebars/runtime' : 'handlebars') as typeof import('handlebars')
  ).create();
  const toFunction = (name: string, src: string): HandlebarsTemplateDelegate => {
    const spec = ready.get(name);
    return spec ? hb.template(spec) : hb.compile(src, HBS_OPTIONS);
  };
  // Templates whose name has no extension besides .hbs are partials (doc.hbs → {{> doc}}).
  for (const [name, src] of texts)
    if (/^[a-z-]+\.hbs$/.test(name)) hb.registerPartial(name.slice(0, -4), toFunction(name, src));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    overridden,
    render({ name }, view) {
      let fn = compiled.get(name);
      if (!fn) {
        const src = texts.get(name);
        if (src === undefined) return fail(`no template named ${name}`);
        fn = toFunction(name, src);
        compiled.set(name, fn);
      }
      try {
        return fn(view);
      } catch (e) {
        return fail(`template ${name}${overridden.includes(name) ? ' (overridden)' : ''}: ${(e as Error).message}`);
      }
    },
  };
}

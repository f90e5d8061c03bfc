// Templates: handlebars files from templates/ (or a user's --templates directory, which
// overrides any template by file name). Templates hold layout only; views come from emit/.
// The default templates come precompiled with the build (dist/templates.cjs); a template whose
// text differs from the one precompiled (an override, or an edit not yet built) is compiled here.
// Only then is handlebars' compiler loaded: its runtime alone is half the load time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DiagnosticError } from '../diagnostics.js';
import { projectRoot } from '../paths.js';

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

const fail = (message: string, fix?: string): never => {
  throw new DiagnosticError([{ severity: 'error', rule: 'templates', message, fix }]);
};

export interface Renderer {
  render(template: string, view: object): string;
  /** Text of a verbatim file under templates/runtime/, honouring overrides. */
  runtimeFiles(): { name: string; text: string }[];
  /** Template files that came from the override directory. */
  readonly overridden: string[];
}

export function createRenderer(defaultDir: string, overrideDir?: string, specs: Precompiled = precompiled()): Renderer {
  if (overrideDir && !existsSync(overrideDir)) fail(`--templates: directory ${overrideDir} does not exist`);
  if (overrideDir && !statSync(overrideDir).isDirectory()) fail(`--templates: ${overrideDir} is not a directory`);
  // Override files are read only when they are regular files (a FIFO would block the run forever).
  const readFile = (path: string): string => {
    if (!statSync(path).isFile()) fail(`--templates: ${path} is not a regular file`);
    return readFileSync(path, 'utf8');
  };
  const sources = new Map<string, string>();
  const overridden: string[] = [];
  for (const dir of [defaultDir, overrideDir]) {
    if (!dir) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.hbs')) continue;
      if (dir === overrideDir) {
        if (!sources.has(name))
          fail(
            `--templates: ${name} does not override any template`,
            `name it after one of: ${[...sources.keys()].sort().join(', ')}`,
          );
        overridden.push(name);
      }
      sources.set(name, readFile(join(dir, name)));
    }
  }
  // The spec of each template the build made from this very text.
  const ready = new Map<string, TemplateSpecification>();
  for (const [name, src] of sources) {
    const pre = specs[name];
    if (pre && pre.hash === createHash('sha256').update(src).digest('hex')) ready.set(name, pre.spec);
  }
  const require = createRequire(import.meta.url);
  const hb = (
    require(ready.size === sources.size ? 'handlebars/runtime' : 'handlebars') as typeof import('handlebars')
  ).create();
  const toFunction = (name: string, src: string): HandlebarsTemplateDelegate => {
    const spec = ready.get(name);
    return spec ? hb.template(spec) : hb.compile(src, HBS_OPTIONS);
  };
  // Templates whose name has no extension besides .hbs are partials (doc.hbs → {{> doc}}).
  for (const [name, src] of sources)
    if (/^[a-z-]+\.hbs$/.test(name)) hb.registerPartial(name.slice(0, -4), toFunction(name, src));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    overridden,
    render(template, view) {
      let fn = compiled.get(template);
      if (!fn) {
        const src = sources.get(template);
        if (src === undefined) return fail(`no template named ${template}`);
        fn = toFunction(template, src);
        compiled.set(template, fn);
      }
      try {
        return fn(view);
      } catch (e) {
        return fail(
          `template ${template}${overridden.includes(template) ? ' (overridden)' : ''}: ${(e as Error).message}`,
        );
      }
    },
    runtimeFiles() {
      const names = new Set<string>();
      const pick = (name: string): string => {
        const o = overrideDir && join(overrideDir, 'runtime', name);
        return readFile(o && existsSync(o) ? o : join(defaultDir, 'runtime', name));
      };
      for (const n of readdirSync(join(defaultDir, 'runtime'))) if (n.endsWith('.ts')) names.add(n);
      return [...names].sort().map((name) => ({ name, text: pick(name) }));
    },
  };
}

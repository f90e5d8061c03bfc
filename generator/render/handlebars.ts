// Templates: handlebars files from templates/ (or a user's --templates directory, which
// overrides any template by file name). Templates hold layout only; views come from emit/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { DiagnosticError } from '../diagnostics.js';

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

export function createRenderer(defaultDir: string, overrideDir?: string): Renderer {
  if (overrideDir && !existsSync(overrideDir)) fail(`--templates: directory ${overrideDir} does not exist`);
  const hb = Handlebars.create();
  const sources = new Map<string, string>();
  const overridden: string[] = [];
  for (const dir of [defaultDir, overrideDir]) {
    if (!dir) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.hbs')) continue;
      if (dir === overrideDir) {
        if (!sources.has(name)) fail(`--templates: ${name} does not override any template`, `name it after one of: ${[...sources.keys()].sort().join(', ')}`);
        overridden.push(name);
      }
      sources.set(name, readFileSync(join(dir, name), 'utf8'));
    }
  }
  // Templates whose name has no extension besides .hbs are partials (doc.hbs → {{> doc}}).
  for (const [name, src] of sources) if (/^[a-z-]+\.hbs$/.test(name)) hb.registerPartial(name.slice(0, -4), src);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    overridden,
    render(template, view) {
      let fn = compiled.get(template);
      if (!fn) {
        const src = sources.get(template);
        if (src === undefined) return fail(`no template named ${template}`);
        fn = hb.compile(src, { noEscape: true, preventIndent: false });
        compiled.set(template, fn);
      }
      try {
        return fn(view);
      } catch (e) {
        return fail(`template ${template}${overridden.includes(template) ? ' (overridden)' : ''}: ${(e as Error).message}`);
      }
    },
    runtimeFiles() {
      const names = new Set<string>();
      const pick = (name: string): string => {
        const o = overrideDir && join(overrideDir, 'runtime', name);
        return readFileSync(o && existsSync(o) ? o : join(defaultDir, 'runtime', name), 'utf8');
      };
      for (const n of readdirSync(join(defaultDir, 'runtime'))) if (n.endsWith('.ts')) names.add(n);
      return [...names].sort().map((name) => ({ name, text: pick(name) }));
    },
  };
}

// The templates directory, the generator's second input: handlebars templates (one per output
// kind, plus partials), and folders of files copied as written (runtime/: the package's runtime).
// A user's --templates directory overrides any of them by file name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError } from '../diagnostics.js';
import { defaultTemplatesDir } from '../paths.js';
import { moduleExports, type ModuleExport } from './exports.js';

export interface VerbatimSource {
  /** File name inside its folder, e.g. `errors.ts`. */
  name: `${string}.ts`;
  text: string;
}

/** A module of the runtime (templates/runtime/*.ts) and what it exports. */
export interface RuntimeModule extends VerbatimSource {
  exports: ModuleExport[];
}

export interface TemplateSources {
  /** Handlebars sources by file name (`service.ts.hbs`), overrides applied. */
  readonly hbs: ReadonlyMap<string, string>;
  /** Template files that came from the override directory. */
  readonly overridden: readonly string[];
  /** The TypeScript files of a folder of templates/ (`runtime`), overrides applied, by name. */
  verbatim(set: string): VerbatimSource[];
}

const fail = (message: string, fix?: string): never => {
  throw new DiagnosticError([{ severity: 'error', rule: 'templates', message, fix }]);
};

export function loadTemplates(defaultDir: string, overrideDir?: string): TemplateSources {
  if (overrideDir && !existsSync(overrideDir)) fail(`--templates: directory ${overrideDir} does not exist`);
  if (overrideDir && !statSync(overrideDir).isDirectory()) fail(`--templates: ${overrideDir} is not a directory`);
  // Files are read only when they are regular files (an override that is a FIFO would block the
  // run forever).
  const readFile = (path: string): string => {
    if (!statSync(path).isFile()) fail(`--templates: ${path} is not a regular file`);
    return readFileSync(path, 'utf8');
  };
  const hbs = new Map<string, string>();
  const overridden: string[] = [];
  for (const dir of [defaultDir, overrideDir]) {
    if (!dir) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.hbs')) continue;
      if (dir === overrideDir) {
        if (!hbs.has(name))
          fail(
            `--templates: ${name} does not override any template`,
            `name it after one of: ${[...hbs.keys()].sort().join(', ')}`,
          );
        overridden.push(name);
      }
      hbs.set(name, readFile(join(dir, name)));
    }
  }
  const sets = new Map<string, VerbatimSource[]>();
  return {
    hbs,
    overridden,
    verbatim(set) {
      let files = sets.get(set);
      if (!files) {
        const pick = (name: string): string => {
          const o = overrideDir && join(overrideDir, set, name);
          return readFile(o && existsSync(o) ? o : join(defaultDir, set, name));
        };
        const names = readdirSync(join(defaultDir, set)).filter((n): n is `${string}.ts` => n.endsWith('.ts'));
        files = names.sort().map((name) => ({ name, text: pick(name) }));
        sets.set(set, files);
      }
      return files;
    },
  };
}

/** The runtime's modules with their exports. */
export function runtimeModules(sources: TemplateSources): RuntimeModule[] {
  return sources.verbatim('runtime').map((m) => ({ ...m, exports: moduleExports(m.text) }));
}

/** Every name the runtime's modules export. */
export function exportedNames(runtime: readonly RuntimeModule[]): string[] {
  return runtime.flatMap((m) => m.exports.map((e) => e.name));
}

let defaults: { modules: RuntimeModule[]; names: string[] } | undefined;

/** The runtime of the default templates (no overrides), read once. */
export function defaultRuntime(): { modules: RuntimeModule[]; names: string[] } {
  if (!defaults) {
    const modules = runtimeModules(loadTemplates(defaultTemplatesDir));
    defaults = { modules, names: exportedNames(modules) };
  }
  return defaults;
}

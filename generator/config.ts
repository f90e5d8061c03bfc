// vcgen.config.ts / .mts / .js / .mjs / .json: a project's spec, output and options in one place.
// Each command reads its section; flags given on the command line override it. Paths in the file
// are relative to the file's directory. A TypeScript config is compiled by oxc (no type check) to
// a temporary module next to it, so that its imports resolve as they would from the file itself.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DiffOptions, GenerateOptions, ImportSpecOptions } from './api-types.js';
import type { Diagnostic } from './diagnostics.js';
import { closest } from './model/suggest.js';

export interface VcgenConfig {
  /** `vcgen generate` (and `generate()` given `loadConfig()`'s section). */
  generate?: Omit<GenerateOptions, 'cwd' | 'check' | 'write'> & {
    /** Print only problems. */
    quiet?: boolean;
  };
  /** `vcgen import`. */
  import?: Omit<ImportSpecOptions, 'cwd' | 'write' | 'file' | 'out'> & {
    file?: string;
    out?: string;
    quiet?: boolean;
  };
  /** `vcgen diff`. */
  diff?: Omit<DiffOptions, 'cwd' | 'old' | 'new'> & {
    old?: string;
    new?: string;
    /** Report format. Default: md. */
    format?: 'md' | 'json';
    /** Write the report to this file instead of standard output. */
    out?: string;
  };
}

/** Types a config object (the identity at run time): `export default defineConfig({ … })`. */
export function defineConfig(config: VcgenConfig): VcgenConfig {
  return config;
}

/** The names looked for in the working directory, in this order; two of them at once is an error. */
export const CONFIG_FILES: readonly string[] = [
  'vcgen.config.ts',
  'vcgen.config.mts',
  'vcgen.config.js',
  'vcgen.config.mjs',
  'vcgen.config.json',
];

export interface ConfigResult {
  /** The config file read, absolute; absent when there is none. */
  file?: string;
  /** Its settings, with paths made absolute; empty without a file or with errors. */
  config: VcgenConfig;
  /** What is wrong with the file (unknown keys with "did you mean", wrong types, load errors). */
  diagnostics: Diagnostic[];
}

type Kind = 'path' | 'string' | 'strings' | 'boolean' | 'path|false' | 'boolean|path' | readonly string[];

const SECTIONS: Record<keyof VcgenConfig, Record<string, Kind>> = {
  generate: {
    spec: 'path',
    out: 'path',
    templates: 'path',
    openapiTypes: 'boolean',
    cache: 'boolean|path',
    quiet: 'boolean',
  },
  import: {
    file: 'path',
    out: 'path',
    only: 'string',
    services: 'strings',
    overlays: 'path|false',
    compare: 'path|false',
    factsFrom: 'path',
    apiVersion: 'string',
    strict: 'boolean',
    quiet: 'boolean',
  },
  diff: {
    old: 'path',
    new: 'path',
    format: ['md', 'json'],
    out: 'path',
    failOn: ['breaking', 'deprecation', 'any'],
  },
};

const describeKind = (k: Kind): string =>
  Array.isArray(k)
    ? `one of ${k.map((v) => `'${v}'`).join(', ')}`
    : ({
        path: 'a path (string)',
        string: 'a string',
        strings: 'a list of strings',
        boolean: 'true or false',
        'path|false': 'a path or false',
        'boolean|path': 'true, false or a directory',
      }[k as string] ?? String(k));

function fits(kind: Kind, v: unknown): boolean {
  if (Array.isArray(kind)) return typeof v === 'string' && kind.includes(v);
  switch (kind) {
    case 'path':
    case 'string':
      return typeof v === 'string' && v.length > 0;
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
    case 'boolean':
      return typeof v === 'boolean';
    case 'path|false':
      return v === false || (typeof v === 'string' && v.length > 0);
    default:
      return typeof v === 'boolean' || (typeof v === 'string' && v.length > 0);
  }
}

/** Checks a loaded config object and makes its paths absolute (relative to `base`). */
export function checkConfig(raw: unknown, base: string, shown: string): ConfigResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, fix?: string): void =>
    void diagnostics.push({ severity: 'error', rule: 'config', message, ...(fix ? { fix } : {}), file: shown });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problem('the config must be an object (export default defineConfig({ … }))');
    return { config: {}, diagnostics };
  }
  const config: Record<string, Record<string, unknown>> = {};
  for (const [section, value] of Object.entries(raw)) {
    if (section === '$schema') continue;
    const keys = (SECTIONS as Record<string, Record<string, Kind>>)[section];
    if (!keys) {
      const near = closest(section, Object.keys(SECTIONS));
      problem(
        `unknown section '${section}'`,
        near ? `did you mean '${near}'?` : 'the sections are generate, import and diff',
      );
      continue;
    }
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem(`'${section}' must be an object`);
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const kind = keys[key];
      if (kind === undefined) {
        const near = closest(key, Object.keys(keys));
        problem(
          `unknown key '${section}.${key}'`,
          near ? `did you mean '${near}'?` : `${section} takes ${Object.keys(keys).join(', ')}`,
        );
        continue;
      }
      if (v === undefined) continue;
      if (!fits(kind, v)) {
        const near = Array.isArray(kind) && typeof v === 'string' ? closest(v, kind) : undefined;
        problem(
          `'${section}.${key}' must be ${describeKind(kind)}, not ${JSON.stringify(v)}`,
          near ? `did you mean '${near}'?` : undefined,
        );
        continue;
      }
      const isPath = kind === 'path' || kind === 'path|false' || kind === 'boolean|path';
      out[key] = isPath && typeof v === 'string' ? resolve(base, v) : v;
    }
    config[section] = out;
  }
  return { config: diagnostics.length ? {} : (config as VcgenConfig), diagnostics };
}

/**
 * Finds and loads the config: `file` when given, else the first of CONFIG_FILES in `cwd`.
 * No file is not an error (an empty config).
 */
export async function loadConfig(options: { cwd?: string; file?: string } = {}): Promise<ConfigResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const show = (p: string): string => relative(cwd, p) || p;
  let file: string;
  if (options.file !== undefined) {
    file = resolve(cwd, options.file);
    if (!existsSync(file) || !statSync(file).isFile()) {
      return {
        config: {},
        diagnostics: [{ severity: 'error', rule: 'config', message: 'no such config file', file: show(file) }],
      };
    }
  } else {
    const found = CONFIG_FILES.map((n) => join(cwd, n)).filter((p) => existsSync(p));
    if (found.length === 0) return { config: {}, diagnostics: [] };
    if (found.length > 1) {
      const names = found.map((p) => basename(p)).join(' and ');
      const message = `two config files: ${names}`;
      return {
        config: {},
        diagnostics: [{ severity: 'error', rule: 'config', message, fix: 'keep one of them', file: show(cwd) }],
      };
    }
    file = found[0]!;
  }
  const shown = show(file);
  let raw: unknown;
  try {
    raw = await readConfig(file);
  } catch (e) {
    const message =
      e instanceof ConfigSyntaxError
        ? e.message
        : `cannot load it: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
    return { file, config: {}, diagnostics: [{ severity: 'error', rule: 'config', message, file: shown }] };
  }
  return { file, ...checkConfig(raw, dirname(file), shown) };
}

class ConfigSyntaxError extends Error {}

async function readConfig(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    const text = readFileSync(file, 'utf8');
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const message = String((e as Error).message);
      const pos = jsonErrorOffset(text, message);
      const before = pos === undefined ? undefined : text.slice(0, pos).split('\n');
      const where = before ? ` at line ${before.length}, column ${before.at(-1)!.length + 1}` : '';
      throw new ConfigSyntaxError(
        `not valid JSON${where}: ${message.split('\n')[0]!.replace(/ in JSON at position \d+$/, '')}`,
      );
    }
  }
  const version = `?v=${statSync(file).mtimeMs}`;
  if (file.endsWith('.js') || file.endsWith('.mjs'))
    return defaultExport(await import(pathToFileURL(file).href + version));
  // TypeScript: types are removed by oxc; the module runs next to the file (its imports resolve there).
  const { transformSync } = await import('oxc-transform');
  const out = transformSync(file, readFileSync(file, 'utf8'), { lang: 'ts', sourceType: 'module' });
  const errors = out.errors.filter((e) => e.severity === 'Error');
  if (errors.length) throw new ConfigSyntaxError(`TypeScript syntax: ${errors[0]!.message}`);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  writeFileSync(tmp, out.code);
  try {
    return defaultExport(await import(pathToFileURL(tmp).href));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Where JSON.parse stopped: its message says so, except for "Unexpected token" (Node 20), where
 * the shortest prefix that fails the same way tells (config files are small; bounded anyway).
 */
function jsonErrorOffset(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (!message.startsWith('Unexpected token') || text.length > 100_000) return undefined;
  for (let i = 1; i <= text.length; i++) {
    try {
      JSON.parse(text.slice(0, i));
    } catch (e) {
      if (String((e as Error).message).startsWith('Unexpected token')) return i - 1;
    }
  }
  return undefined;
}

async function defaultExport(mod: { default?: unknown }): Promise<unknown> {
  if (!('default' in mod))
    throw new ConfigSyntaxError('the file has no default export (export default defineConfig({ … }))');
  return await mod.default;
}

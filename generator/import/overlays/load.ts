// Reads overlay files with source positions and checks their shape against spec/overlay.schema.json.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { projectRoot } from '../../paths.js';
import { get, LineCounter, SourceFile, str } from '../../spec/yaml-ast.js';
import type { ImportLog } from '../shared/draft.js';

export const overlaySchemaPath = join(projectRoot, 'spec', 'overlay.schema.json');

export interface Overlay {
  file: SourceFile;
  /** The document's root node (a YAML map). */
  root: unknown;
  /** `apiVersion:` — the API version the overlay is written for; absent: every version it is applied to. */
  apiVersion?: string;
  /** A facts file of VMware's vAPI bindings (it has a `bindings:` key; facts/apply.ts), not curation. */
  facts?: true;
}

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (validator) return validator;
  const Ajv = require('ajv').default as typeof import('ajv').default;
  validator = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(overlaySchemaPath, 'utf8')));
  return validator;
}

function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function message(e: ErrorObject): { text: string; key?: string } {
  const where = e.instancePath ? `'${e.instancePath.slice(1).replace(/\//g, '.')}'` : 'the overlay';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { text: `unknown key '${String(p.additionalProperty)}' in ${where}`, key: String(p.additionalProperty) };
    case 'required':
      return { text: `${where} is missing '${String(p.missingProperty)}'` };
    case 'type':
      return { text: `${where} must be ${String(p.type)}` };
    case 'pattern':
      return { text: `${where} has an invalid value` };
    case 'propertyNames':
      return { text: `${where} has a key that is not a valid name` };
    default:
      return { text: `${where} ${e.message ?? 'is invalid'}` };
  }
}

/** Parses and shape-checks one overlay text; problems go to `log` with file:line:col. */
export function parseOverlay(shown: string, text: string, log: ImportLog): Overlay | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const file = new SourceFile(shown, doc, lines);
  if (doc.errors.length) {
    for (const e of doc.errors)
      log.at('error', 'overlay-syntax', `YAML: ${e.message.split('\n')[0]}`, file.loc(e.pos[0]));
    return undefined;
  }
  const check = validate();
  if (!check(doc.toJS())) {
    const errors = (check.errors ?? []).filter(
      (e) => e.keyword !== 'oneOf' && e.keyword !== 'const' && e.keyword !== 'if',
    );
    const seen = new Set<string>();
    for (const e of errors.length ? errors : (check.errors ?? [])) {
      const m = message(e);
      const path = pathOf(e.instancePath);
      const loc = m.key !== undefined ? file.locAt([...path, m.key], true) : file.locAt(path);
      const k = `${loc.line}:${loc.col}:${m.text}`;
      if (seen.has(k)) continue;
      seen.add(k);
      log.at('error', 'overlay-schema', m.text, loc, 'see spec/overlays/README.md for the overlay format');
    }
    return undefined;
  }
  const apiVersion = str(get(doc.contents, 'apiVersion'));
  return {
    file,
    root: doc.contents,
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    ...(get(doc.contents, 'bindings') !== undefined ? { facts: true as const } : {}),
  };
}

/**
 * Every `*.yaml` overlay of a directory, in file-name order, then those of its `bindings/` folder
 * (facts files, told from curation by their `bindings:` key wherever they are).
 */
export function loadOverlays(dir: string, log: ImportLog): Overlay[] {
  let names: string[];
  try {
    names = yamlFiles(dir);
  } catch {
    log.error('overlays', `cannot read the overlay directory ${dir}`);
    return [];
  }
  const facts = join(dir, 'bindings');
  if (existsSync(facts)) names.push(...yamlFiles(facts).map((n) => join('bindings', n)));
  const out: Overlay[] = [];
  for (const n of names) {
    const full = join(dir, n);
    const o = parseOverlay(relative(process.cwd(), full) || full, readFileSync(full, 'utf8'), log);
    if (o) out.push(o);
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
}

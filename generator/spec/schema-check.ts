// Shape check of one parsed spec file against spec/schema.json (ajv), with errors placed on
// the YAML node they are about.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from './yaml-ast.js';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { projectRoot, schemaPath } from '../paths.js';

const require = createRequire(import.meta.url);
let validators: Record<'apiFile' | 'packageFile' | 'serviceFile', ValidateFunction> | undefined;

function compile(): NonNullable<typeof validators> {
  if (validators) return validators;
  const text = readFileSync(schemaPath, 'utf8');
  // Precompiled by scripts/build.mjs; used only when made from this very schema.
  try {
    const pre = require(join(projectRoot, 'dist', 'spec-validators.cjs')) as Record<FileKind, ValidateFunction> & { schemaHash: string };
    if (pre.schemaHash === createHash('sha256').update(text).digest('hex')) {
      validators = { apiFile: pre.apiFile, packageFile: pre.packageFile, serviceFile: pre.serviceFile };
      return validators;
    }
  } catch {
    // not built: compile below
  }
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(text);
  ajv.addSchema(schema);
  const at = (def: string) => ajv.getSchema(`${schema.$id}#/definitions/${def}`)!;
  validators = { apiFile: at('apiFile'), packageFile: at('packageFile'), serviceFile: at('serviceFile') };
  return validators;
}

export type FileKind = 'apiFile' | 'packageFile' | 'serviceFile';

export function fileKind(data: unknown): FileKind | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if ('apiVersion' in data) return 'apiFile';
  if ('service' in data) return 'serviceFile';
  if ('package' in data) return 'packageFile';
  return undefined;
}

function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const KIND_WORD: Record<FileKind, string> = {
  apiFile: 'api file',
  packageFile: 'package file',
  serviceFile: 'service file',
};

function describe(e: ErrorObject): { message: string; fix?: string; key?: string } {
  const where = e.instancePath ? `'${e.instancePath.slice(1).replace(/\//g, '.')}'` : 'the file';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return { message: `unknown key '${key}' in ${where}`, fix: 'remove it or correct its spelling (see spec/README.md)', key };
    }
    case 'propertyNames':
      return { message: `${where} has a key that is not allowed here` };
    case 'required':
      return {
        message: `${where} is missing '${(e.params as { missingProperty: string }).missingProperty}'`,
        fix: `add '${(e.params as { missingProperty: string }).missingProperty}'`,
      };
    case 'enum':
      return {
        message: `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return { message: `${where} has an invalid value (expected ${patternWord(e.schemaPath)})` };
    case 'type':
      return { message: `${where} must be ${article((e.params as { type: string }).type)}` };
    case 'minItems':
    case 'minLength':
      return { message: `${where} must not be empty` };
    case 'const':
    case 'oneOf':
      return { message: `${where} has an unexpected form` };
    default:
      return { message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function patternWord(schemaPath: string): string {
  if (schemaPath.includes('version')) return 'a version such as 7.0.3';
  if (schemaPath.includes('canonicalId')) return 'a dotted canonical id such as com.vmware.vcenter.vm.hardware';
  if (schemaPath.includes('localName')) return 'a name made of letters, digits, underscores and dots';
  if (schemaPath.includes('error_type')) return 'an upper-case error type such as NOT_FOUND';
  if (schemaPath.includes('path')) return 'a path starting with /';
  return 'a value of the documented form';
}

function article(t: string): string {
  return t === 'object' || t === 'array' || t === 'integer' ? `an ${t}` : `a ${t}`;
}

/** Returns shape errors for the file; an empty list means the model builder may trust the shape. */
export function checkShape(file: SourceFile, data: unknown): Diagnostic[] {
  const kind = fileKind(data);
  if (!kind) {
    return [
      {
        severity: 'error',
        rule: 'schema',
        message: 'a spec file must start with `apiVersion:` (api.yaml), `package:` or `service:`',
        fix: 'add `service: <canonical id>` or `package: <canonical id>` at the top',
        loc: file.locAt([]),
      },
    ];
  }
  const validate = compile()[kind];
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // Keep the most specific errors: drop an error when another one lies deeper under its path,
  // and the per-branch noise of oneOf when the oneOf itself is reported.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => {
    if (e.keyword !== 'oneOf' && oneOfPaths.has(e.instancePath)) return false;
    if ([...oneOfPaths].some((p) => p && e.instancePath.startsWith(`${p}/`))) return false;
    if (e.keyword === 'propertyNames') return !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword === 'pattern');
    return true;
  });
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of kept) {
    const d = describe(e);
    const path = pathOf(e.instancePath);
    const loc = d.key !== undefined ? file.locAt([...path, d.key], true) : file.locAt(path);
    const k = `${loc.line}:${loc.col}:${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ severity: 'error', rule: 'schema', message: `${d.message} (${KIND_WORD[kind]})`, fix: d.fix, loc });
  }
  return out;
}

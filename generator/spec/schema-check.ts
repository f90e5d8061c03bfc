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
import { closest } from '../model/suggest.js';
import { allowedKeys } from './schema-keys.js';

const require = createRequire(import.meta.url);
let validators: Record<'apiFile' | 'packageFile' | 'serviceFile', ValidateFunction> | undefined;
let schemaJson: unknown;

function compile(): NonNullable<typeof validators> {
  if (validators) return validators;
  const text = readFileSync(schemaPath, 'utf8');
  schemaJson = JSON.parse(text);
  // Precompiled by scripts/build.mjs; used only when made from this very schema.
  try {
    const pre = require(join(projectRoot, 'dist', 'spec-validators.cjs')) as Record<FileKind, ValidateFunction> & {
      schemaHash: string;
    };
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

const MERGE_KEY_FIX =
  'merge keys (<<) belong to YAML 1.1, not to the YAML 1.2 spec files are written in: write the entries out (an alias *name may stand for a whole value)';

function unknownKey(
  key: string,
  where: string,
  kind: FileKind,
  path: (string | number)[],
): { message: string; fix: string; key: string } {
  if (key === '<<') return { message: `unknown key '<<' in ${where}`, fix: MERGE_KEY_FIX, key };
  const near = closest(key, allowedKeys(schemaJson, kind, path));
  const fix = near !== undefined ? `did you mean '${near}'?` : 'remove it or correct its spelling (see spec/README.md)';
  return { message: `unknown key '${key}' in ${where}`, fix, key };
}

function describe(e: ErrorObject, kind: FileKind): { message: string; fix?: string; key?: string } {
  const where = e.instancePath ? `'${e.instancePath.slice(1).replace(/\//g, '.')}'` : 'the file';
  const path = pathOf(e.instancePath);
  // An error about a key's name (propertyNames): name the key, and place it there.
  const propertyName =
    (e as ErrorObject & { propertyName?: string }).propertyName ??
    (e.keyword === 'propertyNames' ? String((e.params as { propertyName: string }).propertyName) : undefined);
  if (propertyName !== undefined && (e.keyword === 'enum' || e.keyword === 'propertyNames'))
    return unknownKey(propertyName, where, kind, path);
  if (propertyName !== undefined && e.keyword === 'pattern') {
    return {
      message: `key '${propertyName}' in ${where} is not valid (expected ${patternWord(e.schemaPath)})`,
      key: propertyName,
    };
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownKey(String((e.params as { additionalProperty: string }).additionalProperty), where, kind, path);
    case 'required':
      return {
        message: `${where} is missing '${(e.params as { missingProperty: string }).missingProperty}'`,
        fix: `add '${(e.params as { missingProperty: string }).missingProperty}'`,
      };
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const value = valueAt(e.instancePath);
      const near = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      return {
        message: `${where} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
        ...(near !== undefined ? { fix: `did you mean '${near}'?` } : {}),
      };
    }
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

/** The checked value at an instance path (for the misspelt value of an enum). */
let currentData: unknown;
function valueAt(pointer: string): unknown {
  let v = currentData;
  for (const seg of pathOf(pointer))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
  return v;
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

const KIND_KEYS = ['apiVersion', 'service', 'package'] as const;

/** A file that says it is two things (`service:` and `package:`, or either in api.yaml). */
function bothKinds(file: SourceFile, data: Record<string, unknown>): Diagnostic | undefined {
  const present = KIND_KEYS.filter((k) => k in data && !(k === 'package' && 'apiVersion' in data));
  if (present.length < 2) return undefined;
  const [first, second] = present as [string, string];
  const firstLoc = file.locAt([first], true);
  const message =
    first === 'apiVersion'
      ? `api.yaml describes the spec as a whole; it cannot also be a ${second} (\`${second}:\`)`
      : `a file is a service or a package, not both: it has \`${first}:\` (line ${firstLoc.line}) and \`${second}:\``;
  return {
    severity: 'error',
    rule: 'schema',
    message,
    fix:
      first === 'apiVersion'
        ? `move the ${second} into a file of its own`
        : "put the package's types and errors in a file of their own (e.g. _package.yaml) and keep the service's operations here",
    loc: file.locAt([second], true),
  };
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
  const both = bothKinds(file, data as Record<string, unknown>);
  if (both) return [both];
  const validate = compile()[kind];
  if (validate(data)) return [];
  currentData = data;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // Keep the most specific errors: drop an error when another one lies deeper under its path,
  // and the per-branch noise of oneOf when the oneOf itself is reported.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => {
    if (e.keyword !== 'oneOf' && oneOfPaths.has(e.instancePath)) return false;
    if ([...oneOfPaths].some((p) => p && e.instancePath.startsWith(`${p}/`))) return false;
    // A key's name is reported once (its enum or pattern error says more than propertyNames).
    if (e.keyword === 'propertyNames')
      return !errors.some(
        (o) =>
          o !== e &&
          o.instancePath === e.instancePath &&
          (o as { propertyName?: string }).propertyName === (e.params as { propertyName: string }).propertyName,
      );
    return true;
  });
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of kept) {
    const d = describe(e, kind);
    const path = pathOf(e.instancePath);
    const loc = d.key !== undefined ? file.locAt([...path, d.key], true) : file.locAt(path);
    const k = `${loc.line}:${loc.col}:${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ severity: 'error', rule: 'schema', message: `${d.message} (${KIND_WORD[kind]})`, fix: d.fix, loc });
  }
  return out;
}

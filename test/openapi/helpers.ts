// Helpers of the OpenAPI tests: the IR of a spec directory, the document and its types, and a
// scratch TypeScript project (outside the repository) to type-check generated code in.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { emitOpenApi, type JsonObject, type OpenApiOptions } from '../../generator/emit/openapi.js';
import { buildIr } from '../../generator/ir/build.js';
import type { Ir } from '../../generator/ir/model.js';
import { openapiTypes } from '../../generator/render/openapi-types.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { fixtureDir, ROOT } from '../setup/generate.js';
import { tsc } from '../package/typecheck.js';

export const SPECS = {
  real: join(ROOT, 'spec/7.0.3'),
  minimal: fixtureDir('minimal'),
  hostile: fixtureDir('hostile'),
  extras: join(ROOT, 'test/openapi/fixtures/extras'),
} as const;

const irs = new Map<string, Ir>();

export function irOf(specDir: string): Ir {
  let ir = irs.get(specDir);
  if (!ir) irs.set(specDir, (ir = buildIr(checkSpec(loadSpec(specDir)))));
  return ir;
}

export function docOf(specDir: string, options?: OpenApiOptions): JsonObject {
  return emitOpenApi(irOf(specDir), options);
}

export const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/** Documents are plain JSON; assertions read them loosely. */
export type Loose = any;
export const schemasOf = (doc: JsonObject): Record<string, Loose> => (doc.components as Loose).schemas;

/**
 * A scratch directory with `openapi.d.ts` (from the document) and the given files (or a function
 * of the directory giving them), compiled
 * strictly with `tsc --noEmit`. `node_modules` links to the repository's, so packages such as
 * openapi-fetch resolve. Returns tsc's output ('' when clean).
 */
export async function typecheck(
  doc: JsonObject,
  files: Record<string, string> | ((dir: string) => Record<string, string>),
): Promise<{ dir: string; output: string; code: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-openapi-'));
  writeFileSync(join(dir, 'openapi.d.ts'), await openapiTypes(doc));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'openapi-check', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM'],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: false,
        verbatimModuleSyntax: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      include: ['*.ts'],
    }),
  );
  for (const [name, text] of Object.entries(typeof files === 'function' ? files(dir) : files))
    writeFileSync(join(dir, name), text);
  const r = tsc(join(dir, 'tsconfig.json'));
  return { dir, output: r.output, code: r.code };
}

const SCHEMAS_ID = 'urn:vcgen:openapi';
const toAjvRefs = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`));

/**
 * The document's component schemas loaded into Ajv (JSON Schema 2020-12; OpenAPI keywords such
 * as `discriminator` are annotations there). `check(schema, value)` takes a component name or an
 * inline schema that may refer to components.
 */
export function jsonSchemas(doc: JsonObject): {
  ajv: Ajv2020;
  check: (schema: string | object, value: unknown) => boolean;
} {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: toAjvRefs(schemasOf(doc)) });
  const check = (schema: string | object, value: unknown): boolean => {
    const fn =
      typeof schema === 'string'
        ? ajv.getSchema(`${SCHEMAS_ID}#/$defs/${schema}`)
        : ajv.compile(toAjvRefs(schema) as object);
    if (!fn) throw new Error(`no schema ${String(schema)}`);
    return fn(value) as boolean;
  };
  return { ajv, check };
}

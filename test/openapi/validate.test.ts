// (1) The documents are valid OpenAPI 3.1 (the official schema, through
// @seriousme/openapi-schema-validator), their component schemas compile as JSON Schema 2020-12,
// and emission is deterministic.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiJson, type JsonObject } from '../../generator/emit/openapi.js';
import { docOf, jsonSchemas, schemasOf, SPECS } from './helpers.js';

const CASES = [
  ['spec/7.0.3', SPECS.real],
  ['minimal fixture', SPECS.minimal],
  ['hostile fixture', SPECS.hostile],
  ['extras fixture', SPECS.extras],
] as const;

async function validate(doc: JsonObject): Promise<{ valid: boolean; errors?: unknown }> {
  const validator = new Validator();
  const r = await validator.validate(structuredClone(doc));
  expect(validator.version).toBe('3.1');
  return r;
}

/** Every component schema compiles as JSON Schema 2020-12 (meta-schema checked, refs resolved). */
function compileSchemas(doc: JsonObject): void {
  const { ajv } = jsonSchemas(doc);
  for (const name of Object.keys(schemasOf(doc)))
    expect(ajv.getSchema(`urn:vcgen:openapi#/$defs/${name}`), name).toBeTypeOf('function');
}

describe.each(CASES)('the OpenAPI document of %s', (_, dir) => {
  it.each([[['api'] as const], [['api', 'rest'] as const]])('validates as OpenAPI 3.1 (styles %j)', async (styles) => {
    const r = await validate(docOf(dir, { styles }));
    expect(r.errors).toBeUndefined();
    expect(r.valid).toBe(true);
  });

  it('has component schemas that compile as JSON Schema 2020-12', () => {
    compileSchemas(docOf(dir, { styles: ['api', 'rest'] }));
  });

  it('is deterministic: same text twice, paths and schemas in code-point order', () => {
    const a = openApiJson(docOf(dir));
    expect(openApiJson(docOf(dir))).toBe(a);
    const doc = JSON.parse(a) as { paths: object; components: { schemas: object } };
    for (const keys of [Object.keys(doc.paths), Object.keys(doc.components.schemas)]) {
      expect(keys).toEqual([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    }
  });
});

describe('the validator', () => {
  it('is not vacuous: it rejects a broken document', async () => {
    const doc = structuredClone(docOf(SPECS.minimal)) as { paths: Record<string, unknown> };
    doc.paths['no-leading-slash'] = doc.paths['/api/vcenter/vm/{vm}/hardware/cdrom'];
    expect((await validate(doc as JsonObject)).valid).toBe(false);
    const noInfo = structuredClone(docOf(SPECS.minimal));
    delete noInfo.info;
    expect((await validate(noInfo)).valid).toBe(false);
  });
});

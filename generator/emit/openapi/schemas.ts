// IR types → JSON Schema (OpenAPI 3.1 dialect), and the component schemas of plain structures
// and enums. Tagged unions are in ./unions.ts.
import type { IrEnum, IrField, IrStructure } from '../../ir/model.js';
import type { VapiType } from '../../model/types.js';
import { addSchema, docFields, ref, type Json, type JsonObject, type OpenApiContext } from './context.js';

/** How a value travels: `read` = it comes from the server; `writeOnly` = it is only ever sent. */
export interface Use {
  read: boolean;
  writeOnly?: boolean;
}

export const READ: Use = { read: true };
export const WRITE: Use = { read: false, writeOnly: true };

const PRIMITIVES: Record<string, JsonObject> = {
  string: { type: 'string' },
  uri: { type: 'string', format: 'uri' },
  long: { type: 'integer', format: 'int64' },
  double: { type: 'number', format: 'double' },
  boolean: { type: 'boolean' },
  datetime: { type: 'string', format: 'date-time' },
  binary: { type: 'string', contentEncoding: 'base64' },
  opaque: {},
};

/**
 * An enum value read from the server: any string is valid (newer servers add values), the known
 * ones stay linked (and marked for readers and tools). openapi-typescript renders it `E | string`.
 */
export function openEnum(name: string): JsonObject {
  return { anyOf: [ref(name), { type: 'string' }], 'x-vmw-open-enum': true };
}

export const nullable = (schema: JsonObject): JsonObject => ({ anyOf: [schema, { type: 'null' }] });

export function typeSchema(t: VapiType, ctx: OpenApiContext, use: Use): JsonObject {
  switch (t.kind) {
    case 'primitive':
      if (t.name === 'secret') {
        // A hint to mask it; writeOnly only where the value is never read back (input-only data).
        return { type: 'string', format: 'password', ...(use.writeOnly ? { writeOnly: true } : {}) };
      }
      if (t.name === 'exception') return ref(ctx.rest?.errorValueName() ?? ctx.ir.errorValue!.tsName);
      return { ...PRIMITIVES[t.name]! };
    case 'id':
      return { type: 'string', ...(t.resource ? { 'x-vmw-resource-type': t.resource } : {}) };
    case 'ref': {
      // Sent: a structure both sent and read takes its known cases only; on /rest, a structure
      // that reaches a map is its /rest form.
      const known = use.read ? undefined : ctx.structures.get(t.id)?.knownName;
      return ref(ctx.rest?.structureName(t.id, !use.read) ?? known ?? ctx.structureName.get(t.id)!);
    }
    case 'enum': {
      const name = ctx.enumName.get(t.id)!;
      return use.read ? openEnum(name) : ref(name);
    }
    case 'list':
      return { type: 'array', items: typeSchema(t.of, ctx, use) };
    case 'set':
      return { type: 'array', items: typeSchema(t.of, ctx, use), uniqueItems: true };
    case 'optional':
      return nullable(typeSchema(t.of, ctx, use));
    case 'map':
      return ctx.rest ? entriesSchema(t.key, t.value, ctx, use) : mapSchema(t.key, t.value, ctx, use);
  }
}

/** A map on `/rest`: a list of `{ "key": k, "value": v }`, one entry per key. */
function entriesSchema(key: VapiType, value: VapiType, ctx: OpenApiContext, use: Use): JsonObject {
  return {
    type: 'array',
    items: objectSchema({}, [
      ['key', typeSchema(key, ctx, use), true],
      ['value', typeSchema(value, ctx, use), true],
    ]),
  };
}

function mapSchema(key: VapiType, value: VapiType, ctx: OpenApiContext, use: Use): JsonObject {
  const values = typeSchema(value, ctx, use);
  if (key.kind === 'enum') {
    const name = ctx.enumName.get(key.id)!;
    const en = ctx.ir.enums.find((e) => e.id === key.id)!;
    // Sent to the server: only the known keys, each optional (the package's Partial<Record<E, V>>).
    if (!use.read) {
      return {
        type: 'object',
        properties: Object.fromEntries(en.values.map((v) => [v.value, values])),
        additionalProperties: false,
        propertyNames: ref(name),
      };
    }
    return { type: 'object', additionalProperties: values, propertyNames: openEnum(name) };
  }
  const names: JsonObject | undefined =
    key.kind === 'id'
      ? { type: 'string', ...(key.resource ? { 'x-vmw-resource-type': key.resource } : {}) }
      : key.kind === 'primitive' && key.name === 'long'
        ? { type: 'string', pattern: '^-?[0-9]+$' }
        : undefined;
  return { type: 'object', additionalProperties: values, ...(names ? { propertyNames: names } : {}) };
}

/** Read/write use of a structure's fields, from the directions the structure travels. */
export function structureUse(s: IrStructure): Use {
  return { read: s.direction.output, writeOnly: s.direction.input && !s.direction.output };
}

/** A property: the field's type with its own documentation (siblings of `$ref` are allowed in 3.1). */
export function fieldSchema(f: IrField, ctx: OpenApiContext, use: Use): JsonObject {
  return { ...typeSchema(f.type, ctx, use), ...docFields(f) };
}

/** An object schema from (name, schema, required) entries, in the given order. */
export function objectSchema(
  head: JsonObject,
  props: [name: string, schema: Json, required: boolean][],
  tail: JsonObject = {},
): JsonObject {
  const required = props.filter(([, , r]) => r).map(([n]) => n);
  return {
    type: 'object',
    ...head,
    properties: Object.fromEntries(props.map(([n, s]) => [n, s])),
    ...(required.length ? { required } : {}),
    ...tail,
  };
}

export function plainStructure(s: IrStructure, ctx: OpenApiContext): void {
  const use = structureUse(s);
  addSchema(
    ctx,
    s.tsName,
    objectSchema(
      docFields(s),
      s.fields.map((f) => [f.name, fieldSchema(f, ctx, use), !f.optional]),
      { 'x-vmw-vapi-id': s.id },
    ),
  );
}

export function enumSchema(e: IrEnum, ctx: OpenApiContext): void {
  const notes = e.values.map((v) =>
    [
      v.description ?? '',
      v.since ? `Since ${v.since}.` : '',
      v.deprecated ? `Deprecated${v.deprecated.since ? ` since ${v.deprecated.since}` : ''}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  addSchema(ctx, e.tsName, {
    type: 'string',
    ...docFields(e),
    enum: e.values.map((v) => v.value),
    ...(e.default !== undefined ? { default: e.default } : {}),
    ...(notes.some(Boolean) ? { 'x-enum-descriptions': notes } : {}),
    'x-vmw-vapi-id': e.id,
  });
}

/** The schema of `exception` values: a vAPI error carried as data, with the fields every standard error has. */
export function errorValueSchema(ctx: OpenApiContext): void {
  const v = ctx.ir.errorValue;
  if (!v) return;
  addSchema(
    ctx,
    v.tsName,
    objectSchema(
      {
        description: 'A vAPI error carried as data (a field of type `exception`): the fields every standard error has.',
      },
      v.fields.map((f) => [f.name, fieldSchema(f, ctx, READ), !f.optional]),
    ),
  );
}

// JSON Schema (Swagger 2.0 / OpenAPI 3) → vAPI type expression, with the facts the prose adds:
// resource types of ids (values, list elements, map keys and values) and enum values.
import type { ImportLog } from '../shared/draft.js';
import { ptr } from '../shared/names.js';
import { enumProse, resourceTypes, type ResourceTypes } from '../prose/facts.js';

export type Schema = Record<string, unknown>;

export interface SchemaReader {
  log: ImportLog;
  /** Canonical id of the type a `$ref` names (aliases followed); schedules its conversion. */
  refType(ref: string, pointer: string): string | undefined;
  /**
   * Registers an enum known only from prose ("Possible values"); returns its id. `fallbackId` is
   * used (with a warning) when the prose does not name the enum. Absent: prose enums are ignored.
   */
  proseEnum?(desc: string, fallbackId: string | undefined, pointer: string): string | undefined;
}

export interface TypeContext {
  desc?: string;
  pointer: string;
  /** Id for an enum the prose lists without naming it (e.g. `<structure>.<field>`). */
  enumId?: string;
}

export function isSchema(x: unknown): x is Schema {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The `$ref` of a schema, also when written as `allOf: [{ $ref }]` (OpenAPI 3 style, to carry a description). */
export function refOf(s: Schema): string | undefined {
  if (typeof s.$ref === 'string') return s.$ref;
  const all = s.allOf;
  if (Array.isArray(all) && all.length === 1 && isSchema(all[0]) && typeof all[0].$ref === 'string') return all[0].$ref;
  return undefined;
}

/** `{ key, value }` element objects: how the /rest style writes maps. */
export function keyValueItems(s: Schema): { key: Schema; value: Schema } | undefined {
  if (s.type !== 'array' || !isSchema(s.items)) return undefined;
  const props = s.items.properties;
  if (!isSchema(props)) return undefined;
  const names = Object.keys(props);
  if (names.length !== 2 || !names.includes('key') || !names.includes('value')) return undefined;
  return isSchema(props.key) && isSchema(props.value) ? { key: props.key, value: props.value } : undefined;
}

type Role = 'self' | 'key' | 'value';

/** Schema keywords the importer reads or may safely ignore; anything else is reported. */
const KNOWN_KEYS = new Set([
  'type',
  'format',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'description',
  '$ref',
  'allOf',
  'enum',
  'uniqueItems',
  'discriminator',
  'nullable',
  'title',
  'example',
  'default',
  'readOnly',
  'writeOnly',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'in',
  'name',
  'collectionFormat',
  'schema',
]);

/** Warns (with the pointer) about schema keywords that carry meaning the importer does not read. */
export function checkKeys(s: Schema, pointer: string, reader: Pick<SchemaReader, 'log'>): void {
  const unknown = Object.keys(s).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length)
    reader.log.warn(
      'unknown-keyword',
      `schema keyword${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')} not read`,
      pointer,
    );
}

export function schemaType(schema: unknown, ctx: TypeContext, reader: SchemaReader): string {
  const rt = resourceTypes(ctx.desc);
  if (rt.conflict)
    reader.log.warn(
      'resource-type-conflict',
      `the prose names two resource types (${rt.conflict.join(', ')}); using the first`,
      ctx.pointer,
    );
  const used = { self: false, key: false, value: false };
  const t = walk(schema, ctx, reader, rt, 'self', used, ctx.pointer);
  for (const slot of ['self', 'key', 'value'] as const) {
    if (rt[slot] && !used[slot])
      reader.log.warn(
        'resource-type-unused',
        `the prose says ${slot === 'self' ? 'the value' : `map ${slot}s`} are ids of ${rt[slot]}, but the schema has no string there`,
        ctx.pointer,
      );
  }
  return t;
}

function walk(
  schema: unknown,
  ctx: TypeContext,
  reader: SchemaReader,
  rt: ResourceTypes,
  role: Role,
  used: Record<Role, boolean>,
  at: string,
): string {
  if (!isSchema(schema)) {
    reader.log.warn('schema-missing', 'no schema here; using opaque', at);
    return 'opaque';
  }
  checkKeys(schema, at, reader);
  const ref = refOf(schema);
  if (ref !== undefined) return reader.refType(ref, at) ?? 'opaque';
  const type = schema.type;
  if (type === 'string') return stringType(schema, ctx, reader, rt, role, used, at);
  if (type === 'integer') {
    if (schema.format !== undefined && schema.format !== 'int64' && schema.format !== 'int32')
      reader.log.warn('unknown-format', `integer format '${String(schema.format)}' is not known; using long`, at);
    return 'long';
  }
  if (type === 'number') return 'double';
  if (type === 'boolean') return 'boolean';
  if (type === 'array') {
    const kv = keyValueItems(schema);
    if (kv) return mapType(kv.key, kv.value, ctx, reader, rt, used, at);
    const inner = walk(schema.items, ctx, reader, rt, role, used, `${at}/items`);
    return schema.uniqueItems === true ? `set<${inner}>` : `list<${inner}>`;
  }
  if (type === 'object' || type === undefined) {
    const ap = schema.additionalProperties;
    if (isSchema(ap)) return mapType({ type: 'string' }, ap, ctx, reader, rt, used, at);
    if (isSchema(schema.properties) && Object.keys(schema.properties).length > 0) {
      reader.log.warn(
        'anonymous-structure',
        'an inline object with properties has no name to become a structure; using opaque',
        at,
        'name it in an overlay or ask for a definition',
      );
    }
    return 'opaque';
  }
  reader.log.warn('unknown-schema', `schema type '${String(type)}' is not known; using opaque`, at);
  return 'opaque';
}

function mapType(
  key: Schema,
  value: Schema,
  ctx: TypeContext,
  reader: SchemaReader,
  rt: ResourceTypes,
  used: Record<Role, boolean>,
  at: string,
): string {
  const k = walk(key, ctx, reader, rt, 'key', used, `${at}/key`);
  const v = walk(value, ctx, reader, rt, 'value', used, `${at}/additionalProperties`);
  return `map<${k},${v}>`;
}

const FORMATS: Record<string, string> = {
  'date-time': 'datetime',
  password: 'secret',
  uri: 'uri',
  binary: 'binary',
  byte: 'binary',
};

function stringType(
  s: Schema,
  ctx: TypeContext,
  reader: SchemaReader,
  rt: ResourceTypes,
  role: Role,
  used: Record<Role, boolean>,
  at: string,
): string {
  const format = typeof s.format === 'string' ? s.format : undefined;
  if (format !== undefined) {
    const t = FORMATS[format];
    if (t) return t;
    reader.log.warn('unknown-format', `string format '${format}' is not known; using string`, at);
  }
  const id = rt[role];
  if (id) {
    used[role] = true;
    return `id:${id}`;
  }
  if (Array.isArray(s.enum)) {
    reader.log.warn(
      'inline-enum',
      `an inline enum (${s.enum.slice(0, 4).join(', ')}…) has no name; using string`,
      at,
      'give the enum a name in an overlay',
    );
    return 'string';
  }
  if (role === 'self' && reader.proseEnum && ctx.desc && enumProse(ctx.desc)) {
    return reader.proseEnum(ctx.desc, ctx.enumId, ctx.pointer) ?? 'string';
  }
  return 'string';
}

/** Wraps a type in optional<…> unless it already is. */
export function optional(t: string): string {
  return t.startsWith('optional<') ? t : `optional<${t}>`;
}

/** JSON pointer of a property inside a schema at `base`. */
export function propPointer(base: string, name: string): string {
  return `${base}${ptr('properties', name)}`;
}

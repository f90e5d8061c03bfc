// Named schemas → draft structures, enums and error types (shared by both readers).
import type { DraftEnum, DraftError, DraftField, DraftStructure, DraftType, DraftUnion } from '../shared/draft.js';
import { isStdErrorId } from '../shared/names.js';
import { deprecationOf, sinceOf, unionCondition } from '../prose/facts.js';
import {
  checkKeys,
  isSchema,
  optional,
  propPointer,
  refOf,
  schemaType,
  type Schema,
  type SchemaReader,
} from './types.js';
import type { EnumValueDoc } from '../shared/unit-doc.js';

export interface DefinitionReader extends SchemaReader {
  /** The schema a `$ref` points at, with its JSON pointer. */
  schemaOf(ref: string): { schema: Schema; pointer: string } | undefined;
}

interface Prop {
  name: string;
  schema: Schema;
  required: boolean;
  pointer: string;
}

/** Properties of a schema in order, `allOf` parts first (inherited fields before own ones). */
export function propertiesOf(schema: Schema, pointer: string, reader: DefinitionReader, depth = 0): Prop[] {
  const out: Prop[] = [];
  if (Array.isArray(schema.allOf) && depth < 8) {
    schema.allOf.forEach((part, i) => {
      if (!isSchema(part)) return;
      const ref = typeof part.$ref === 'string' ? part.$ref : undefined;
      const target = ref ? reader.schemaOf(ref) : { schema: part, pointer: `${pointer}/allOf/${i}` };
      if (target) out.push(...propertiesOf(target.schema, target.pointer, reader, depth + 1));
    });
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const props = isSchema(schema.properties) ? schema.properties : {};
  for (const [name, p] of Object.entries(props)) {
    if (!isSchema(p)) continue;
    const prev = out.findIndex((o) => o.name === name);
    const prop = { name, schema: p, required: required.has(name), pointer: propPointer(pointer, name) };
    if (prev >= 0) out[prev] = prop;
    else out.push(prop);
  }
  for (const o of out) if (required.has(o.name)) o.required = true;
  return out;
}

function description(s: Schema): string | undefined {
  return typeof s.description === 'string' ? s.description : undefined;
}

function documented<T extends object>(target: T, desc: string | undefined): T {
  const since = sinceOf(desc);
  const dep = deprecationOf(desc);
  if (since) (target as { since?: string }).since = since;
  if (dep) (target as { deprecated?: unknown }).deprecated = dep;
  return target;
}

export function buildStructure(id: string, schema: Schema, pointer: string, reader: DefinitionReader): DraftStructure {
  checkKeys(schema, pointer, reader);
  const fields: DraftField[] = [];
  const conditions = new Map<string, { field: string; disc: string; values: string[]; pointer: string }>();
  for (const p of propertiesOf(schema, pointer, reader)) {
    const desc = description(p.schema);
    const cond = unionCondition(desc);
    let type = schemaType(p.schema, { desc, pointer: p.pointer, enumId: `${id}.${p.name}` }, reader);
    const caseOnly = cond !== undefined && !cond.optionalInCase;
    if (!p.required && !caseOnly) type = optional(type);
    if (cond)
      conditions.set(p.name, { field: p.name, disc: cond.discriminant, values: cond.values, pointer: p.pointer });
    fields.push(documented({ name: p.name, type, pointer: p.pointer }, desc));
  }
  const unions: DraftUnion[] = [];
  for (const c of conditions.values()) {
    const disc = matchField(c.disc, fields);
    if (!disc) {
      reader.log.warn(
        'union-discriminant',
        `'${c.field}' depends on '${c.disc}', which is not a field of the structure; recorded as optional, without a union case`,
        c.pointer,
        'add the union in an overlay',
      );
      const f = fields.find((x) => x.name === c.field)!;
      f.type = optional(f.type);
      continue;
    }
    let u = unions.find((x) => x.discriminant === disc);
    if (!u) unions.push((u = { discriminant: disc, cases: new Map() }));
    for (const v of c.values) {
      const list = u.cases.get(v) ?? [];
      list.push(c.field);
      u.cases.set(v, list);
    }
  }
  return documented({ kind: 'structure', id, fields, unions, pointer }, description(schema));
}

/** Finds the field a prose discriminant names (`upgrade-policy`, `type`), ignoring case. */
function matchField(name: string, fields: DraftField[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');
  return fields.find((f) => f.name === name)?.name ?? fields.find((f) => norm(f.name) === norm(name))?.name;
}

export function buildEnum(
  id: string,
  schema: Schema,
  pointer: string,
  reader: Pick<DefinitionReader, 'log'>,
): DraftEnum {
  checkKeys(schema, pointer, reader);
  const values: EnumValueDoc[] = (Array.isArray(schema.enum) ? schema.enum : []).map((v) => ({ value: String(v) }));
  return documented({ kind: 'enum', id, values, pointer }, description(schema));
}

/**
 * A standard error type. Fields come in the order of the base error (`baseOrder`), then the
 * error's own; `error_type` is the upper-case local name (not_found → NOT_FOUND).
 */
/**
 * A definition (`noun`: what the file calls it) as a draft type: an enum, a standard error type, or
 * a structure; any other kind of schema is not imported (a warning says so).
 */
export function buildDefinition(
  id: string,
  noun: 'definition' | 'schema',
  name: string,
  schema: Schema,
  pointer: string,
  reader: DefinitionReader,
  baseErrorFields: string[],
): DraftType | undefined {
  if (Array.isArray(schema.enum)) return buildEnum(id, schema, pointer, reader);
  if (isStdErrorId(id)) return buildError(id, schema, pointer, reader, baseErrorFields);
  if (schema.type !== undefined && schema.type !== 'object') {
    reader.log.warn(
      'definition-kind',
      `${noun} '${name}' is a ${String(schema.type)}, not a structure or enum; it is not imported`,
      pointer,
    );
    return undefined;
  }
  return buildStructure(id, schema, pointer, reader);
}

export function buildError(
  id: string,
  schema: Schema,
  pointer: string,
  reader: DefinitionReader,
  baseOrder: string[],
): DraftError {
  const props = propertiesOf(schema, pointer, reader);
  const rank = (n: string): number => {
    const i = baseOrder.indexOf(n);
    return i < 0 ? baseOrder.length : i;
  };
  props.sort((a, b) => rank(a.name) - rank(b.name));
  const fields = props.map((p) => {
    const desc = description(p.schema);
    const t = schemaType(p.schema, { desc, pointer: p.pointer, enumId: `${id}.${p.name}` }, reader);
    return documented({ name: p.name, type: p.required ? t : optional(t), pointer: p.pointer }, desc);
  });
  const errorType = id.split('.').pop()!.toUpperCase();
  return documented({ kind: 'error', id, errorType, fields, pointer }, description(schema));
}

/** Follows `$ref`-only schemas (aliases) to the schema that says something. */
export function followAlias(
  ref: string,
  reader: DefinitionReader,
): { ref: string; schema: Schema; pointer: string } | undefined {
  let current = ref;
  for (let i = 0; i < 8; i++) {
    const s = reader.schemaOf(current);
    if (!s) return undefined;
    const next = refOf(s.schema);
    if (next === undefined || s.schema.properties !== undefined || s.schema.enum !== undefined)
      return { ref: current, ...s };
    current = next;
  }
  return undefined;
}

// Values against the model's types, the same rules both ways: what a request carries (the
// server's input validation) and what the fake answers (every result is checked before it
// leaves). Enum values must be known, fields must belong to the structure and to the union case
// its tags select. The first problem found is reported with the path of the field
// (`spec.backing.iso_file`). Emitted verbatim into the package (src/fake/).
import { fieldRole, type Schema, type Type } from './schema.js';
import { idProblem } from './ids.js';

export interface Problem {
  /** Dotted path of the value, starting with the parameter name (`spec.backing.type`). */
  readonly path: string;
  readonly message: string;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;

/** An own property (never one of Object.prototype's, such as `__proto__` or `constructor`). */
export const own = (o: Readonly<Record<string, unknown>>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);

/** The first problem of `value` as a value of `type`, or undefined when it is one. */
export function check(schema: Schema, type: Type, value: unknown, path: string): Problem | undefined {
  const bad = (message: string): Problem => ({ path, message: `${path}: ${message}` });
  switch (type.k) {
    case 'optional':
      return value == null ? undefined : check(schema, type.of, value, path);
    case 'primitive':
      return primitiveProblem(type.name, value, bad);
    case 'id':
      if (typeof value != 'string') return bad(`expected an identifier (string), got ${kindOf(value)}`);
      return idProblem(type.resource, value, bad);
    case 'enum': {
      if (typeof value != 'string') return bad(`expected a string (enum), got ${kindOf(value)}`);
      const values = schema.enumValues(type.id);
      if (!values.has(value)) return bad(`'${value}' is not one of ${[...values].join(', ')}`);
      return undefined;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return bad(`expected an array, got ${kindOf(value)}`);
      for (let i = 0; i < value.length; i++) {
        const p = check(schema, type.of, value[i], `${path}[${i}]`);
        if (p) return p;
      }
      return undefined;
    }
    case 'map': {
      if (!value || typeof value != 'object' || Array.isArray(value))
        return bad(`expected an object (map), got ${kindOf(value)}`);
      for (const [k, v] of Object.entries(value)) {
        // JSON keys are strings: a numeric key type reads them as numbers.
        const key = type.key.k == 'primitive' && (type.key.name == 'long' || type.key.name == 'double') ? Number(k) : k;
        const p =
          check(schema, type.key, key, `${path}[${JSON.stringify(k)}]`) ?? check(schema, type.value, v, `${path}.${k}`);
        if (p) return p;
      }
      return undefined;
    }
    case 'ref':
      return structureProblem(schema, type.id, value, path, bad);
  }
}

function primitiveProblem(name: string, value: unknown, bad: (m: string) => Problem): Problem | undefined {
  switch (name) {
    case 'opaque':
      return undefined;
    case 'boolean':
      return typeof value == 'boolean' ? undefined : bad(`expected a boolean, got ${kindOf(value)}`);
    case 'long':
      return Number.isSafeInteger(value)
        ? undefined
        : bad(`expected an integer, got ${typeof value == 'number' ? value : kindOf(value)}`);
    case 'double':
      return typeof value == 'number' && Number.isFinite(value)
        ? undefined
        : bad(`expected a number, got ${kindOf(value)}`);
  }
  if (typeof value != 'string') return bad(`expected a string (${name}), got ${kindOf(value)}`);
  if (name == 'datetime' && !(DATETIME.test(value) && !Number.isNaN(Date.parse(value))))
    return bad(`'${value}' is not an ISO 8601 date and time`);
  if (name == 'binary' && !BASE64.test(value)) return bad('is not base64 text');
  if (name == 'uri' && !URI.test(value)) return bad(`'${value}' is not an absolute URI`);
  return undefined;
}

function structureProblem(
  schema: Schema,
  id: string,
  value: unknown,
  path: string,
  bad: (m: string) => Problem,
): Problem | undefined {
  if (!value || typeof value != 'object' || Array.isArray(value))
    return bad(`expected an object, got ${kindOf(value)}`);
  const s = schema.structure(id);
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v))
    if (!s.byName.has(k) && own(v, k) != null) return { path: `${path}.${k}`, message: `${path}.${k}: no such field` };
  for (const f of s.fields) {
    const fv = own(v, f.name);
    const role = fieldRole(s, f, v);
    const at = `${path}.${f.name}`;
    if (fv == null) {
      if (role == 'required') {
        const u = s.owner.get(f.name);
        const when = u ? ` when ${u.discriminant} is ${String(own(v, u.discriminant))}` : '';
        return { path: at, message: `${at}: required${when}` };
      }
      continue;
    }
    if (role == 'forbidden') {
      const u = s.owner.get(f.name)!;
      const tag = own(v, u.discriminant);
      return {
        path: at,
        message: `${at}: not allowed ${tag == null ? `while ${u.discriminant} is unset` : `when ${u.discriminant} is ${String(tag)}`}`,
      };
    }
    const p = check(schema, f.type, fv, at);
    if (p) return p;
  }
  return undefined;
}

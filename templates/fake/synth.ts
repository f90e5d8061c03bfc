// Values the fake makes up: a value of any type of the model (seeded, so the same test gets the
// same values), a value of one structure made from a value of another (a create spec becomes the
// resource's info), and an update merged into a stored value. Whatever comes out satisfies its
// type: tags pick a case, the case's required fields are filled, other cases' fields dropped.
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import type { Random } from './clock.js';
import { idPrefix, idStyle } from './ids.js';
import { fieldRole, type Schema, type Structure, type Type } from './schema.js';

type Obj = Record<string, unknown>;

/** What synthesis draws on: the seeded generator, the time, and ids that exist. */
export interface SynthContext {
  readonly schema: Schema;
  readonly random: Random;
  now(): string;
  /** An existing id of the resource type, if the fake has one. */
  existingId(resource: string): string | undefined;
  /** A fresh id of the resource type. */
  newId(resource: string | undefined): string;
}

const MAX_DEPTH = 6;

/** A value of `type`; `name` (the field's) guides strings and numbers a little. */
export function synth(cx: SynthContext, type: Type, name = 'value', depth = 0): unknown {
  switch (type.k) {
    case 'optional':
      return depth < MAX_DEPTH && cx.random.next() < 0.5 ? synth(cx, type.of, name, depth) : undefined;
    case 'primitive':
      return primitive(cx, type.name, name);
    case 'id':
      return (type.resource && cx.existingId(type.resource)) ?? cx.newId(type.resource);
    case 'enum':
      return [...cx.schema.enumValues(type.id)][0];
    case 'list':
    case 'set':
      return depth < MAX_DEPTH ? [synth(cx, type.of, name, depth + 1)] : [];
    case 'map': {
      if (depth >= MAX_DEPTH) return {};
      const key = synth(cx, type.key, `${name}-key`, depth + 1);
      return Object.fromEntries([[String(key), synth(cx, type.value, name, depth + 1)]]);
    }
    case 'ref':
      return fill(cx, cx.schema.structure(type.id), {}, depth, true);
  }
}

function primitive(cx: SynthContext, kind: string, name: string): unknown {
  switch (kind) {
    case 'boolean':
      return cx.random.next() < 0.5;
    case 'long':
      return /size|capacity|space|MiB|bytes/i.test(name) ? 1024 * (1 + cx.random.int(64)) : cx.random.int(16);
    case 'double':
      return Math.round(cx.random.next() * 1000) / 10;
    case 'datetime':
      return cx.now();
    case 'uri':
      return `https://vcenter.fake/${encodeURIComponent(name)}/${cx.random.hex(8)}`;
    case 'secret':
      return cx.random.hex(32);
    case 'binary':
      return 'ZmFrZQ==';
    case 'opaque':
      return {};
    default:
      return `${name}-${cx.random.hex(4)}`;
  }
}

/** A deep copy of plain JSON data (faster than structuredClone for the small values stored here). */
export function copy<T>(v: T): T {
  if (v === null || typeof v != 'object') return v;
  if (Array.isArray(v)) return v.map(copy) as T;
  const out: Obj = {};
  for (const k in v) put(out, k, copy((v as Obj)[k]));
  return out as T;
}

/** Defines a property, even one named `__proto__`. */
export function put(o: Obj, key: string, value: unknown): void {
  if (value === undefined) delete o[key];
  else if (key != '__proto__') o[key] = value;
  else Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Makes `value` a value of structure `s` in place: tags get a case, fields the case does not
 * allow go, and required fields that are missing are made up (`rich`: some optional ones too,
 * for values made up from nothing). Returns `value`.
 */
export function fill(cx: SynthContext, s: Structure, value: Obj, depth = 0, rich = false): Obj {
  for (const u of s.unions) {
    const tag = own(value, u.discriminant);
    const field = s.byName.get(u.discriminant);
    if ((typeof tag != 'string' || !u.cases.has(tag)) && field && !field.optional)
      put(value, u.discriminant, u.cases.keys().next().value);
  }
  for (const f of s.fields) {
    const role = fieldRole(s, f, value);
    const v = own(value, f.name);
    if (role == 'forbidden') put(value, f.name, undefined);
    else if (v == null) {
      if (role == 'required') put(value, f.name, required(cx, f.type, f.name, depth + 1));
      else if (rich && depth < 2 && !s.owner.has(f.name) && cx.random.next() < 0.5)
        put(value, f.name, synth(cx, f.type, f.name, depth + 1));
    }
  }
  return value;
}

/** A value for a required field: an optional type still gets a value. */
function required(cx: SynthContext, type: Type, name: string, depth: number): unknown {
  const t = type.k == 'optional' ? type.of : type;
  return synth(cx, t, name, depth);
}

/**
 * A value of `to` made from `from` (usually a spec of the request): fields of the same name are
 * carried over where their values fit, structures recursively (a `backing_spec` into a
 * `backing_info`); the rest is made up.
 */
export function adapt(cx: SynthContext, to: Type, from: unknown, name = 'value', depth = 0): unknown {
  if (from == null) return to.k == 'optional' ? undefined : synth(cx, to, name, depth);
  switch (to.k) {
    case 'optional':
      return adapt(cx, to.of, from, name, depth);
    case 'ref': {
      const s = cx.schema.structure(to.id);
      if (typeof from != 'object' || Array.isArray(from)) return fill(cx, s, {}, depth);
      const out: Obj = {};
      for (const f of s.fields) {
        const v = own(from as Obj, f.name);
        if (v != null) {
          const a = fits(cx, f.type, v) ? copy(v) : adapt(cx, f.type, v, f.name, depth + 1);
          put(out, f.name, a);
        }
      }
      return fill(cx, s, out, depth);
    }
    case 'list':
    case 'set':
      return Array.isArray(from) ? from.map((v) => adapt(cx, to.of, v, name, depth + 1)) : synth(cx, to, name, depth);
    case 'map': {
      if (typeof from != 'object' || Array.isArray(from)) return synth(cx, to, name, depth);
      const out: Obj = {};
      for (const [k, v] of Object.entries(from)) put(out, k, adapt(cx, to.value, v, name, depth + 1));
      return out;
    }
    default:
      return fits(cx, to, from) ? from : synth(cx, to, name, depth);
  }
}

/** Whether a plain value (not a structure) is already a value of `type`. */
function fits(cx: SynthContext, type: Type, v: unknown): boolean {
  switch (type.k) {
    case 'optional':
      return v == null || fits(cx, type.of, v);
    case 'primitive':
      return (
        type.name == 'opaque' ||
        (type.name == 'long'
          ? Number.isSafeInteger(v)
          : typeof v == (type.name == 'double' ? 'number' : type.name == 'boolean' ? 'boolean' : 'string'))
      );
    case 'id':
      return typeof v == 'string';
    case 'enum':
      return typeof v == 'string' && cx.schema.enumValues(type.id).has(v);
    case 'list':
    case 'set':
      return Array.isArray(v) && v.every((x) => fits(cx, type.of, x));
    case 'map':
      return !!v && typeof v == 'object' && !Array.isArray(v) && Object.values(v).every((x) => fits(cx, type.value, x));
    case 'ref':
      return false;
  }
}

/**
 * Merges an update spec into a stored value of structure `to`: each field the spec sets replaces
 * the stored one (structures adapted), then the value is made whole again for its (new) case.
 */
export function merge(cx: SynthContext, to: Type, stored: Obj, spec: Obj): Obj {
  const t = to.k == 'optional' ? to.of : to;
  if (t.k != 'ref') return stored;
  const s = cx.schema.structure(t.id);
  const out: Obj = copy(stored);
  for (const f of s.fields) {
    const v = own(spec, f.name);
    if (v != null) put(out, f.name, adapt(cx, f.type, v, f.name, 1));
  }
  return fill(cx, s, out);
}

/** A fresh id of a type the fake has no records of: its form (managed object, key, UUID) or free. */
export function freshId(random: Random, counter: () => number, resource: string | undefined): string {
  switch (idStyle(resource)) {
    case 'managed':
      return `${idPrefix(resource!)}${counter()}`;
    case 'key':
      return String(counter());
    case 'uuid':
      return random.uuid();
    default:
      return `${(resource ?? 'id').replace(/^.*\./, '').toLowerCase()}-${counter()}`;
  }
}

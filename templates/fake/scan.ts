// Walks over a call's arguments guided by their types: the ids of inventory objects they name
// (which must exist), and the same arguments with every secret replaced (for the record).
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import type { Inventory } from './inventory.js';
import type { ModelOperation, Schema, Type } from './schema.js';
import { put } from './synth.js';

type Obj = Record<string, unknown>;
const REDACTED = '<redacted>';

/** The first id of an inventory type in `v` that names no object: [where, what]. */
export function missingId(
  schema: Schema,
  inventory: Inventory,
  t: Type,
  v: unknown,
  path: string,
  depth = 0,
): [string, string] | undefined {
  if (v == null || depth > 8) return undefined;
  switch (t.k) {
    case 'id':
      return t.resource && inventory.tracks(t.resource) && typeof v == 'string' && !inventory.of(t.resource, v)
        ? [path, `${t.resource} ${v}`]
        : undefined;
    case 'optional':
      return missingId(schema, inventory, t.of, v, path, depth);
    case 'list':
    case 'set':
      if (!Array.isArray(v)) return undefined;
      for (const [i, x] of v.entries()) {
        const m = missingId(schema, inventory, t.of, x, `${path}[${i}]`, depth + 1);
        if (m) return m;
      }
      return undefined;
    case 'ref':
      for (const f of schema.structure(t.id).fields) {
        const m = missingId(schema, inventory, f.type, own(v as Obj, f.name), `${path}.${f.name}`, depth + 1);
        if (m) return m;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The arguments with every value of a secret type replaced. */
export function redact(schema: Schema, op: ModelOperation, args: Obj): Obj {
  const out: Obj = {};
  for (const p of op.params)
    if (Object.hasOwn(args, p.name)) put(out, p.name, hide(schema, schema.type(p.type), args[p.name]));
  return out;
}

function hide(schema: Schema, t: Type, v: unknown): unknown {
  if (v == null) return v;
  switch (t.k) {
    case 'primitive':
      return t.name == 'secret' ? REDACTED : v;
    case 'optional':
      return hide(schema, t.of, v);
    case 'list':
    case 'set':
      return Array.isArray(v) ? v.map((x) => hide(schema, t.of, x)) : v;
    case 'map':
    case 'ref': {
      if (typeof v != 'object' || Array.isArray(v)) return v;
      const s = t.k == 'ref' ? schema.structure(t.id) : undefined;
      const out: Obj = {};
      for (const [k, x] of Object.entries(v)) {
        const ft = t.k == 'map' ? t.value : s!.byName.get(k)?.type;
        put(out, k, ft ? hide(schema, ft, x) : x);
      }
      return out;
    }
    default:
      return v;
  }
}

// The keys spec/schema.json allows at a place in a file, for "did you mean" on unknown keys.
// A small walk over the schema: local $refs, allOf/anyOf/oneOf, if/then/else, properties,
// additionalProperties and items.

type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schema nodes that apply at once to a value: the node, what it references and combines. */
function expand(root: Schema, node: unknown, depth = 0): Schema[] {
  if (!isSchema(node) || depth > 20) return [];
  const out: Schema[] = [node];
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let target: unknown = root;
    for (const seg of ref.slice(2).split('/'))
      target = isSchema(target) ? target[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    out.push(...expand(root, target, depth + 1));
  }
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[k];
    if (Array.isArray(list)) for (const s of list) out.push(...expand(root, s, depth + 1));
  }
  for (const k of ['then', 'else'] as const) out.push(...expand(root, node[k], depth + 1));
  return out;
}

function child(node: Schema, seg: string | number): unknown[] {
  if (typeof seg === 'number') return [node.items, node.prefixItems].filter(isSchema);
  const props = node.properties;
  if (isSchema(props) && isSchema(props[seg])) return [props[seg]];
  return isSchema(node.additionalProperties) ? [node.additionalProperties] : [];
}

/** Keys a map at `path` (a file of `kind`, e.g. serviceFile) may have, per the schema. */
export function allowedKeys(schema: unknown, kind: string, path: (string | number)[]): string[] {
  if (!isSchema(schema) || !isSchema(schema.definitions)) return [];
  let nodes = expand(schema, schema.definitions[kind]);
  for (const seg of path) nodes = nodes.flatMap((n) => child(n, seg)).flatMap((n) => expand(schema, n));
  const keys = new Set<string>();
  for (const n of nodes) {
    if (isSchema(n.properties)) for (const k of Object.keys(n.properties)) keys.add(k);
    const names = n.propertyNames;
    if (isSchema(names) && Array.isArray(names.enum)) for (const k of names.enum) keys.add(String(k));
  }
  return [...keys].sort();
}

// Type expressions of a bindings facts file (canonical ids, plus vAPI types the spec cannot say:
// void, dynamic_structure<…>, id:A|B, id@field) against the importer's own type texts.
import { formatType, parseType, TypeSyntaxError } from '../../model/parse.js';
import type { ExprLeaf, TypeExpr } from '../../model/types.js';
import { isContainer } from '../../model/fold.js';

/** `optional<T>` → `{ inner: T, optional: true }`; else the text itself. */
export function splitOptional(text: string): { inner: string; optional: boolean } {
  const t = text.trim();
  return t.startsWith('optional<') && t.endsWith('>')
    ? { inner: t.slice('optional<'.length, -1).trim(), optional: true }
    : { inner: t, optional: false };
}

export function withOptional(inner: string, optional: boolean): string {
  return optional ? `optional<${inner}>` : inner;
}

/**
 * A facts type in the spec's language: what it cannot say becomes its nearest plain form (an id of
 * several or of a computed resource type → `id`; a dynamic structure → `opaque`). Undefined for
 * `void` and what does not parse.
 */
export function factExpr(text: string): TypeExpr | undefined {
  if (text === 'void') return undefined;
  const plain = text
    .replace(/dynamic_structure(<[^<>]*>)?/g, 'opaque')
    .replace(/id:[^<>,]*\|[^<>,]*/g, 'id')
    .replace(/id@[A-Za-z0-9_]+/g, 'id');
  try {
    return parseType(plain);
  } catch (e) {
    if (e instanceof TypeSyntaxError) return undefined;
    throw e;
  }
}

/** Canonical ids of structures and enums a facts type names. */
export function factRefs(text: string): string[] {
  return [...text.replace(/id[:@][^<>,]*/g, '').matchAll(/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+/g)].map((m) => m[0]);
}

/**
 * The imported type (without its outer `optional<…>`) with what the facts say more precisely: the
 * resource type of an id where the import has a plain string or id, and `exception` where the
 * import has a string or opaque value for a vAPI error. Containers must agree; elsewhere the import
 * stays as it is (a value only prose calls an id keeps its resource type). Undefined: no change.
 */
export function mergeType(imported: string, fact: string): string | undefined {
  let imp: TypeExpr;
  try {
    imp = parseType(imported);
  } catch {
    return undefined;
  }
  const f = factExpr(fact);
  if (!f) return undefined;
  let changed = false;
  const walk = (a: TypeExpr, b: TypeExpr): TypeExpr => {
    if (isContainer(a) || isContainer(b)) {
      if (!isContainer(a) || !isContainer(b) || a.kind !== b.kind) return a;
      if (a.kind === 'map' && b.kind === 'map')
        return { kind: 'map', key: walk(a.key, b.key), value: walk(a.value, b.value) };
      if (a.kind !== 'map' && b.kind !== 'map') return { kind: a.kind, of: walk(a.of, b.of) };
      return a;
    }
    const out = mergeLeaf(a as ExprLeaf, b as ExprLeaf);
    if (out !== a) changed = true;
    return out;
  };
  const merged = walk(imp, f);
  return changed ? formatType(merged) : undefined;
}

function mergeLeaf(a: ExprLeaf, b: ExprLeaf): ExprLeaf {
  const plainText = a.kind === 'primitive' && a.name === 'string';
  if (b.kind === 'id' && b.resource && ((a.kind === 'id' && a.resource !== b.resource) || plainText))
    return { kind: 'id', resource: b.resource };
  if (
    b.kind === 'primitive' &&
    b.name === 'exception' &&
    (plainText || (a.kind === 'primitive' && a.name === 'opaque'))
  )
    return { kind: 'primitive', name: 'exception' };
  return a;
}

/**
 * Whether an imported type and a facts type can be the same parameter: the same containers, and
 * leaves alike (a named type with the same last name, an id or string for an id, a string or opaque
 * for an error value). Optionality is not compared.
 */
export function sameShape(imported: string, fact: string): boolean {
  let a: TypeExpr;
  try {
    a = parseType(splitOptional(imported).inner);
  } catch {
    return false;
  }
  const b = factExpr(splitOptional(fact).inner);
  if (!b) return false;
  const walk = (x: TypeExpr, y: TypeExpr): boolean => {
    if (isContainer(x) || isContainer(y)) {
      if (!isContainer(x) || !isContainer(y) || x.kind !== y.kind) return false;
      if (x.kind === 'map' && y.kind === 'map') return walk(x.key, y.key) && walk(x.value, y.value);
      return x.kind !== 'map' && y.kind !== 'map' && walk(x.of, y.of);
    }
    const [l, m] = [x as ExprLeaf, y as ExprLeaf];
    if (l.kind === 'named' || m.kind === 'named')
      return l.kind === 'named' && m.kind === 'named' && l.name.split('.').pop() === m.name.split('.').pop();
    const text = (v: ExprLeaf): string => (v.kind === 'id' ? 'string' : v.kind === 'primitive' ? v.name : '');
    const t = [text(l), text(m)].sort().join(' ');
    return text(l) === text(m) || t === 'exception string' || t === 'exception opaque' || t === 'opaque string';
  };
  return walk(a, b);
}

/** A facts type written in the spec's language (canonical ids), or undefined when it cannot be. */
export function specType(fact: string): string | undefined {
  const t = factExpr(fact);
  return t && formatType(t);
}

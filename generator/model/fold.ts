// One walk over type trees (types.ts), for the functions that treat every container alike:
// visiting the leaves, replacing them, and writing a type back as text. Renderings whose
// containers differ (TypeScript, JSON Schema) switch on the kind themselves.
import type { Container, TypeTree } from './types.js';

const CONTAINERS: ReadonlySet<string> = new Set(['list', 'set', 'optional', 'map']);

/** Whether a node of a type tree is a container (list, set, optional, map) rather than a leaf. */
export function isContainer<L>(t: TypeTree<L>): t is Container<L> {
  return CONTAINERS.has((t as { kind: string }).kind);
}

/** The leaves of a type, left to right (a map's key before its value). */
export function* typeLeaves<L>(t: TypeTree<L>): Generator<L> {
  if (!isContainer(t)) yield t as L;
  else if (t.kind === 'map') {
    yield* typeLeaves(t.key);
    yield* typeLeaves(t.value);
  } else yield* typeLeaves(t.of);
}

/**
 * The type with every leaf replaced by `leaf(l)`, leaves left to right. `container`, when given,
 * sees each rebuilt container after its contents (inner ones first).
 */
export function mapType<L, M>(
  t: TypeTree<L>,
  leaf: (l: L) => TypeTree<M>,
  container?: (c: Container<M>) => void,
): TypeTree<M> {
  if (!isContainer(t)) return leaf(t as L);
  const out: Container<M> =
    t.kind === 'map'
      ? { kind: 'map', key: mapType(t.key, leaf, container), value: mapType(t.value, leaf, container) }
      : { kind: t.kind, of: mapType(t.of, leaf, container) };
  container?.(out);
  return out;
}

/** The canonical text of a type (`map<string,list<x>>`, no spaces), each leaf written by `leaf`. */
export function writeType<L>(t: TypeTree<L>, leaf: (l: L) => string): string {
  if (!isContainer(t)) return leaf(t as L);
  if (t.kind === 'map') return `map<${writeType(t.key, leaf)},${writeType(t.value, leaf)}>`;
  return `${t.kind}<${writeType(t.of, leaf)}>`;
}

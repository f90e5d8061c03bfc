// The vAPI type model every stage shares: the type language of spec files (`optional<list<id:VM>>`)
// as a tree, parsed (names as written) and resolved (names turned into structure or enum ids).
// Both are the same tree of containers over different leaves, so one fold (fold.ts) serves both.

export const PRIMITIVES = [
  'string',
  'long',
  'double',
  'boolean',
  'datetime',
  'secret',
  'uri',
  'binary',
  'opaque',
  'exception',
] as const;
export type Primitive = (typeof PRIMITIVES)[number];

/** The generic types and how many type arguments each takes. */
export const GENERIC_ARITY: Readonly<Record<string, number>> = {
  list: 1,
  set: 1,
  optional: 1,
  map: 2,
};

/** Every word of the type language: a name used in a type expression must not be one of them. */
export const TYPE_KEYWORDS: ReadonlySet<string> = new Set([...PRIMITIVES, 'id', ...Object.keys(GENERIC_ARITY)]);

/** A type tree: leaves of type `L`, inside lists, sets, optionals and maps. */
export type TypeTree<L> = L | Container<L>;

/** The containers of a type tree (whatever its leaves). */
export type Container<L> =
  { kind: 'list' | 'set' | 'optional'; of: TypeTree<L> } | { kind: 'map'; key: TypeTree<L>; value: TypeTree<L> };

type PrimitiveLeaf = { kind: 'primitive'; name: Primitive };
type IdLeaf = { kind: 'id'; resource?: string };

/** A leaf as written in a spec file: a named type is not resolved yet (`offset`: where its name starts). */
export type ExprLeaf = PrimitiveLeaf | IdLeaf | { kind: 'named'; name: string; offset: number };

/** A leaf of a resolved type: a named type is a structure (`ref`) or an enum, by canonical id. */
export type VapiLeaf = PrimitiveLeaf | IdLeaf | { kind: 'ref'; id: string } | { kind: 'enum'; id: string };

/** A parsed type expression; named references are not resolved yet. */
export type TypeExpr = TypeTree<ExprLeaf>;

/** A resolved type: what the checked spec, the IR and every emitter work with. */
export type VapiType = TypeTree<VapiLeaf>;

/** Splits `optional<T>` into T and a flag. */
export function unwrapOptional(t: VapiType): { type: VapiType; optional: boolean } {
  return t.kind === 'optional' ? { type: t.of, optional: true } : { type: t, optional: false };
}

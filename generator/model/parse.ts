// Type expressions as text: parsing `optional<list<id:VirtualMachine>>` and friends, and writing
// types back (the spec's canonical spelling, and the one manifest.json uses for resolved types).
import { writeType } from './fold.js';
import { closest } from './suggest.js';
import { GENERIC_ARITY, PRIMITIVES, type Primitive, type TypeExpr, type VapiType } from './types.js';

const PRIMITIVE_SET: ReadonlySet<string> = new Set(PRIMITIVES);

export class TypeSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
export function parseType(text: string): TypeExpr {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && text[i] === ' ') i++;
  };
  const word = (): { w: string; at: number } => {
    ws();
    const at = i;
    // After `id:` a resource type may hold any character but the type syntax's own.
    while (
      i < text.length &&
      (/[A-Za-z0-9_.:$-]/.test(text[i]!) || (text.startsWith('id:', at) && !/[\s<>,]/.test(text[i]!)))
    )
      i++;
    if (i === at) throw new TypeSyntaxError(at < text.length ? `unexpected '${text[at]}'` : 'a type is missing', at);
    return { w: text.slice(at, i), at };
  };
  const type = (): TypeExpr => {
    const { w, at } = word();
    ws();
    if (text[i] === '<') {
      const arity = Object.hasOwn(GENERIC_ARITY, w) ? GENERIC_ARITY[w] : undefined;
      const near = arity === undefined ? closest(w, Object.keys(GENERIC_ARITY)) : undefined;
      if (near) throw new TypeSyntaxError(`unknown generic type '${w}<…>' (did you mean ${near}<…>?)`, at);
      if (arity === undefined)
        throw new TypeSyntaxError(`'${w}' takes no type arguments (generic types are list, set, map, optional)`, at);
      i++;
      const args = [type()];
      ws();
      while (text[i] === ',') {
        i++;
        args.push(type());
        ws();
      }
      if (text[i] !== '>') throw new TypeSyntaxError(`expected '>' to close ${w}<…>`, i);
      i++;
      if (args.length !== arity)
        throw new TypeSyntaxError(
          `${w}<…> takes ${arity} type argument${arity > 1 ? 's' : ''}, got ${args.length}`,
          at,
        );
      if (w === 'map') return { kind: 'map', key: args[0]!, value: args[1]! };
      return { kind: w as 'list' | 'set' | 'optional', of: args[0]! };
    }
    if (Object.hasOwn(GENERIC_ARITY, w))
      throw new TypeSyntaxError(
        `${w} needs type arguments, e.g. ${w === 'map' ? 'map<string,long>' : `${w}<string>`}`,
        at,
      );
    if (PRIMITIVE_SET.has(w)) return { kind: 'primitive', name: w as Primitive };
    if (w === 'id') return { kind: 'id' };
    if (w.startsWith('id:')) {
      const resource = w.slice(3);
      if (!resource) throw new TypeSyntaxError("'id:' needs a resource type, e.g. id:VirtualMachine", at);
      return { kind: 'id', resource };
    }
    if (w.includes(':')) throw new TypeSyntaxError(`'${w}' is not a type; only id:<ResourceType> uses ':'`, at);
    return { kind: 'named', name: w, offset: at };
  };
  const t = type();
  ws();
  if (i < text.length) throw new TypeSyntaxError(`unexpected '${text.slice(i)}' after the type`, i);
  return t;
}

/** Writes a type expression back in canonical form. */
export function formatType(t: TypeExpr): string {
  return writeType(t, (l) => (l.kind === 'primitive' ? l.name : l.kind === 'named' ? l.name : idText(l)));
}

/** Writes a resolved type the way manifest.json spells types (`ref:<id>`, `enum:<id>`). */
export function typeToString(t: VapiType): string {
  return writeType(t, (l) => (l.kind === 'primitive' ? l.name : l.kind === 'id' ? idText(l) : `${l.kind}:${l.id}`));
}

const idText = (l: { resource?: string }): string => (l.resource ? `id:${l.resource}` : 'id');

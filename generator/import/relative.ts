// Shortest type names: a full canonical id is written as the shortest suffix that resolves back to
// it under the spec's scope rule (inside the declaration, then each enclosing id, then absolute).
import { formatType, parseType, type TypeExpr } from '../spec/types.js';
import { isTypeKeyword } from './names.js';

export class Relativizer {
  constructor(private readonly ids: ReadonlySet<string>) {}

  /** What `name` means when used inside `scope` (same rule as SymbolTable.resolve). */
  resolve(name: string, scope: string): string | undefined {
    let s = scope;
    for (;;) {
      const id = `${s}.${name}`;
      if (this.ids.has(id)) return id;
      const dot = s.lastIndexOf('.');
      if (dot < 0) break;
      s = s.slice(0, dot);
    }
    return this.ids.has(name) ? name : undefined;
  }

  /** The shortest name for `id` as seen from `scope`. */
  name(id: string, scope: string): string {
    const parts = id.split('.');
    for (let n = 1; n < parts.length; n++) {
      const candidate = parts.slice(parts.length - n).join('.');
      if (isTypeKeyword(candidate)) continue;
      if (this.resolve(candidate, scope) === id) return candidate;
    }
    return id;
  }

  /** Rewrites every named type of an expression relative to `scope`. */
  type(expr: string, scope: string): string {
    const walk = (t: TypeExpr): TypeExpr => {
      switch (t.kind) {
        case 'named':
          return { ...t, name: this.name(t.name, scope) };
        case 'map':
          return { kind: 'map', key: walk(t.key), value: walk(t.value) };
        case 'list':
        case 'set':
        case 'optional':
          return { kind: t.kind, of: walk(t.of) };
        default:
          return t;
      }
    };
    return formatType(walk(parseType(expr)));
  }
}

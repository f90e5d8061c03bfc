// Resolves type expressions of the spec into IR types, reporting syntax and reference errors
// with the exact column inside the expression.
import type { Loc } from '../diagnostics.js';
import { Reporter } from '../diagnostics.js';
import type { IrType } from '../ir/model.js';
import { parseType, TypeSyntaxError, type TypeExpr } from './types.js';
import type { SymbolTable } from './symbols.js';
import { typeSuggestion } from './type-suggest.js';

const at = (loc: Loc, offset: number): Loc => ({ ...loc, col: loc.col + offset });

export function resolveType(text: string, loc: Loc, scopeId: string, symbols: SymbolTable, reporter: Reporter): IrType | undefined {
  let expr: TypeExpr;
  try {
    expr = parseType(text);
  } catch (e) {
    if (!(e instanceof TypeSyntaxError)) throw e;
    reporter.error('type-syntax', `bad type '${text}': ${e.message}`, at(loc, e.offset));
    return undefined;
  }
  let ok = true;
  const walk = (t: TypeExpr): IrType => {
    switch (t.kind) {
      case 'primitive':
        return { kind: 'primitive', name: t.name };
      case 'id':
        return t.resource ? { kind: 'id', resource: t.resource } : { kind: 'id' };
      case 'list':
      case 'set':
      case 'optional':
        return { kind: t.kind, of: walk(t.of) };
      case 'map': {
        const key = walk(t.key);
        const keyOk =
          (key.kind === 'primitive' && (key.name === 'string' || key.name === 'long')) || key.kind === 'id' || key.kind === 'enum';
        if (!keyOk && ok) {
          reporter.error('map-key', `map keys must be string, long, id or an enum (in '${text}')`, loc, 'use map<string,…>');
          ok = false;
        }
        return { kind: 'map', key, value: walk(t.value) };
      }
      case 'named': {
        const d = symbols.resolve(t.name, scopeId);
        if (!d) {
          const near = typeSuggestion(t.name, scopeId, symbols);
          reporter.error('unknown-type', `unknown type '${t.name}'`, at(loc, t.offset), near ? `did you mean '${near}'?` : 'declare it under structures:/enums:, or use its full canonical id');
          ok = false;
          return { kind: 'primitive', name: 'opaque' };
        }
        if (d.kind === 'error') {
          reporter.error('error-as-type', `'${t.name}' is an error type and cannot be used as a value type`, at(loc, t.offset));
          ok = false;
          return { kind: 'primitive', name: 'opaque' };
        }
        return d.kind === 'structure' ? { kind: 'ref', id: d.id } : { kind: 'enum', id: d.id };
      }
    }
  };
  const out = walk(expr);
  return ok ? out : undefined;
}

/** Splits `optional<T>` into T and a flag. */
export function unwrapOptional(t: IrType): { type: IrType; optional: boolean } {
  return t.kind === 'optional' ? { type: t.of, optional: true } : { type: t, optional: false };
}

/** Writes an IR type the way manifest.json spells types. */
export function typeToString(t: IrType): string {
  switch (t.kind) {
    case 'primitive':
      return t.name;
    case 'id':
      return t.resource ? `id:${t.resource}` : 'id';
    case 'ref':
      return `ref:${t.id}`;
    case 'enum':
      return `enum:${t.id}`;
    case 'map':
      return `map<${typeToString(t.key)},${typeToString(t.value)}>`;
    default:
      return `${t.kind}<${typeToString(t.of)}>`;
  }
}

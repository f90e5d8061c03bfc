// Resolves type expressions of the spec into resolved types (model/types.ts), reporting syntax and
// reference errors with the exact column inside the expression.
import type { Loc } from '../diagnostics.js';
import { Reporter } from '../diagnostics.js';
import { mapType } from '../model/fold.js';
import { parseType, TypeSyntaxError } from '../model/parse.js';
import type { TypeExpr, VapiLeaf, VapiType } from '../model/types.js';
import type { SymbolTable } from './symbols.js';
import { typeSuggestion } from './type-suggest.js';

const at = (loc: Loc, offset: number): Loc => ({ ...loc, col: loc.col + offset });

const OPAQUE: VapiType = { kind: 'primitive', name: 'opaque' };

export function resolveType(
  text: string,
  loc: Loc,
  scopeId: string,
  symbols: SymbolTable,
  reporter: Reporter,
): VapiType | undefined {
  let expr: TypeExpr;
  try {
    expr = parseType(text);
  } catch (e) {
    if (!(e instanceof TypeSyntaxError)) throw e;
    reporter.error('type-syntax', `bad type '${text}': ${e.message}`, at(loc, e.offset));
    return undefined;
  }
  let ok = true;
  let badKey = false;
  // Names that do not resolve stand in as opaque (reported); a map key among them is not checked again.
  const unresolved = new Set<VapiType>();
  const out = mapType(
    expr,
    (t): VapiType => {
      if (t.kind !== 'named') return t;
      const d = symbols.resolve(t.name, scopeId);
      if (d && d.kind !== 'error') return { kind: d.kind === 'structure' ? 'ref' : 'enum', id: d.id } as VapiLeaf;
      if (!d) {
        const near = typeSuggestion(t.name, scopeId, symbols);
        reporter.error(
          'unknown-type',
          `unknown type '${t.name}'`,
          at(loc, t.offset),
          near ? `did you mean '${near}'?` : 'declare it under structures:/enums:, or use its full canonical id',
        );
      } else
        reporter.error(
          'error-as-type',
          `'${t.name}' is an error type and cannot be used as a value type`,
          at(loc, t.offset),
        );
      ok = false;
      const stand = { ...OPAQUE };
      unresolved.add(stand);
      return stand;
    },
    (c) => {
      if (c.kind !== 'map' || isMapKey(c.key) || unresolved.has(c.key)) return;
      // One such error per expression: its place is the expression's.
      if (!badKey)
        reporter.error(
          'map-key',
          `map keys must be string, long, id or an enum (in '${text}')`,
          loc,
          'use map<string,…>',
        );
      badKey = true;
      ok = false;
    },
  );
  return ok ? out : undefined;
}

function isMapKey(key: VapiType): boolean {
  return (
    (key.kind === 'primitive' && (key.name === 'string' || key.name === 'long')) ||
    key.kind === 'id' ||
    key.kind === 'enum'
  );
}

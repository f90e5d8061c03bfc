// "Did you mean" for type expressions: the primitive, generic or declared name closest to a
// misspelt one, as it would be written where it is used (relative names inside their scope).
import { closest } from '../model/suggest.js';
import type { SymbolTable } from './symbols.js';
import { PRIMITIVES } from '../model/types.js';

/** The closest name a type expression inside `scopeId` could use instead of `name`. */
export function typeSuggestion(name: string, scopeId: string, symbols: SymbolTable): string | undefined {
  const candidates = new Set<string>([...PRIMITIVES, 'id']);
  const scopes: string[] = [];
  for (let s = scopeId; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : '') scopes.push(s);
  for (const [id, d] of symbols.byId) {
    if (d.kind === 'error') continue;
    candidates.add(id);
    for (const s of scopes) if (id.startsWith(`${s}.`)) candidates.add(id.slice(s.length + 1));
  }
  return closest(name, candidates);
}

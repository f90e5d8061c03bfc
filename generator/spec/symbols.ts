// The spec's symbol table: every declared structure, enum and error by canonical id, and the
// scope rule that resolves the names used in type expressions.
import type { Loc } from '../diagnostics.js';
import type { SpecEnum, SpecErrorType, SpecStructure, SpecUnit } from './model.js';

export type Declared =
  | { kind: 'structure'; id: string; unit: SpecUnit; node: SpecStructure }
  | { kind: 'enum'; id: string; unit: SpecUnit; node: SpecEnum }
  | { kind: 'error'; id: string; unit: SpecUnit; node: SpecErrorType };

export class SymbolTable {
  readonly byId = new Map<string, Declared>();
  /** Declarations that lost to an earlier one with the same id. */
  readonly duplicates: { first: Declared; again: Declared; loc: Loc }[] = [];

  add(d: Declared, loc: Loc): void {
    const first = this.byId.get(d.id);
    if (first) this.duplicates.push({ first, again: d, loc });
    else this.byId.set(d.id, d);
  }

  /**
   * Resolves `name` as used inside the declaration `scopeId`: tried relative to that id, then to
   * each enclosing id (as nested classes resolve), then as an absolute id.
   */
  resolve(name: string, scopeId: string): Declared | undefined {
    let scope = scopeId;
    for (;;) {
      const hit = this.byId.get(`${scope}.${name}`);
      if (hit) return hit;
      const dot = scope.lastIndexOf('.');
      if (dot < 0) break;
      scope = scope.slice(0, dot);
    }
    return this.byId.get(name);
  }

  static of(units: SpecUnit[]): SymbolTable {
    const t = new SymbolTable();
    for (const unit of units) {
      for (const s of unit.structures) t.add({ kind: 'structure', id: `${unit.id}.${s.name}`, unit, node: s }, s.loc);
      for (const e of unit.enums) t.add({ kind: 'enum', id: `${unit.id}.${e.name}`, unit, node: e }, e.loc);
      for (const e of unit.errors) t.add({ kind: 'error', id: `${unit.id}.${e.name}`, unit, node: e }, e.loc);
    }
    return t;
  }
}

// Type names as written in spec units. A type is written by its name inside its unit (`info.status`,
// `ide_address_spec`) only when it is declared in the unit of the place of use or in a unit whose id
// encloses that unit's id (com.vmware.vcenter.vm.hardware for ….hardware.cdrom), and that name
// resolves back to it under the spec's scope rule; otherwise by its full canonical id
// (com.vmware.vapi.std.localizable_message), never by a partial suffix.
import { mapType } from '../../model/fold.js';
import { formatType, parseType } from '../../model/parse.js';
import type { TypeExpr } from '../../model/types.js';
import { isTypeKeyword } from '../shared/names.js';

export class Relativizer {
  /** @param units declared type id → id of the unit that declares it */
  constructor(private readonly units: ReadonlyMap<string, string>) {}

  /** What `name` means when used inside `scope` (same rule as SymbolTable.resolve). */
  resolve(name: string, scope: string): string | undefined {
    let s = scope;
    for (;;) {
      const id = `${s}.${name}`;
      if (this.units.has(id)) return id;
      const dot = s.lastIndexOf('.');
      if (dot < 0) break;
      s = s.slice(0, dot);
    }
    return this.units.has(name) ? name : undefined;
  }

  /** The unit a scope belongs to: a declaration's unit, else the scope is a unit id itself. */
  unitOf(scope: string): string {
    return this.units.get(scope) ?? scope;
  }

  /** How `id` is written inside `scope`. */
  name(id: string, scope: string): string {
    const target = this.units.get(id);
    if (target === undefined) return id;
    const here = this.unitOf(scope);
    if (here !== target && !here.startsWith(`${target}.`)) return id;
    const local = id.slice(target.length + 1);
    return !isTypeKeyword(local) && this.resolve(local, scope) === id ? local : id;
  }

  /** Rewrites every named type of an expression (written with full ids) for use inside `scope`. */
  type(expr: string, scope: string): string {
    return formatType(this.mapNames(parseType(expr), (n) => this.name(n, scope)));
  }

  /** The expression with each named type replaced by `f(name)`. */
  mapNames(t: TypeExpr, f: (name: string) => string): TypeExpr {
    return mapType(t, (l) => (l.kind === 'named' ? { ...l, name: f(l.name) } : l));
  }
}

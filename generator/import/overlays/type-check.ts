// Checks the type expressions and error ids overlays write, against the imported declarations and
// those the overlays declare.
import type { Loc } from '../../diagnostics.js';
import { typeLeaves } from '../../model/fold.js';
import { formatType, parseType, TypeSyntaxError } from '../../model/parse.js';
import type { TypeExpr } from '../../model/types.js';
import { missing, type Ctx, type TypeChecks } from './context.js';
import { Relativizer } from '../units/relative.js';
import { unitId, type UnitDoc } from '../shared/unit-doc.js';

export class OverlayTypes implements TypeChecks {
  private readonly rel: Relativizer;
  private readonly errors = new Set<string>();

  constructor(units: UnitDoc[]) {
    const ids = new Map<string, string>();
    for (const u of units) {
      const id = unitId(u);
      for (const n of Object.keys(u.structures ?? {})) ids.set(`${id}.${n}`, id);
      for (const n of Object.keys(u.enums ?? {})) ids.set(`${id}.${n}`, id);
      for (const n of Object.keys(u.errors ?? {})) {
        ids.set(`${id}.${n}`, id);
        this.errors.add(`${id}.${n}`);
      }
    }
    this.rel = new Relativizer(ids);
  }

  /**
   * check(), then the type written the importer's way for `scope` (each name resolved to its full
   * id, then written as units/relative.ts decides), so overlay types read like imported ones.
   */
  checked(c: Ctx, text: string, scope: string, loc: Loc, severity: 'error' | 'warning' = 'error'): string | undefined {
    if (this.check(c, text, scope, loc, severity) === undefined) return undefined;
    const full = this.rel.mapNames(parseType(text), (n) => this.rel.resolve(n, scope) ?? n);
    return formatType(this.rel.mapNames(full, (n) => this.rel.name(n, scope)));
  }

  isError(id: string): boolean {
    return this.errors.has(id);
  }

  /**
   * The type text if it parses and every name resolves from `scope`; otherwise reports at `loc`
   * (an error, or a warning when the caller can do without the type) and returns undefined.
   */
  private check(
    c: Ctx,
    text: string,
    scope: string,
    loc: Loc,
    severity: 'error' | 'warning' = 'error',
  ): string | undefined {
    let expr: TypeExpr;
    try {
      expr = parseType(text);
    } catch (e) {
      if (!(e instanceof TypeSyntaxError)) throw e;
      c.log.at('error', 'overlay-type', `bad type '${text}': ${e.message}`, { ...loc, col: loc.col + e.offset });
      return undefined;
    }
    const unknown: string[] = [];
    for (const l of typeLeaves(expr)) {
      if (l.kind !== 'named') continue;
      const id = this.rel.resolve(l.name, scope);
      if (!id || this.errors.has(id)) unknown.push(l.name);
    }
    if (unknown.length === 0) return text;
    const what = `type ${unknown.map((n) => `'${n}'`).join(', ')} (seen from ${scope})`;
    if (severity === 'error') missing(c, loc, what, 'name a structure or enum of the import');
    else
      c.log.at(
        'warning',
        'overlay-data-type',
        `${what} is not in the import; the error entry is kept without its data type`,
        loc,
        'remove the data: key, or import a file that defines the structure',
      );
    return undefined;
  }
}

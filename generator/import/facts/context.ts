// What the facts rules share: the counters, the import's declarations by canonical id, and how a
// facts type changes an imported one.
import type { Loc } from '../../diagnostics.js';
import { compareVersions } from '../../model/version.js';
import type { Ctx } from '../overlays/context.js';
import { unitId, type UnitDoc } from '../shared/unit-doc.js';
import { Relativizer } from '../units/relative.js';
import { mergeType, splitOptional, withOptional } from './types.js';

export interface FactsStats {
  file: string;
  /** The wheel, e.g. `vapi-client-bindings 3.8.0`. */
  bindings: string;
  /** Unions written from the facts, and their case fields. */
  unions: number;
  caseFields: number;
  /** Types given a resource type or `exception`; optionality changed. */
  types: number;
  optional: number;
  /** Wire names corrected to the facts' spelling (`<structure id>.<imported name> → <name>`). */
  renamed: string[];
  /** Parameters named after the bindings; operations whose parameters were put in declared order. */
  params: number;
  reordered: number;
  /** Operation error entries added; operations that run as tasks; enum values added. */
  errors: number;
  tasks: number;
  values: number;
  /** Targets an import of another version lacks (notes or warnings). */
  absent: number;
  /** The fields the facts state (`<structure id>#<field>`, names as the import has them now). */
  covered: Set<string>;
  /** The operations whose parameters the facts name (`<service id>.<operation>`). */
  named: Set<string>;
}

/** Structures and enums of the import by canonical id (and by its lower case, for ids spelled in another case). */
export interface DeclIndex {
  get<K extends 'structures' | 'enums'>(
    kind: K,
    id: string,
  ): { unit: UnitDoc; name: string; doc: NonNullable<UnitDoc[K]>[string] } | undefined;
  /** The values of the enum a type names (as written inside the declaration `scope`), in order. */
  enumValues(type: string, scope: string): string[] | undefined;
}

export function declarations(units: UnitDoc[]): DeclIndex {
  const maps = { structures: new Map<string, [UnitDoc, string]>(), enums: new Map<string, [UnitDoc, string]>() };
  for (const u of units) {
    for (const kind of ['structures', 'enums'] as const) {
      for (const name of Object.keys(u[kind] ?? {})) {
        const id = `${unitId(u)}.${name}`;
        maps[kind].set(id, [u, name]);
        if (!maps[kind].has(id.toLowerCase())) maps[kind].set(id.toLowerCase(), [u, name]);
      }
    }
  }
  const rel = new Relativizer(
    new Map(
      [...maps.structures, ...maps.enums]
        .filter(([id, [u, n]]) => id === `${unitId(u)}.${n}`)
        .map(([id, [u]]) => [id, unitId(u)]),
    ),
  );
  const get: DeclIndex['get'] = (kind, id) => {
    const hit = maps[kind].get(id) ?? maps[kind].get(id.toLowerCase());
    if (!hit) return undefined;
    const [unit, name] = hit;
    return { unit, name, doc: unit[kind]![name] as never };
  };
  return {
    get,
    enumValues(type, scope) {
      const id = rel.resolve(splitOptional(type).inner, scope);
      return id === undefined ? undefined : get('enums', id)?.doc.values.map((v) => v.value);
    },
  };
}

/** The imported type with the facts' resource types and `exception`s, and the facts' optionality. */
export function typed(stats: FactsStats, imported: string, fact: string, optional?: boolean): string {
  const imp = splitOptional(imported);
  const f = splitOptional(fact);
  const inner = mergeType(imp.inner, f.inner);
  if (inner !== undefined) stats.types++;
  const opt = optional ?? f.optional;
  if (opt !== imp.optional) stats.optional++;
  return withOptional(inner ?? imp.inner, opt);
}

/** Something the import has and the facts do not: news in an import of a newer version, else worth a look. */
export function extra(c: Ctx, loc: Loc, what: string): void {
  const newer = c.versions.import && c.versions.overlay && compareVersions(c.versions.import, c.versions.overlay) > 0;
  if (newer) return;
  c.log.at('warning', 'facts-extra', what, loc, 'check the import, or the facts file against its wheel');
}

// `--facts-from <spec dir>`: facts VMware's files state only in prose, taken from the spec of
// another API version where the imported file is silent about them:
//   - the resource type of an id ("must be an identifier for the resource type: X");
//   - tagged unions ("only relevant when the value of type is X"), with the optionality of their
//     case fields, which the same prose decides;
//   - a result that "may be unset";
//   - the privileges an operation requires ("privileges described as follows"), where the file
//     states none (7.0.2 states none for the VM and placement inventory services).
// VMware's 7.0.2 Swagger states none of these for the vcenter.vm services (its 7.0.3 file states
// them all), so importing it alone types every id as a plain string and loses every union, and
// `vcgen diff` would report those losses as API changes. A fact is taken only where the declaration
// is otherwise the same: the imported type must equal the other spec's with ids written as plain
// strings. A real change of these facts between the versions would be hidden: use the option only
// for a file known to leave them out (the import's notes count what was taken).
import { DiagnosticError } from '../../diagnostics.js';
import { loadSpec } from '../../spec/load.js';
import type { SpecOperation, SpecStructure, SpecUnit } from '../../spec/model.js';
import { formatType, parseType } from '../../model/parse.js';
import type { TypeExpr } from '../../model/types.js';
import type { ImportLog } from '../shared/draft.js';
import { Relativizer } from '../units/relative.js';
import { unitId, type StructureDoc, type UnionDoc, type UnitDoc } from '../shared/unit-doc.js';

export interface FactStats {
  /** Types that gained an id's resource type. */
  ids: number;
  unions: number;
  /** Results that became optional. */
  results: number;
  /** Union case fields that became required in their case. */
  caseFields: number;
  /** Operations that took the other spec's privileges. */
  privileges: number;
}

/** `t` (imported) with the facts `r` (other version) adds, or undefined when they differ otherwise. */
function merge(t: TypeExpr, r: TypeExpr): TypeExpr | undefined {
  if (t.kind === 'primitive' && t.name === 'string' && r.kind === 'id') return r;
  switch (t.kind) {
    case 'primitive':
      return r.kind === 'primitive' && r.name === t.name ? t : undefined;
    case 'id':
      return r.kind === 'id' && (r.resource === t.resource || t.resource === undefined) ? r : undefined;
    case 'named':
      return r.kind === 'named' && r.name === t.name ? t : undefined;
    case 'map': {
      if (r.kind !== 'map') return undefined;
      const [key, value] = [merge(t.key, r.key), merge(t.value, r.value)];
      return key && value ? { kind: 'map', key, value } : undefined;
    }
    default: {
      if (r.kind !== t.kind) return undefined;
      const of = merge(t.of, (r as { of: TypeExpr }).of);
      return of ? { kind: t.kind, of } : undefined;
    }
  }
}

const mergeText = (t: string, r: string): string | undefined => {
  const m = merge(parseType(t), parseType(r));
  return m && formatType(m);
};

/** Takes the facts from the spec in `dir`; undefined (with a warning) when it does not load. */
export function adoptFacts(units: UnitDoc[], dir: string, log: ImportLog): FactStats | undefined {
  let ref: SpecUnit[];
  try {
    ref = loadSpec(dir).units;
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    log.error(
      'facts-from',
      `the spec in ${dir} does not load (${e.diagnostics.length} problems)`,
      undefined,
      'pass a spec directory that `vcgen generate` accepts',
    );
    return undefined;
  }
  const stats: FactStats = { ids: 0, unions: 0, results: 0, caseFields: 0, privileges: 0 };
  const byKey = new Map(ref.map((u) => [`${u.kind}:${u.id}`, u]));
  const ids = new Map<string, string>();
  for (const u of units)
    for (const rec of [u.structures, u.enums])
      for (const n of Object.keys(rec ?? {})) ids.set(`${unitId(u)}.${n}`, unitId(u));
  const rel = new Relativizer(ids);
  const enumValues = (typeText: string, scope: string): Set<string> | undefined => {
    const t = parseType(typeText);
    const named = t.kind === 'optional' ? t.of : t;
    if (named.kind !== 'named') return undefined;
    const full = rel.resolve(named.name, scope);
    const unit = full && ids.get(full);
    const en = unit
      ? units.find((u) => unitId(u) === unit && u.enums?.[full!.slice(unit.length + 1)])?.enums?.[
          full!.slice(unit.length + 1)
        ]
      : undefined;
    return en && new Set(en.values.map((v) => v.value));
  };
  const refine = (current: string, other: string): string => {
    const m = mergeText(current, other);
    if (m === undefined || m === current) return current;
    stats.ids++;
    return m;
  };
  for (const u of units) {
    const other = byKey.get(`${u.service !== undefined ? 'service' : 'package'}:${unitId(u)}`);
    if (!other) continue;
    for (const [name, op] of Object.entries(u.operations ?? {})) {
      const o = other.operations.find((x) => x.name === name);
      if (o) adoptOperation(op, o, refine, stats);
    }
    for (const [name, s] of Object.entries(u.structures ?? {})) {
      const o = other.structures.find((x) => x.name === name);
      if (!o) continue;
      for (const f of s.fields) {
        const g = o.fields.find((x) => x.name === f.name);
        if (g) f.type = refine(f.type, g.type);
      }
      adoptUnions(s, o, `${unitId(u)}.${name}`, enumValues, stats);
    }
  }
  return stats;
}

function adoptOperation(
  op: NonNullable<UnitDoc['operations']>[string],
  o: SpecOperation,
  refine: (a: string, b: string) => string,
  stats: FactStats,
): void {
  for (const p of op.params ?? []) {
    const q = o.params.find((x) => x.name === p.name);
    if (q) p.type = refine(p.type, q.type);
  }
  const names = new Set((op.params ?? []).map((p) => p.name));
  if (!op.privileges?.length && o.privileges.length && o.privileges.every((p) => !p.param || names.has(p.param))) {
    op.privileges = o.privileges.map((p) => ({
      ...(p.param !== undefined ? { param: p.param } : {}),
      ...(p.resource !== undefined ? { resource: p.resource } : {}),
      require: [...p.require],
    }));
    stats.privileges++;
  }
  if (!op.result || !o.result) return;
  const r = parseType(o.result.type);
  if (r.kind === 'optional' && !op.result.type.startsWith('optional<')) {
    const m = mergeText(op.result.type, formatType(r.of));
    if (m !== undefined) {
      op.result.type = `optional<${m}>`;
      stats.results++;
      return;
    }
  }
  op.result.type = refine(op.result.type, o.result.type);
}

/** The other spec's unions of a structure the import has none for, cut to what the import has. */
function adoptUnions(
  s: StructureDoc,
  o: SpecStructure,
  scope: string,
  enumValues: (type: string, scope: string) => Set<string> | undefined,
  stats: FactStats,
): void {
  if (s.unions?.length || !o.unions.length) return;
  const unions: UnionDoc[] = [];
  for (const u of o.unions) {
    const disc = s.fields.find((f) => f.name === u.discriminant);
    const values = disc && enumValues(disc.type, scope);
    if (!values || disc.type !== o.fields.find((f) => f.name === u.discriminant)?.type) continue;
    const have = new Set(s.fields.map((f) => f.name));
    const cases: Record<string, string[]> = {};
    for (const [value, c] of u.cases) {
      const fields = c.fields.filter((f) => have.has(f));
      if (values.has(value) && (fields.length || !c.fields.length)) cases[value] = fields;
    }
    unions.push({ discriminant: u.discriminant, cases });
    // Case fields: the prose that makes the union also says whether a field may be unset in its case.
    for (const name of new Set(Object.values(cases).flat())) {
      const f = s.fields.find((x) => x.name === name)!;
      const g = o.fields.find((x) => x.name === name)!;
      const t = parseType(f.type);
      if (t.kind !== 'optional' || parseType(g.type).kind === 'optional') continue;
      const m = mergeText(formatType(t.of), g.type);
      if (m === undefined) continue;
      f.type = m;
      stats.caseFields++;
    }
  }
  if (!unions.length) return;
  s.unions = unions;
  stats.unions += unions.length;
}

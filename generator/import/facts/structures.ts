// Bindings facts for structures (field types, optionality, wire names, tagged unions) and enums
// (values). A union field required in its case is `T`, optional in its case `optional<T>`, as the
// spec language says it (spec/README.md); cases without fields are not written.
import type { Loc } from '../../diagnostics.js';
import { compareVersions } from '../../model/version.js';
import { get, mapEntries, seqItems, str } from '../../spec/yaml-ast.js';
import { missing, otherVersion, type Ctx } from '../overlays/context.js';
import { renameField, type StructureDoc, type UnionDoc } from '../shared/unit-doc.js';
import { extra, typed, type DeclIndex, type FactsStats } from './context.js';

interface FactUnion {
  discriminant: string;
  loc: Loc;
  cases: { value: string; required: string[]; optional: string[] }[];
}

export function applyStructureFacts(
  c: Ctx,
  stats: FactsStats,
  index: DeclIndex,
  id: string,
  node: unknown,
  loc: Loc,
): void {
  const hit = index.get('structures', id);
  if (!hit) {
    missing(c, loc, `structure '${id}'`);
    return;
  }
  const s = hit.doc;
  const fields = seqItems(get(node, 'fields')).map((f) => ({
    name: str(get(f, 'name'))!,
    type: str(get(f, 'type'))!,
    loc: c.f.locOf(f),
  }));
  const unions: FactUnion[] = seqItems(get(node, 'unions')).map((u) => ({
    discriminant: str(get(u, 'discriminant'))!,
    loc: c.f.locOf(get(u, 'discriminant')),
    cases: mapEntries(c.f, get(u, 'cases')).map((e) => ({
      value: e.key,
      required: seqItems(get(e.value, 'required')).map((n) => str(n)!),
      optional: seqItems(get(e.value, 'optional')).map((n) => str(n)!),
    })),
  }));
  // Wire names: the bindings' spelling is the API's (9.x files lowercase `size_MiB`).
  for (const f of fields) {
    if (s.fields.some((x) => x.name === f.name)) continue;
    const other = s.fields.filter((x) => x.name.toLowerCase() === f.name.toLowerCase());
    if (other.length === 1) {
      stats.renamed.push(`${id}.${other[0]!.name} → ${f.name}`);
      renameField(s, other[0]!.name, f.name);
    } else missing(c, f.loc, `field '${f.name}' of ${id}`);
  }
  const known = new Set(fields.map((f) => f.name));
  for (const f of s.fields)
    if (!known.has(f.name)) extra(c, loc, `${id} has field '${f.name}', which the bindings do not declare`);
  // Each case field's optionality is its case's: required there → T, optional → optional<T>.
  const inCase = new Map<string, boolean>();
  for (const u of unions)
    for (const k of u.cases) {
      for (const n of k.required) inCase.set(n, false);
      for (const n of k.optional) if (!inCase.has(n)) inCase.set(n, true);
    }
  for (const f of fields) {
    const field = s.fields.find((x) => x.name === f.name);
    if (!field) continue;
    field.type = typed(stats, field.type, f.type, inCase.get(f.name));
    stats.covered.add(`${hit.unit.service ?? hit.unit.package}.${hit.name}#${f.name}`);
  }
  const written = unions.map((u) => unionDoc(c, stats, s, id, u, index)).filter((u): u is UnionDoc => u !== undefined);
  // An import of a newer version may have unions the facts do not know; the facts' own version has every one.
  const kept = otherVersion(c)
    ? (s.unions ?? []).filter((u) => !unions.some((x) => x.discriminant === u.discriminant))
    : [];
  for (const u of s.unions ?? [])
    if (!otherVersion(c) && !unions.some((x) => x.discriminant === u.discriminant))
      extra(c, loc, `${id} has a union over '${u.discriminant}', which the bindings do not declare`);
  const all = [...written, ...kept];
  if (all.length) s.unions = all;
  else delete s.unions;
}

/** A facts union written the spec's way, with what an import of a newer version adds (cases, case fields). */
function unionDoc(
  c: Ctx,
  stats: FactsStats,
  s: StructureDoc,
  id: string,
  u: FactUnion,
  index: DeclIndex,
): UnionDoc | undefined {
  const names = new Set(s.fields.map((f) => f.name));
  if (!names.has(u.discriminant)) {
    missing(c, u.loc, `field '${u.discriminant}' of ${id}`);
    return undefined;
  }
  const order = s.fields.map((f) => f.name);
  const before = s.unions?.find((x) => x.discriminant === u.discriminant);
  const ofFacts = new Set(u.cases.flatMap((k) => [...k.required, ...k.optional]));
  const cases: Record<string, string[]> = {};
  for (const k of u.cases) {
    const listed = new Set([...k.required, ...k.optional].filter((n) => names.has(n)));
    // Fields the facts do not know (newer than the facts) keep the import's case.
    for (const n of before?.cases[k.value] ?? []) if (!ofFacts.has(n)) listed.add(n);
    if (listed.size) cases[k.value] = order.filter((n) => listed.has(n));
  }
  // Cases the facts do not list (values newer than the facts) stay as imported.
  const values = new Set(u.cases.map((k) => k.value));
  for (const [value, list] of Object.entries(before?.cases ?? {})) if (!values.has(value)) cases[value] = list;
  if (!Object.keys(cases).length) return undefined;
  stats.unions++;
  stats.caseFields += Object.values(cases).reduce((n, l) => n + l.length, 0);
  // Cases in the order of the discriminant's enum values, as the importer writes them.
  const disc = s.fields.find((f) => f.name === u.discriminant)!;
  const enumOrder = index.enumValues(disc.type, id) ?? [];
  const rank = (v: string): number => (enumOrder.includes(v) ? enumOrder.indexOf(v) : enumOrder.length);
  const sorted = Object.keys(cases).sort((a, b) => rank(a) - rank(b));
  return { discriminant: u.discriminant, cases: Object.fromEntries(sorted.map((v) => [v, cases[v]!])) };
}

export function applyEnumFacts(c: Ctx, stats: FactsStats, index: DeclIndex, id: string, node: unknown, loc: Loc): void {
  const hit = index.get('enums', id);
  if (!hit) {
    missing(c, loc, `enum '${id}'`);
    return;
  }
  const values = seqItems(node).map((v) => str(v)!);
  const have = new Set(hit.doc.values.map((v) => v.value));
  // An older API may lack values its successor has.
  const older = c.versions.import && c.versions.overlay && compareVersions(c.versions.import, c.versions.overlay) < 0;
  if (older) return;
  for (const v of values) {
    if (have.has(v)) continue;
    hit.doc.values.push({ value: v });
    stats.values++;
  }
  const known = new Set(values);
  for (const v of hit.doc.values)
    if (!known.has(v.value)) extra(c, loc, `enum ${id} has value '${v.value}', which the bindings do not list`);
}

// Structures (fields, tagged unions) and enums (values) of two surfaces. Whether a change breaks
// depends on how code written for the OLD surface can use the type: it constructs request types
// (input) and reads response types (output); a type no operation reaches counts as both.
import type { Finding } from './classify.js';
import { byCode } from '../model/order.js';
import { common, missingFrom } from './keys.js';
import type { Direction, Surface, SurfaceStructure, SurfaceUnion } from './surface.js';

type Push = (f: Finding) => void;

const useOf = (d: Direction): Direction => (d.input || d.output ? { ...d } : { input: true, output: true });

/** `since` of a member, when it is its own (not the one it has from its structure or enum). */
const own = (since: string | undefined, parent: string | undefined): string | undefined =>
  since === parent ? undefined : since;

type Documented = { deprecated?: string; since?: string };

/** Deprecation and `since` of a declaration or member (shared with compare.ts). */
export function docChanges(push: Push, base: Omit<Finding, 'rule'>, a: Documented, b: Documented): void {
  if (a.deprecated === undefined && b.deprecated !== undefined)
    push({ ...base, rule: 'deprecated', ...(b.deprecated ? { detail: b.deprecated } : {}) });
  if (a.deprecated !== undefined && b.deprecated === undefined) push({ ...base, rule: 'undeprecated' });
  if (a.since !== b.since)
    push({
      ...base,
      rule: 'since-changed',
      ...(a.since ? { before: a.since } : {}),
      ...(b.since ? { after: b.since } : {}),
    });
}

export function compareStructures(old: Surface, cur: Surface, push: Push): void {
  for (const id of missingFrom(cur.structures, old.structures))
    push({ rule: 'structure-added', kind: 'structure', id, detail: `(\`${cur.structures.get(id)!.name}\`)` });
  for (const id of missingFrom(old.structures, cur.structures))
    push({ rule: 'structure-removed', kind: 'structure', id, detail: `(\`${old.structures.get(id)!.name}\`)` });
  for (const id of common(old.structures, cur.structures))
    compareStructure(old.structures.get(id)!, cur.structures.get(id)!, push);
}

function compareStructure(a: SurfaceStructure, cur: SurfaceStructure, push: Push): void {
  const use = useOf(a.direction);
  const base = { kind: 'structure' as const, id: a.id, use };
  if (a.name !== cur.name)
    push({ ...base, rule: 'type-name-changed', memberKind: 'name', before: a.name, after: cur.name });
  docChanges(push, base, a, cur);
  // A field renamed only in case is one change (a rename), then compared under its old name.
  const renames = caseRenames(a, cur);
  for (const [from, to] of renames)
    push({ ...base, rule: 'field-renamed', memberKind: 'field', member: from, before: from, after: to });
  const b = renames.size ? underOldNames(cur, renames) : cur;
  const inUnion = (s: SurfaceStructure, n: string): boolean =>
    s.unions.some((u) => Object.values(u.cases).some((c) => c.required.includes(n) || c.optional.includes(n)));
  const fa = new Map(a.fields.map((f) => [f.name, f]));
  const fb = new Map(b.fields.map((f) => [f.name, f]));
  for (const f of b.fields) {
    if (fa.has(f.name)) continue;
    const cases = b.unions.flatMap((u) =>
      Object.entries(u.cases)
        .filter(([, c]) => [...c.required, ...c.optional].includes(f.name))
        .map(([v]) => v),
    );
    push({
      ...base,
      rule: 'field-added',
      memberKind: 'field',
      member: f.name,
      after: f.optional ? 'optional' : 'required',
      ...(cases.length ? { detail: `in case ${cases.join(', ')}` } : {}),
    });
  }
  for (const f of a.fields)
    if (!fb.has(f.name)) push({ ...base, rule: 'field-removed', memberKind: 'field', member: f.name, before: f.type });
  for (const f of a.fields) {
    const g = fb.get(f.name);
    if (!g) continue;
    const at = { ...base, memberKind: 'field' as const, member: f.name };
    if (f.type !== g.type) push({ ...at, rule: 'field-type-changed', before: f.type, after: g.type });
    // A field of a union case is required or optional in its cases: compareUnions says which.
    const caseField = inUnion(a, f.name) || inUnion(b, f.name);
    if (!caseField && f.optional && !g.optional) push({ ...at, rule: 'field-required' });
    if (!caseField && !f.optional && g.optional) push({ ...at, rule: 'field-optional' });
    docChanges(push, at, { ...f, since: own(f.since, a.since) }, { ...g, since: own(g.since, b.since) });
  }
  compareUnions(a, b, push, base);
}

/** Fields each case allows: its own and those no case lists (common to every case). */
function allowed(s: SurfaceStructure, u: SurfaceUnion): Map<string, Set<string>> {
  const listed = new Set(Object.values(u.cases).flatMap((c) => [...c.required, ...c.optional]));
  const commons = s.fields.map((f) => f.name).filter((n) => n !== u.discriminant && !listed.has(n));
  return new Map(Object.entries(u.cases).map(([v, c]) => [v, new Set([...c.required, ...c.optional, ...commons])]));
}

/** Fields each case requires: its own required ones and the required common fields. */
function required(s: SurfaceStructure, u: SurfaceUnion): Map<string, Set<string>> {
  const listed = new Set(Object.values(u.cases).flatMap((c) => [...c.required, ...c.optional]));
  const commons = s.fields.filter((f) => !f.optional && f.name !== u.discriminant && !listed.has(f.name));
  return new Map(Object.entries(u.cases).map(([v, c]) => [v, new Set([...c.required, ...commons.map((f) => f.name)])]));
}

/** Fields of `b` that are a field of `a` but for case (size_MiB → size_mib): old name → new name. */
function caseRenames(a: SurfaceStructure, b: SurfaceStructure): Map<string, string> {
  const out = new Map<string, string>();
  const inA = new Set(a.fields.map((f) => f.name));
  const inB = new Set(b.fields.map((f) => f.name));
  const gone = a.fields.filter((f) => !inB.has(f.name));
  for (const f of b.fields.filter((x) => !inA.has(x.name))) {
    const was = gone.filter((g) => g.name.toLowerCase() === f.name.toLowerCase());
    if (was.length === 1) out.set(was[0]!.name, f.name);
  }
  return out;
}

/** `s` with its renamed fields under their old names (in its unions too). */
function underOldNames(s: SurfaceStructure, renames: Map<string, string>): SurfaceStructure {
  const back = new Map([...renames].map(([from, to]) => [to, from]));
  const name = (n: string): string => back.get(n) ?? n;
  return {
    ...s,
    fields: s.fields.map((f) => ({ ...f, name: name(f.name) })),
    unions: s.unions.map((u) => ({
      discriminant: name(u.discriminant),
      cases: Object.fromEntries(
        Object.entries(u.cases).map(([v, c]) => [
          v,
          { required: c.required.map(name), optional: c.optional.map(name) },
        ]),
      ),
    })),
  };
}

function compareUnions(a: SurfaceStructure, b: SurfaceStructure, push: Push, base: Omit<Finding, 'rule'>): void {
  const ua = new Map(a.unions.map((u) => [u.discriminant, u]));
  const ub = new Map(b.unions.map((u) => [u.discriminant, u]));
  for (const d of ub.keys())
    if (!ua.has(d)) push({ ...base, rule: 'union-changed', memberKind: 'union', member: d, after: d });
  for (const d of ua.keys())
    if (!ub.has(d)) push({ ...base, rule: 'union-changed', memberKind: 'union', member: d, before: d });
  // Only fields both versions have: added and removed fields are reported as such.
  const both = new Set(a.fields.map((f) => f.name).filter((n) => b.fields.some((g) => g.name === n)));
  const optionalInB = new Set(b.fields.filter((f) => f.optional).map((f) => f.name));
  for (const d of [...ua.keys()].filter((k) => ub.has(k))) {
    const [ca, cb] = [allowed(a, ua.get(d)!), allowed(b, ub.get(d)!)];
    const [ra, rb] = [required(a, ua.get(d)!), required(b, ub.get(d)!)];
    for (const [value, fa] of ca) {
      const fb = cb.get(value);
      if (!fb) continue; // the value itself went: reported with the enum
      const at = { ...base, memberKind: 'case' as const, member: value };
      for (const f of [...fa].filter((n) => both.has(n) && !fb.has(n)).sort(byCode))
        push({ ...at, rule: 'case-field-dropped', before: f });
      for (const f of [...fb].filter((n) => both.has(n) && !fa.has(n)).sort(byCode))
        push({ ...at, rule: optionalInB.has(f) ? 'case-field-allowed' : 'case-field-required', after: f });
      // Allowed in the case on both sides: required there now, or no longer.
      const [qa, qb] = [ra.get(value)!, rb.get(value)!];
      const kept = [...fa].filter((n) => both.has(n) && fb.has(n)).sort(byCode);
      for (const f of kept.filter((n) => !qa.has(n) && qb.has(n)))
        push({ ...at, rule: 'case-field-required', after: f });
      for (const f of kept.filter((n) => qa.has(n) && !qb.has(n)))
        push({ ...at, rule: 'case-field-optional', after: f });
    }
  }
}

export function compareEnums(old: Surface, cur: Surface, push: Push): void {
  for (const id of missingFrom(cur.enums, old.enums))
    push({ rule: 'enum-added', kind: 'enum', id, detail: `(\`${cur.enums.get(id)!.name}\`)` });
  for (const id of missingFrom(old.enums, cur.enums))
    push({ rule: 'enum-removed', kind: 'enum', id, detail: `(\`${old.enums.get(id)!.name}\`)` });
  for (const id of common(old.enums, cur.enums)) {
    const [a, b] = [old.enums.get(id)!, cur.enums.get(id)!];
    const base = { kind: 'enum' as const, id, use: useOf(a.direction) };
    if (a.name !== b.name)
      push({ ...base, rule: 'type-name-changed', memberKind: 'name', before: a.name, after: b.name });
    docChanges(push, base, a, b);
    const va = new Map(a.values.map((v) => [v.value, v]));
    const vb = new Map(b.values.map((v) => [v.value, v]));
    for (const v of b.values)
      if (!va.has(v.value)) push({ ...base, rule: 'value-added', memberKind: 'value', member: v.value });
    for (const v of a.values)
      if (!vb.has(v.value)) push({ ...base, rule: 'value-removed', memberKind: 'value', member: v.value });
    for (const v of a.values) {
      const w = vb.get(v.value);
      if (w)
        docChanges(
          push,
          { ...base, memberKind: 'value', member: v.value },
          { ...v, since: own(v.since, a.since) },
          { ...w, since: own(w.since, b.since) },
        );
    }
  }
}

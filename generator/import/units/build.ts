// Draft → spec units. Each type goes to the unit that owns it: a nested type to its parent's unit;
// otherwise the unit named by its id minus the last segment. When that id is both an imported
// service and a package (com.vmware.vcenter.vm.hardware), the type belongs to the service if the
// service's own operations reach it, else to the package. Type names are written as relative.ts
// decides; operation error lists are sorted by error id.
import type { Draft, DraftField, DraftOperation, DraftType } from '../shared/draft.js';
import { byCode } from '../../model/order.js';
import { Relativizer } from './relative.js';
import {
  sortOpErrors,
  unitOrder,
  type EnumDoc,
  type ErrorTypeDoc,
  type FieldDoc,
  type OperationDoc,
  type StructureDoc,
  type UnitDoc,
} from '../shared/unit-doc.js';

export interface Placement {
  unit: string;
  kind: 'service' | 'package';
  local: string;
}

const NAMED = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+/g;

/** Canonical ids a type expression names (anything dotted that is not an id:<resource>). */
function namedIds(type: string): string[] {
  return type.replace(/id:[^<>,\s]+/g, '').match(NAMED) ?? [];
}

function reachable(draft: Draft, ops: DraftOperation[]): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (type: string): void => {
    for (const id of namedIds(type)) if (!seen.has(id) && draft.types.has(id)) (seen.add(id), queue.push(id));
  };
  for (const op of ops) {
    op.params.forEach((p) => add(p.type));
    if (op.result) add(op.result);
  }
  while (queue.length) {
    const t = draft.types.get(queue.pop()!)!;
    if (t.kind !== 'enum') t.fields.forEach((f) => add(f.type));
  }
  return seen;
}

export function placeTypes(draft: Draft): Map<string, Placement> {
  const services = new Set(draft.operations.map((o) => o.service));
  const isPackageToo = (s: string): boolean => [...services].some((x) => x.startsWith(`${s}.`));
  const reach = new Map<string, Set<string>>();
  const reachOf = (s: string): Set<string> => {
    if (!reach.has(s))
      reach.set(
        s,
        reachable(
          draft,
          draft.operations.filter((o) => o.service === s),
        ),
      );
    return reach.get(s)!;
  };
  const out = new Map<string, Placement>();
  const place = (id: string): Placement => {
    const known = out.get(id);
    if (known) return known;
    const parent = id.slice(0, id.lastIndexOf('.'));
    let p: Placement;
    if (draft.types.has(parent)) {
      const up = place(parent);
      p = { ...up, local: `${up.local}.${id.slice(parent.length + 1)}` };
    } else {
      const asService = services.has(parent) && (!isPackageToo(parent) || reachOf(parent).has(id));
      p = { unit: parent, kind: asService ? 'service' : 'package', local: id.slice(parent.length + 1) };
    }
    out.set(id, p);
    return p;
  };
  for (const id of draft.types.keys()) place(id);
  return out;
}

export function buildUnits(draft: Draft): UnitDoc[] {
  const placement = placeTypes(draft);
  const rel = new Relativizer(new Map([...placement].map(([id, p]) => [id, p.unit])));
  const units = new Map<string, UnitDoc>();
  const unit = (id: string, kind: 'service' | 'package'): UnitDoc => {
    const key = `${kind}:${id}`;
    let u = units.get(key);
    if (!u) units.set(key, (u = kind === 'service' ? { service: id } : { package: id }));
    return u;
  };
  for (const s of new Set(draft.operations.map((o) => o.service))) unit(s, 'service');
  const ids = [...draft.types.keys()].sort(byCode);
  for (const id of ids) {
    const t = draft.types.get(id)!;
    const p = placement.get(id)!;
    const u = unit(p.unit, p.kind);
    if (t.kind === 'structure') (u.structures ??= {})[p.local] = structureDoc(t, rel);
    else if (t.kind === 'enum') (u.enums ??= {})[p.local] = enumDoc(t);
    else (u.errors ??= {})[p.local] = errorDoc(t, rel);
  }
  const ops = [...draft.operations].sort((a, b) => byCode(a.service, b.service) || byCode(a.name, b.name));
  for (const op of ops) (unit(op.service, 'service').operations ??= {})[op.name] = operationDoc(op, rel);
  return [...units.values()].sort(unitOrder);
}

function documented<T extends object>(target: T, t: { since?: string; deprecated?: unknown }): T {
  if (t.since) Object.assign(target, { since: t.since });
  if (t.deprecated) Object.assign(target, { deprecated: t.deprecated });
  return target;
}

/** A field's `since` is left out when it is the same as its structure's. */
function fieldDoc(f: DraftField, scope: string, rel: Relativizer, parentSince: string | undefined): FieldDoc {
  const out: FieldDoc = { name: f.name, type: rel.type(f.type, scope) };
  return documented(out, f.since === parentSince ? { deprecated: f.deprecated } : f);
}

function structureDoc(t: Extract<DraftType, { kind: 'structure' }>, rel: Relativizer): StructureDoc {
  const out = documented({} as StructureDoc, t);
  out.fields = t.fields.map((f) => fieldDoc(f, t.id, rel, t.since));
  if (t.unions.length)
    out.unions = t.unions.map((u) => ({ discriminant: u.discriminant, cases: Object.fromEntries(u.cases) }));
  return out;
}

function enumDoc(t: Extract<DraftType, { kind: 'enum' }>): EnumDoc {
  const out = documented({} as EnumDoc, t);
  out.values = t.values.map((v) => ({ ...v }));
  return out;
}

function errorDoc(t: Extract<DraftType, { kind: 'error' }>, rel: Relativizer): ErrorTypeDoc {
  const out = { error_type: t.errorType } as ErrorTypeDoc;
  documented(out, t);
  out.fields = t.fields.map((f) => fieldDoc(f, t.id, rel, t.since));
  return out;
}

function operationDoc(op: DraftOperation, rel: Relativizer): OperationDoc {
  const out = documented({} as OperationDoc, op);
  if (op.params.length) {
    out.params = op.params.map((p) => {
      const d: { name: string; type: string; in?: 'path' | 'query' | 'body' } = {
        name: p.name,
        type: rel.type(p.type, op.service),
      };
      if (p.in) d.in = p.in;
      return d;
    });
  }
  if (op.result) out.result = { type: rel.type(op.result, op.service) };
  if (op.errors.length) out.errors = sortOpErrors([...op.errors]);
  if (op.privileges.length) out.privileges = op.privileges.map((p) => ({ ...p, require: [...p.require] }));
  if (op.task) out.task = op.task;
  out.http =
    op.http.rest === undefined
      ? { api: { ...op.http.api } }
      : { api: { ...op.http.api }, rest: op.http.rest && { ...op.http.rest } };
  return out;
}

// Applies the facts of VMware's vAPI bindings (spec/overlays/bindings/<apiVersion>.yaml, written by
// scripts/bindings-overlay.mjs; spec/overlays/README.md) to the imported units, before the curation
// overlays. The facts are data where VMware's Swagger/OpenAPI files have prose or nothing, so they
// decide: per operation the parameters (names, declared order, resource types of ids), whether it
// runs as a task, and its errors (added to the file's, which keep what servers send besides); per
// structure the field types (resource types, `exception`), optionality, exact wire names and every
// tagged union; enum values. A target the import lacks is reported like a curation overlay's
// (overlays/context.ts: an error in an import of the facts' own version, else a note or warning).
// Services outside the import's scope (its root, or its `--only` ids), and what only they reach,
// are not looked at.
import { compareVersions } from '../../model/version.js';
import { get, mapEntries, seqItems, str } from '../../spec/yaml-ast.js';
import type { ImportLog } from '../shared/draft.js';
import { inScope, type ImportScope } from '../shared/names.js';
import { opErrorId, renameParam, sortOpErrors, type OperationDoc, type UnitDoc } from '../shared/unit-doc.js';
import { missing, type Ctx } from '../overlays/context.js';
import type { Overlay } from '../overlays/load.js';
import { OverlayTypes } from '../overlays/type-check.js';
import { declarations, extra, typed, type FactsStats } from './context.js';
import { applyEnumFacts, applyStructureFacts } from './structures.js';
import { factRefs, sameShape, specType } from './types.js';

export type { FactsStats };

/** The facts file for an import of `version`: the newest written for it or an older version, else the oldest. */
export function pickFacts(files: Overlay[], version: string): Overlay | undefined {
  const known = files.filter((f) => f.apiVersion !== undefined);
  const sorted = [...known].sort((a, b) => compareVersions(a.apiVersion!, b.apiVersion!));
  return [...sorted].reverse().find((f) => compareVersions(f.apiVersion!, version) <= 0) ?? sorted[0];
}

export function applyFacts(
  facts: Overlay,
  units: UnitDoc[],
  scope: ImportScope,
  log: ImportLog,
  version: string,
): FactsStats {
  const stats: FactsStats = {
    file: facts.file.path,
    bindings: `${str(get(get(facts.root, 'bindings'), 'name'))} ${str(get(get(facts.root, 'bindings'), 'version'))}`,
    unions: 0,
    caseFields: 0,
    types: 0,
    optional: 0,
    renamed: [],
    params: 0,
    reordered: 0,
    errors: 0,
    tasks: 0,
    values: 0,
    absent: 0,
    covered: new Set(),
    named: new Set(),
  };
  const c: Ctx = {
    f: facts.file,
    log,
    types: new OverlayTypes(units),
    stats: { files: 1, errorsAdded: 0, errorsReplaced: 0, descriptions: 0, renames: 0, declared: 0, absent: 0 },
    versions: { import: version, overlay: facts.apiVersion },
  };
  const reached = new Set<string>();
  const services = new Map(units.filter((u) => u.service !== undefined).map((u) => [u.service!, u]));
  for (const e of mapEntries(c.f, get(facts.root, 'services'))) {
    if (!inScope(e.key, scope)) continue;
    const unit = services.get(e.key);
    for (const o of mapEntries(c.f, get(e.value, 'operations'))) {
      const typeNodes = [...seqItems(get(o.value, 'params')).map((p) => get(p, 'type')), get(o.value, 'result')];
      for (const t of typeNodes) if (t !== undefined) for (const id of factRefs(str(t)!)) reached.add(id);
      if (!unit) continue;
      const op = unit.operations?.[o.key];
      if (!op) missing(c, o.loc, `operation '${o.key}' in ${e.key}`);
      else applyOperation(c, stats, op, `${e.key}.${o.key}`, o.value);
    }
    if (!unit) missing(c, e.loc, `service '${e.key}'`);
  }
  const structures = get(facts.root, 'structures');
  // Structures reach further structures and enums through their fields.
  const byId = new Map(mapEntries(c.f, structures).map((e) => [e.key, e]));
  for (const id of reached) {
    const s = byId.get(id);
    for (const f of seqItems(get(s?.value, 'fields'))) for (const r of factRefs(str(get(f, 'type'))!)) reached.add(r);
  }
  const index = declarations(units);
  for (const [id, e] of byId) if (reached.has(id)) applyStructureFacts(c, stats, index, id, e.value, e.loc);
  for (const e of mapEntries(c.f, get(facts.root, 'enums')))
    if (reached.has(e.key)) applyEnumFacts(c, stats, index, e.key, e.value, e.loc);
  stats.absent = c.stats.absent;
  return stats;
}

function applyOperation(c: Ctx, stats: FactsStats, op: OperationDoc, id: string, node: unknown): void {
  const facts = seqItems(get(node, 'params')).map((p) => ({
    name: str(get(p, 'name'))!,
    type: str(get(p, 'type'))!,
    loc: c.f.locOf(p),
  }));
  const params = op.params ?? [];
  // Parameters by name; those left over pair up in order (a body the file leaves unnamed, a path
  // variable the file spells in camelCase): the bindings' name is vAPI's.
  const byName = new Map(params.map((p) => [p.name, p]));
  const leftFacts = facts.filter((f) => !byName.has(f.name));
  const named = new Set(facts.map((f) => f.name));
  const leftImport = params.filter((p) => !named.has(p.name));
  const unpaired = [...leftImport];
  for (const f of leftFacts) {
    const p = unpaired[0];
    if (!p || !sameShape(p.type, f.type)) missing(c, f.loc, `parameter '${f.name}' of ${id}`);
    else {
      unpaired.shift();
      renameParam(op, p.name, f.name);
      stats.params++;
    }
  }
  for (const p of unpaired)
    extra(c, c.f.locOf(node), `${id} has parameter '${p.name}', which the bindings do not declare`);
  stats.named.add(id);
  const order = facts.map((f) => f.name);
  const sorted = [...params].sort((a, b) => rank(order, a.name) - rank(order, b.name));
  if (sorted.some((p, i) => p !== params[i])) {
    op.params = sorted;
    stats.reordered++;
  }
  for (const f of facts) {
    const p = op.params?.find((x) => x.name === f.name);
    if (p) p.type = typed(stats, p.type, f.type);
  }
  const task = str(get(node, 'task'));
  if (task === 'TASK' || task === 'TASK_ONLY') {
    op.task = task === 'TASK' ? 'both' : 'only';
    stats.tasks++;
  }
  const result = str(get(node, 'result'));
  if (result !== undefined && op.result) op.result.type = typed(stats, op.result.type, result);
  // A task-only operation's file states the task's id, not its result: the facts know the result.
  else if (result !== undefined && op.task === 'only') {
    const type = specType(result);
    if (type !== undefined) op.result = { type };
  }
  const errors = op.errors ?? [];
  for (const item of seqItems(get(node, 'errors'))) {
    const e = str(item)!;
    if (errors.some((x) => opErrorId(x) === e)) continue;
    if (!c.types.isError(e)) {
      missing(c, c.f.locOf(item), `error type '${e}'`);
      continue;
    }
    errors.push(e);
    stats.errors++;
  }
  op.errors = sortOpErrors(errors);
}

const rank = (order: string[], name: string): number => {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
};

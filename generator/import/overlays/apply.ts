// Applies overlays to imported units (rules in spec/overlays/README.md): scalars replace; errors
// merge by id; unions and privileges replace; fields, params and enum values must exist; `rename`
// changes a wire name; `add` appends enum values; `declare` adds structures and enums (first, from
// every file, so that any overlay may name them). Naming anything the import lacks is an error
// placed at the overlay's file:line:col, unless the import is of another API version than the
// overlay is written for (`apiVersion:`): then it is a note (older import) or a warning (newer) and
// the entry is skipped (spec/overlays/README.md, "Versions"). Operation error lists end up sorted
// by error id.
import type { Loc } from '../../diagnostics.js';
import { get, mapEntries, seqItems, str } from '../../spec/yaml-ast.js';
import type { ImportLog } from '../shared/draft.js';
import { applyDocumented, js, missing, otherVersion, type Ctx, type OverlayStats } from './context.js';
import { checkDeclarations, declareAll } from './declare.js';
import { applyEnum, applyStructure } from './declarations.js';
import type { Overlay } from './load.js';
import { OverlayTypes } from './type-check.js';
import {
  opErrorId,
  renameParam as renameParamDoc,
  sortOpErrors,
  unitId,
  type OpErrorDoc,
  type OperationDoc,
  type UnitDoc,
} from '../shared/unit-doc.js';

export type { OverlayStats };

/**
 * `apiVersion`: the imported API version (decides how targets the import lacks are reported).
 * `inScope`: whether the import covers a service (`--only`, `--service`); the entries of services
 * it leaves out are skipped, and targets it lacks are then notes (overlays/context.ts).
 */
export function applyOverlays(
  overlays: Overlay[],
  units: UnitDoc[],
  log: ImportLog,
  apiVersion?: string,
  inScope: (service: string) => boolean = () => true,
): OverlayStats {
  const stats: OverlayStats = {
    files: overlays.length,
    errorsAdded: 0,
    errorsReplaced: 0,
    descriptions: 0,
    renames: 0,
    declared: 0,
    absent: 0,
  };
  const declarations = declareAll(overlays, units, log, stats);
  const types = new OverlayTypes(units);
  checkDeclarations(declarations, types, log, stats);
  const outside = [...new Set(overlays.flatMap((o) => mapEntries(o.file, get(o.root, 'services')).map((e) => e.key)))]
    .filter((id) => !inScope(id))
    .sort();
  for (const o of overlays) {
    const c: Ctx = {
      f: o.file,
      log,
      types,
      stats,
      versions: { import: apiVersion, overlay: o.apiVersion },
      ...(outside.length ? { outside } : {}),
    };
    for (const kind of ['services', 'packages'] as const) {
      for (const e of mapEntries(o.file, get(o.root, kind))) {
        if (kind === 'services' && !inScope(e.key)) {
          stats.outside = (stats.outside ?? 0) + 1;
          continue;
        }
        const unit = units.find(
          (u) => unitId(u) === e.key && (kind === 'services' ? u.service !== undefined : u.package !== undefined),
        );
        if (!unit) {
          missing(c, e.loc, `${kind === 'services' ? 'service' : 'package'} '${e.key}'`);
          continue;
        }
        applyUnit(c, unit, e.value);
      }
    }
  }
  return stats;
}

function applyUnit(c: Ctx, unit: UnitDoc, node: unknown): void {
  applyDocumented(c, unit, node);
  const id = unitId(unit);
  for (const e of mapEntries(c.f, get(node, 'structures'))) {
    const s = unit.structures?.[e.key];
    if (s) applyStructure(c, s, `${id}.${e.key}`, e.value);
    else missing(c, e.loc, `structure '${e.key}' in ${id}`);
  }
  for (const e of mapEntries(c.f, get(node, 'enums'))) {
    const en = unit.enums?.[e.key];
    if (en) applyEnum(c, en, e.value);
    else missing(c, e.loc, `enum '${e.key}' in ${id}`);
  }
  for (const e of mapEntries(c.f, get(node, 'operations'))) {
    const op = unit.operations?.[e.key];
    if (op) applyOperation(c, op, id, e.value);
    else missing(c, e.loc, `operation '${e.key}' in ${id}`);
  }
  for (const e of mapEntries(c.f, get(node, 'errors'))) {
    const err = unit.errors?.[e.key];
    if (!err) {
      missing(c, e.loc, `error type '${e.key}' in ${id}`);
      continue;
    }
    applyDocumented(c, err, e.value);
    for (const fe of mapEntries(c.f, get(e.value, 'fields'))) {
      const field = err.fields.find((f) => f.name === fe.key);
      if (field) applyDocumented(c, field, fe.value);
      else missing(c, fe.loc, `field '${fe.key}' of error ${id}.${e.key}`);
    }
  }
}

/** `order:` puts the parameters in the order the vAPI operation declares them. */
function reorderParams(c: Ctx, op: OperationDoc, node: unknown): void {
  const items = seqItems(node);
  const names = items.map((n) => str(n)!);
  const have = (op.params ?? []).map((p) => p.name);
  const unknown = items.filter((_, i) => !have.includes(names[i]!));
  for (const n of unknown) missing(c, c.f.locOf(n), `parameter '${str(n)}'`);
  if (unknown.length && !otherVersion(c)) return;
  const known = names.filter((n) => have.includes(n));
  if (known.length !== have.length) {
    c.log.at('error', 'overlay-order', `order: must name every parameter once (${have.join(', ')})`, c.f.locOf(node));
    return;
  }
  op.params = known.map((n) => op.params!.find((p) => p.name === n)!);
}

function applyOperation(c: Ctx, op: OperationDoc, service: string, node: unknown): void {
  applyDocumented(c, op, node);
  const order = get(node, 'order');
  if (order !== undefined) reorderParams(c, op, order);
  for (const e of mapEntries(c.f, get(node, 'params'))) {
    const p = op.params?.find((x) => x.name === e.key);
    if (!p) {
      missing(c, e.loc, `parameter '${e.key}'`);
      continue;
    }
    applyDocumented(c, p, e.value);
    const type = get(e.value, 'type');
    if (type !== undefined) p.type = c.types.checked(c, str(type)!, service, c.f.locOf(type)) ?? p.type;
    const rename = get(e.value, 'rename');
    if (rename !== undefined) renameParam(c, op, p.name, str(rename)!, c.f.locOf(rename));
  }
  const result = get(node, 'result');
  if (result !== undefined) {
    if (!op.result) missing(c, c.f.locOf(result), 'a result');
    else {
      applyDocumented(c, op.result, result);
      const type = get(result, 'type');
      if (type !== undefined)
        op.result.type = c.types.checked(c, str(type)!, service, c.f.locOf(type)) ?? op.result.type;
    }
  }
  const errors = get(node, 'errors');
  if (errors !== undefined) mergeErrors(c, op, service, errors);
  const privileges = get(node, 'privileges');
  if (privileges !== undefined) {
    const list = js(c.f, privileges) as NonNullable<OperationDoc['privileges']>;
    const names = new Set((op.params ?? []).map((p) => p.name));
    const kept = list.filter((entry, i) => {
      if (entry.param === undefined || names.has(entry.param)) return true;
      missing(c, c.f.locOf(get(seqItems(privileges)[i], 'param')), `parameter '${entry.param}'`);
      return !otherVersion(c);
    });
    op.privileges = kept;
  }
}

function renameParam(c: Ctx, op: OperationDoc, from: string, to: string, loc: Loc): void {
  const path = `${op.http.api.path} ${op.http.rest?.path ?? ''}`;
  if (path.includes(`{${from}}`)) {
    c.log.at(
      'error',
      'overlay-rename',
      `parameter '${from}' is in the path; renaming it would break the path template`,
      loc,
    );
    return;
  }
  if (op.params?.some((p) => p.name === to)) {
    c.log.at('error', 'overlay-rename', `the operation already has a parameter '${to}'`, loc);
    return;
  }
  renameParamDoc(op, from, to);
  c.stats.renames++;
}

function mergeErrors(c: Ctx, op: OperationDoc, service: string, node: unknown): void {
  const list: OpErrorDoc[] = [...(op.errors ?? [])];
  for (const item of seqItems(node)) {
    const entry = js(c.f, item) as OpErrorDoc;
    const id = opErrorId(entry);
    const idNode = typeof entry === 'string' ? item : get(item, 'error');
    if (!c.types.isError(id)) {
      missing(
        c,
        c.f.locOf(idNode),
        `error type '${id}'`,
        'use an error declared by the import (com.vmware.vapi.std.errors.*)',
      );
      continue;
    }
    let e = entry;
    if (typeof e !== 'string' && e.data !== undefined) {
      const dataNode = get(item, 'data');
      const data = c.types.checked(c, e.data, service, c.f.locOf(dataNode), 'warning');
      e = { ...e };
      if (data === undefined) delete e.data;
      else e.data = data;
      if (e.when === undefined && e.data === undefined) e = e.error;
    }
    const at = list.findIndex((x) => opErrorId(x) === id);
    if (at >= 0) {
      list[at] = e;
      c.stats.errorsReplaced++;
    } else {
      list.push(e);
      c.stats.errorsAdded++;
    }
  }
  op.errors = sortOpErrors(list);
}

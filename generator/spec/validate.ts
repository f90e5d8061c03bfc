// Stage 2: semantic rules over the loaded spec. Reports every problem with its place, resolves
// all type expressions, and hands the resolved types on to the IR builder.
import { Reporter, type Diagnostic, type Loc } from '../diagnostics.js';
import type { VapiType } from '../model/types.js';
import { checkBindingConflicts } from './bindings.js';
import { checkEnum, checkErrorType, checkOperation, checkStructure } from './declarations.js';
import type { Spec, SpecUnit } from './model.js';
import { resolveType } from './resolve.js';
import { SymbolTable } from './symbols.js';
import { compareVersions } from '../model/version.js';

export interface Checked {
  spec: Spec;
  symbols: SymbolTable;
  /** Resolved type of each field, param, result and error-data node (keyed by the node). */
  types: Map<object, VapiType>;
  /** Canonical id each operation error entry resolved to (keyed by the entry). */
  errorIds: Map<object, string>;
  warnings: Diagnostic[];
}

export function checkSpec(spec: Spec): Checked {
  const r = new Reporter();
  const symbols = SymbolTable.of(spec.units);
  const types = new Map<object, VapiType>();
  const errorIds = new Map<object, string>();
  const dupeWord = { structure: 'structure', enum: 'enum', error: 'error type' } as const;
  for (const d of symbols.duplicates) {
    r.error(
      'duplicate-type',
      `${dupeWord[d.again.kind]} '${d.again.id}' is declared twice (first at ${d.first.node.loc.file}:${d.first.node.loc.line})`,
      d.loc,
      'rename or remove one of them',
    );
  }
  checkUnitIds(spec.units, r);
  const resolve = (node: object, text: string, loc: Loc, scope: string): VapiType | undefined => {
    const t = resolveType(text, loc, scope, symbols, r);
    if (t) types.set(node, t);
    return t;
  };

  const accessed = checkAccessors(spec, r);
  for (const unit of spec.units) {
    if (unit.kind === 'service' && !inRoot(unit.id, spec.api.root) && !accessed.has(unit.id)) {
      r.error(
        'service-outside-root',
        `service '${unit.id}' is not below the root package '${spec.api.root}' and has no accessor`,
        unit.loc,
        `give it one in api.yaml (accessors: { ${unit.id}: <name> }), move it under ${spec.api.root} or change root`,
      );
    }
    for (const s of unit.structures) checkStructure(unit, s, symbols, resolve, r);
    for (const e of unit.enums) checkEnum(e, r);
    for (const e of unit.errors) checkErrorType(unit, e, resolve, r);
    for (const op of unit.operations) checkOperation(unit, op, symbols, resolve, errorIds, r);
  }
  checkVersions(spec, r);
  checkBindingConflicts(spec.units, r);
  if (!r.hasErrors) checkRequiredCycles(spec.units, types, r);
  r.throwIfErrors();
  return { spec, symbols, types, errorIds, warnings: r.list };
}

const inRoot = (id: string, root: string): boolean => id === root || id.startsWith(`${root}.`);

/**
 * api.yaml's `accessors:` name services outside the root, each once, with names no other entry
 * has (clashes with the accessors of the services below the root are the naming stage's, ir/).
 * Returns the services that have one.
 */
function checkAccessors(spec: Spec, r: Reporter): Set<string> {
  const services = new Set(spec.units.filter((u) => u.kind === 'service').map((u) => u.id));
  const out = new Set<string>();
  const byName = new Map<string, string>();
  for (const a of spec.api.accessors) {
    if (!services.has(a.service)) {
      r.error(
        'accessor-service',
        `accessor '${a.name}' is for '${a.service}', which is no service of the spec`,
        a.loc,
        'use the id of a service unit (service: … in its file), or remove the entry',
      );
      continue;
    }
    if (inRoot(a.service, spec.api.root)) {
      r.error(
        'accessor-in-root',
        `'${a.service}' is below the root package '${spec.api.root}': its accessor comes from its id`,
        a.loc,
        'remove the entry',
      );
      continue;
    }
    const first = byName.get(a.name);
    if (first !== undefined)
      r.error(
        'accessor-clash',
        `accessor '${a.name}' is also the accessor of '${first}'`,
        a.nameLoc,
        'choose another name',
      );
    else byName.set(a.name, a.service);
    out.add(a.service);
  }
  return out;
}

function checkUnitIds(units: SpecUnit[], r: Reporter): void {
  const seen = new Map<string, SpecUnit>();
  for (const u of units) {
    const key = `${u.kind}:${u.id}`;
    const first = seen.get(key);
    if (first)
      r.error(
        'duplicate-unit',
        `${u.kind} '${u.id}' is declared in two files (first: ${first.loc.file})`,
        u.loc,
        'merge the two files',
      );
    else seen.set(key, u);
  }
}

function checkVersions(spec: Spec, r: Reporter): void {
  const api = spec.api.apiVersion;
  const check = (v: string | undefined, loc: Loc, what: string): void => {
    if (v !== undefined && compareVersions(v, api) > 0)
      r.error('since-after-api', `${what} says since ${v}, later than the spec's apiVersion ${api}`, loc);
  };
  for (const u of spec.units) {
    check(u.since, u.loc, u.id);
    for (const s of u.structures) {
      check(s.since, s.loc, s.name);
      for (const f of s.fields) check(f.since, f.loc, `${s.name}.${f.name}`);
    }
    for (const e of u.enums) {
      check(e.since, e.loc, e.name);
      for (const v of e.values) check(v.since, v.loc, `${e.name}.${v.value}`);
    }
    for (const o of u.operations) check(o.since, o.loc, o.name);
  }
}

/** A structure that needs itself through required fields can never be built: report the cycle. */
function checkRequiredCycles(units: SpecUnit[], types: Map<object, VapiType>, r: Reporter): void {
  const edges = new Map<string, { to: string; loc: Loc }[]>();
  for (const u of units) {
    for (const s of u.structures) {
      const id = `${u.id}.${s.name}`;
      const unionFields = new Set(s.unions.flatMap((un) => [...un.cases.values()].flatMap((c) => c.fields)));
      const out: { to: string; loc: Loc }[] = [];
      for (const f of s.fields) {
        const t = types.get(f);
        // Union case fields are only required in their case: another case can end the recursion.
        if (t?.kind === 'ref' && !unionFields.has(f.name)) out.push({ to: t.id, loc: f.typeLoc });
      }
      edges.set(id, out);
    }
  }
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 1);
    stack.push(id);
    for (const e of edges.get(id) ?? []) {
      if (state.get(e.to) === 1) {
        const cycle = stack.slice(stack.indexOf(e.to));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          r.error(
            'required-cycle',
            `structures need each other through required fields and can never be built: ${[...cycle, e.to].join(' -> ')}`,
            e.loc,
            'make one of the fields optional<…> or a list<…>',
          );
        }
      } else if (!state.has(e.to)) visit(e.to);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const id of [...edges.keys()].sort()) if (!state.has(id)) visit(id);
}

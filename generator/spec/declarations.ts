// Semantic rules of one declaration: names unique within it, a structure's fields and tagged
// unions, an enum's default, an error type's fields, an operation's parameters, errors and privileges (validate.ts runs
// them over every unit, with the rules that span the spec).
import type { Loc, Reporter } from '../diagnostics.js';
import { unwrapOptional, type VapiType } from '../model/types.js';
import { checkBindings } from './bindings.js';
import type { SpecEnum, SpecErrorType, SpecOperation, SpecStructure, SpecUnit } from './model.js';
import type { SymbolTable } from './symbols.js';

export function uniqueNames(items: { name: string; loc: Loc }[], what: string, where: string, r: Reporter): void {
  const seen = new Map<string, Loc>();
  for (const it of items) {
    const first = seen.get(it.name);
    if (first)
      r.error(
        `duplicate-${what.replace(/ /g, '-')}`,
        `${what} '${it.name}' appears twice in ${where} (first at line ${first.line})`,
        it.loc,
        'remove or rename one of them',
      );
    else seen.set(it.name, it.loc);
  }
}

/** Resolves a type expression at a node (and records the result). */
export type Resolve = (node: object, text: string, loc: Loc, scope: string) => VapiType | undefined;

export function checkStructure(
  unit: SpecUnit,
  s: SpecStructure,
  symbols: SymbolTable,
  resolve: Resolve,
  r: Reporter,
): void {
  const id = `${unit.id}.${s.name}`;
  uniqueNames(s.fields, 'field', `structure '${s.name}'`, r);
  const fieldTypes = new Map<string, VapiType | undefined>();
  for (const f of s.fields) fieldTypes.set(f.name, resolve(f, f.type, f.typeLoc, id));
  const claimed = new Map<string, string>();
  for (const u of s.unions) {
    if (!fieldTypes.has(u.discriminant)) {
      r.error(
        'union-discriminant',
        `union discriminant '${u.discriminant}' is not a field of '${s.name}'`,
        u.loc,
        `use one of: ${s.fields.map((f) => f.name).join(', ')}`,
      );
      continue;
    }
    const dt = fieldTypes.get(u.discriminant);
    const inner = dt && unwrapOptional(dt).type;
    if (dt && inner?.kind !== 'enum') {
      r.error('union-discriminant', `union discriminant '${u.discriminant}' must be enum-typed`, u.loc);
      continue;
    }
    const en = inner ? symbols.byId.get((inner as { id: string }).id) : undefined;
    const values = en?.kind === 'enum' ? new Set(en.node.values.map((v) => v.value)) : undefined;
    for (const [value, c] of u.cases) {
      if (values && !values.has(value)) {
        r.error(
          'union-case',
          `case '${value}' is not a value of the discriminant's enum`,
          c.loc,
          `use one of: ${[...values].join(', ')}`,
        );
      }
      c.fields.forEach((name, i) => {
        if (!fieldTypes.has(name))
          r.error(
            'union-field',
            `case '${value}' names '${name}', which is not a field of '${s.name}'`,
            c.fieldLocs[i],
            'add the field or fix the name',
          );
        else if (name === u.discriminant)
          r.error('union-field', `case '${value}' lists the discriminant '${name}' itself`, c.fieldLocs[i]);
        const owner = claimed.get(name);
        if (owner && owner !== u.discriminant)
          r.error(
            'union-field',
            `field '${name}' belongs to two unions ('${owner}' and '${u.discriminant}')`,
            c.fieldLocs[i],
          );
        claimed.set(name, u.discriminant);
      });
      uniqueNames(
        c.fields.map((name, i) => ({ name, loc: c.fieldLocs[i]! })),
        'case field',
        `case '${value}'`,
        r,
      );
    }
  }
}

export function checkEnum(e: SpecEnum, r: Reporter): void {
  uniqueNames(
    e.values.map((v) => ({ name: v.value, loc: v.loc })),
    'enum value',
    `enum '${e.name}'`,
    r,
  );
  if (e.default !== undefined && !e.values.some((v) => v.value === e.default)) {
    r.error(
      'enum-default',
      `default '${e.default}' is not a value of enum '${e.name}'`,
      e.defaultLoc ?? e.loc,
      `use one of: ${e.values.map((v) => v.value).join(', ')}`,
    );
  }
}

export function checkErrorType(unit: SpecUnit, e: SpecErrorType, resolve: Resolve, r: Reporter): void {
  uniqueNames(e.fields, 'field', `error '${e.name}'`, r);
  for (const f of e.fields) resolve(f, f.type, f.typeLoc, `${unit.id}.${e.name}`);
}

export function checkOperation(
  unit: SpecUnit,
  op: SpecOperation,
  symbols: SymbolTable,
  resolve: Resolve,
  errorIds: Map<object, string>,
  r: Reporter,
): void {
  const scope = unit.id;
  uniqueNames(op.params, 'parameter', `operation '${op.name}'`, r);
  for (const p of op.params) {
    const t = resolve(p, p.type, p.typeLoc, scope);
    if (t && op.http.api.form && p.name === op.http.api.body && unwrapOptional(t).type.kind !== 'ref')
      r.error('binding-form', `form fields come from a structure; body parameter '${p.name}' is ${p.type}`, p.typeLoc);
  }
  if (op.result) resolve(op.result, op.result.type, op.result.loc, scope);
  uniqueNames(
    op.errors.map((e) => ({ name: e.error, loc: e.loc })),
    'error',
    `operation '${op.name}'`,
    r,
  );
  for (const e of op.errors) {
    const d = symbols.resolve(e.error, scope);
    if (!d)
      r.error(
        'unknown-error',
        `unknown error '${e.error}'`,
        e.loc,
        'declare it under errors: in its package (e.g. com.vmware.vapi.std.errors)',
      );
    else if (d.kind !== 'error') r.error('unknown-error', `'${e.error}' is a ${d.kind}, not an error type`, e.loc);
    else errorIds.set(e, d.id);
    if (e.data) {
      const t = resolve(e, e.data, e.loc, scope);
      if (t && unwrapOptional(t).type.kind !== 'ref')
        r.error('error-data', `error data of '${e.error}' must be a structure`, e.loc);
    }
  }
  const names = new Set(op.params.map((p) => p.name));
  for (const p of op.privileges) {
    if (p.param !== undefined && !names.has(p.param))
      r.error('privilege-param', `privilege names parameter '${p.param}', which '${op.name}' does not have`, p.loc);
  }
  checkBindings(op, r);
}

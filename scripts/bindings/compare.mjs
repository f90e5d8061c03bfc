// Compares a spec directory's structures with the bindings facts: tagged unions case by case
// (missing unions, case fields the spec treats as common, wrong required flags, extra fields) and
// field types (the type the spec should have, given the spec's rule that a field listed under a
// case is required in it unless typed optional<…>).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const PRIMITIVES = new Set(['string', 'long', 'double', 'boolean', 'datetime', 'secret', 'uri', 'binary', 'opaque']);

/**
 * The structures of a spec directory: canonical id → `{ file, fields: [{ name, type }], unions }`,
 * types with every name resolved to its canonical id (spec/README.md, "The type language").
 * @param {string} dir
 */
export function readSpecStructures(dir) {
  return specStructures(readSpecUnits(dir));
}

/** The unit documents of a spec directory, `{ file, doc }`, in path order. */
export function readSpecUnits(dir) {
  const units = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      if (statSync(full).isDirectory()) walk(full);
      else if (n.endsWith('.yaml') && n !== 'api.yaml')
        units.push({ file: full, doc: parse(readFileSync(full, 'utf8')) });
    }
  };
  walk(dir);
  return units;
}

/** As readSpecStructures, from parsed unit documents `{ file, doc }`. */
export function specStructures(units) {
  return specModel(units).structures;
}

/**
 * Structures and operations of parsed spec units (`{ file, doc }`): `structures` as
 * readSpecStructures; `operations`: `<service>.<op>` → `{ params: [{ name, type }], result, errors }`
 * with canonical types (`void` for no result) and sorted error ids.
 */
export function specModel(units) {
  const declared = new Set();
  for (const { doc } of units) {
    const id = doc.service ?? doc.package;
    for (const k of ['structures', 'enums', 'errors'])
      for (const n of Object.keys(doc[k] ?? {})) declared.add(`${id}.${n}`);
  }
  const resolver = (unit, scope) => (n) => {
    const scopes = [scope, unit];
    for (let p = unit; p.includes('.');) scopes.push((p = p.slice(0, p.lastIndexOf('.'))));
    for (const sc of scopes) if (declared.has(`${sc}.${n}`)) return `${sc}.${n}`;
    return n;
  };
  const structures = new Map();
  const operations = new Map();
  for (const { file, doc } of units) {
    const unit = doc.service ?? doc.package;
    for (const [name, s] of Object.entries(doc.structures ?? {})) {
      const id = `${unit}.${name}`;
      const resolve = resolver(unit, id);
      const fields = (s.fields ?? []).map((f) => ({ name: f.name, type: canonicalType(f.type, resolve) }));
      const unions = (s.unions ?? []).map((u) => ({ discriminant: u.discriminant, cases: u.cases ?? {} }));
      structures.set(id, { file, fields, unions });
    }
    const resolve = resolver(unit, unit);
    for (const [name, o] of Object.entries(doc.operations ?? {}))
      operations.set(`${unit}.${name}`, {
        file,
        params: (o.params ?? []).map((p) => ({ name: p.name, type: canonicalType(p.type, resolve) })),
        result: o.result ? canonicalType(o.result.type, resolve) : 'void',
        errors: (o.errors ?? []).map((e) => (typeof e === 'string' ? e : e.error)).sort(),
      });
  }
  return { structures, operations };
}

/**
 * Differences between the spec's operations and the facts', for the operations both have:
 * `{ operation, kind, detail }` with kinds `error-missing`, `error-extra`, `param-type`,
 * `param-missing`, `param-extra`, `param-order`, `result-type`; and the operations of the facts the spec lacks.
 */
export function compareOperations(facts, specOps) {
  const diffs = [];
  const absent = [];
  const add = (operation, kind, detail) => diffs.push({ operation, kind, detail });
  for (const s of facts.services)
    for (const op of s.operations) {
      const id = `${s.id}.${op.name}`;
      const have = specOps.get(id);
      if (!have) {
        absent.push(id);
        continue;
      }
      for (const e of op.errors) if (!have.errors.includes(e)) add(id, 'error-missing', e);
      for (const e of have.errors) if (!op.errors.includes(e)) add(id, 'error-extra', e);
      const flat = new Set();
      for (const p of op.params) {
        const mine = have.params.find((x) => x.name === p.name);
        if (mine) {
          if (mine.type !== p.type) add(id, 'param-type', `${p.name}: ${mine.type}, the bindings say ${p.type}`);
          continue;
        }
        add(id, 'param-missing', `${p.name}: ${p.type}`);
        // A structure parameter the spec has as one parameter per field (query filters): compare
        // those with the fields, as optional as the structure is.
        const struct = facts.structures.get(p.type.replace(/^optional<(.*)>$/, '$1'));
        for (const f of struct?.fields ?? []) {
          const mine = have.params.find((x) => x.name === f.name);
          if (!mine) continue;
          flat.add(f.name);
          const want =
            p.type.startsWith('optional<') && !f.type.startsWith('optional<') ? `optional<${f.type}>` : f.type;
          if (mine.type !== want)
            add(id, 'param-type', `${f.name} (a field of ${p.name}): ${mine.type}, the bindings say ${want}`);
        }
      }
      for (const p of have.params)
        if (!op.params.some((x) => x.name === p.name))
          add(id, 'param-extra', flat.has(p.name) ? `${p.name} (a field of a structure parameter)` : p.name);
      const order = (list, other) => list.map((x) => x.name).filter((n) => other.some((y) => y.name === n));
      if (order(op.params, have.params).join() !== order(have.params, op.params).join())
        add(
          id,
          'param-order',
          `${order(have.params, op.params).join(', ')}; the bindings: ${order(op.params, have.params).join(', ')}`,
        );
      if (have.result !== op.result) add(id, 'result-type', `${have.result}, the bindings say ${op.result}`);
    }
  return { diffs, absent };
}

/** A spec type with names resolved and no spaces: `optional<list<com.vmware.x.y>>`. */
export function canonicalType(text, resolve = (n) => n) {
  return String(text)
    .replace(/\s+/g, '')
    .replace(/[A-Za-z_][A-Za-z0-9_.$-]*(?::[^<>,]*)?/g, (w) =>
      /^id(:|$)/.test(w) || PRIMITIVES.has(w) || /^(optional|list|set|map)$/.test(w) ? w : resolve(w),
    );
}

const stripOptional = (t) => (t.startsWith('optional<') ? t.slice(9, -1) : t);

/**
 * Differences between the spec's structures and the facts', for the structures both have.
 * Each `{ structure, kind, detail }`; kinds: `union-missing`, `union-extra`, `case-field-missing`
 * (the spec treats a case field as common), `case-field-common` (a field every case has with the
 * same optionality, which the spec writes as a common field: no difference in meaning, and not
 * counted against the union's exactness), `case-field-extra`, `case-required-flag` (required
 * in the bindings, optional in the spec, or the reverse), `field-type`, `field-missing`,
 * `field-extra`, `case-mixed` (a field required in one case and optional in another, which the
 * spec cannot say). Also per union whether it is exact.
 * @param {ReturnType<typeof import('./facts.mjs').collect>} facts
 * @param {Map<string, { fields: { name: string, type: string }[], unions: any[] }>} spec
 */
export function compareUnions(facts, spec) {
  const diffs = [];
  const unions = [];
  // (field, case) pairs where the spec and the bindings disagree (see countPlaces).
  const places = { forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 };
  const add = (structure, kind, detail) => diffs.push({ structure, kind, detail });
  for (const [id, want] of facts.structures) {
    const have = spec.get(id);
    if (!have) continue;
    const fieldTypes = new Map(have.fields.map((f) => [f.name, f.type]));
    // How each field is bound by the bindings' unions: required / optional per case.
    const membership = new Map();
    for (const u of want.unions)
      for (const c of u.cases)
        for (const [list, req] of [
          [c.required, true],
          [c.optional, false],
        ])
          for (const f of list)
            membership.set(f, [...(membership.get(f) ?? []), { union: u.discriminant, value: c.value, req }]);
    for (const u of want.unions) {
      const mine = have.unions.find((x) => x.discriminant === u.discriminant);
      const values = facts.enums.get(stripOptional(want.fields.find((f) => f.name === u.discriminant)?.type ?? ''));
      // Fields every value of the discriminant has, all required or all optional, which the spec
      // has as common fields of that optionality: the same meaning, written differently.
      const common = new Set();
      for (const f of new Set(u.cases.flatMap((c) => [...c.required, ...c.optional]))) {
        const flags = (values ?? []).map((v) => {
          const c = u.cases.find((x) => x.value === v);
          return c?.required.includes(f) ? 'required' : c?.optional.includes(f) ? 'optional' : 'absent';
        });
        const inSpecUnion = Object.values(mine?.cases ?? {}).some((list) => list.includes(f));
        const specFlag = (fieldTypes.get(f) ?? 'optional<').startsWith('optional<') ? 'optional' : 'required';
        if (values?.length && !inSpecUnion && flags.every((x) => x === specFlag)) {
          common.add(f);
          add(
            id,
            'case-field-common',
            `${u.discriminant}: ${f} (${specFlag} in every case; the same as a common field)`,
          );
        }
      }
      const counted = diffs.length;
      if (!mine) {
        const fields = [...new Set(u.cases.flatMap((c) => [...c.required, ...c.optional]))].filter(
          (f) => !common.has(f),
        );
        if (fields.length || !common.size)
          add(id, 'union-missing', `${u.discriminant} (${fields.join(', ') || 'no case fields'})`);
      } else {
        for (const c of u.cases) {
          const listed = new Set(mine.cases[c.value] ?? []);
          for (const [list, req] of [
            [c.required, true],
            [c.optional, false],
          ])
            for (const f of list) {
              if (common.has(f)) continue;
              if (!listed.has(f)) {
                add(id, 'case-field-missing', `${u.discriminant}=${c.value}: ${req ? 'required' : 'optional'} ${f}`);
                continue;
              }
              const specOptional = (fieldTypes.get(f) ?? '').startsWith('optional<');
              if (specOptional === req)
                add(
                  id,
                  'case-required-flag',
                  `${u.discriminant}=${c.value}: ${f} is ${req ? 'required' : 'optional'}, the spec says ${specOptional ? 'optional' : 'required'}`,
                );
            }
          const known = new Set([...c.required, ...c.optional]);
          for (const f of listed) if (!known.has(f)) add(id, 'case-field-extra', `${u.discriminant}=${c.value}: ${f}`);
        }
        for (const v of Object.keys(mine.cases))
          if (!u.cases.some((c) => c.value === v))
            add(id, 'case-field-extra', `${u.discriminant}=${v}: a case the bindings lack`);
      }
      countPlaces(places, u, mine, values, fieldTypes);
      // Exact: the spec's types accept what the bindings allow, however it is written.
      unions.push({ structure: id, discriminant: u.discriminant, exact: diffs.length === counted });
    }
    for (const u of have.unions)
      if (!want.unions.some((x) => x.discriminant === u.discriminant)) add(id, 'union-extra', u.discriminant);
    for (const f of want.fields) {
      if (!fieldTypes.has(f.name)) {
        add(id, 'field-missing', `${f.name}: ${f.type}`);
        continue;
      }
      const cases = membership.get(f.name) ?? [];
      const flags = new Set(cases.map((c) => c.req));
      if (flags.size > 1)
        add(
          id,
          'case-mixed',
          `${f.name}: ${cases.map((c) => `${c.union}=${c.value} ${c.req ? 'required' : 'optional'}`).join(', ')}`,
        );
      // The spec's type for a field required in its cases is the non-optional type.
      const expected = flags.has(true) && flags.size === 1 ? stripOptional(f.type) : f.type;
      const got = fieldTypes.get(f.name);
      // Optionality is measured by the union comparison for case fields; here the rest of the type.
      const comparable = cases.length ? [stripOptional(expected), stripOptional(got)] : [expected, got];
      if (comparable[0] !== comparable[1]) add(id, 'field-type', `${f.name}: ${got}, the bindings say ${expected}`);
    }
    for (const f of have.fields) if (!want.fields.some((x) => x.name === f.name)) add(id, 'field-extra', f.name);
  }
  return { diffs, unions, places };
}

/**
 * Adds one union's places to `places`, per (field, case value): the spec accepts a field the case
 * forbids; leaves optional a field the case requires; requires a field the case leaves optional;
 * forbids a field the case requires.
 */
function countPlaces(places, u, mine, values, fieldTypes) {
  const cases = new Map(u.cases.map((c) => [c.value, c]));
  const specCases = mine?.cases ?? {};
  const inSpecUnion = new Set(Object.values(specCases).flat());
  const fields = new Set(u.cases.flatMap((c) => [...c.required, ...c.optional]));
  for (const f of fields)
    for (const v of values ?? [...cases.keys()]) {
      const c = cases.get(v);
      const required = !!c?.required.includes(f);
      const allowed = required || !!c?.optional.includes(f);
      const specAllowed = !inSpecUnion.has(f) || (specCases[v] ?? []).includes(f);
      const specRequired = specAllowed && !fieldTypes.get(f)?.startsWith('optional<');
      if (!allowed && specAllowed) places.forbiddenAccepted++;
      if (required && specAllowed && !specRequired) places.requiredOptional++;
      if (allowed && !required && specRequired) places.optionalRequired++;
      if (required && !specAllowed) places.requiredForbidden++;
    }
}

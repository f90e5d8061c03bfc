// Comparing an import with an existing spec: wire names that differ only in case (9.1 writes
// size_mib where 7.x and vAPI keep size_MiB) are reported, never renamed; an overlay decides.
// The existing spec also names body parameters a file leaves unnamed.
import { DiagnosticError } from '../../diagnostics.js';
import { loadSpec } from '../../spec/load.js';
import type { Draft, ImportLog } from '../shared/draft.js';
import { unitId, type UnitDoc } from '../shared/unit-doc.js';

export interface CompareSpec {
  /** Structure or error id → field names. */
  fields: Map<string, string[]>;
  /** `service#op` → parameter names. */
  params: Map<string, string[]>;
  /** `service#op` → the /api body parameter. */
  bodies: Map<string, string>;
}

export function loadCompare(dir: string, log: ImportLog): CompareSpec | undefined {
  let spec;
  try {
    spec = loadSpec(dir);
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    log.warn(
      'compare-spec',
      `the spec in ${dir} does not load (${e.diagnostics.length} problems); wire names are not compared`,
      '',
    );
    return undefined;
  }
  const out: CompareSpec = { fields: new Map(), params: new Map(), bodies: new Map() };
  for (const u of spec.units) {
    for (const s of u.structures)
      out.fields.set(
        `${u.id}.${s.name}`,
        s.fields.map((f) => f.name),
      );
    for (const e of u.errors)
      out.fields.set(
        `${u.id}.${e.name}`,
        e.fields.map((f) => f.name),
      );
    for (const op of u.operations) {
      out.params.set(
        `${u.id}#${op.name}`,
        op.params.map((p) => p.name),
      );
      if (op.http.api.body) out.bodies.set(`${u.id}#${op.name}`, op.http.api.body);
    }
  }
  return out;
}

function check(
  names: string[],
  known: string[] | undefined,
  where: string,
  pointer: (name: string) => string,
  dir: string,
  fix: string,
  log: ImportLog,
): void {
  if (!known) return;
  for (const name of names) {
    if (known.includes(name)) continue;
    const other = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (other) {
      log.warn(
        'wire-name-case',
        `'${name}' of ${where} is '${other}' in ${dir}: the wire names differ only in case`,
        pointer(name),
        fix.replace('$OLD', name).replace('$NEW', other),
      );
    }
  }
}

/**
 * Compares the final units (after overlays, so that a `rename` settles a difference) with the
 * spec in `dir`; warnings point into the imported file.
 */
export function compareWireNames(units: UnitDoc[], draft: Draft, cmp: CompareSpec, dir: string, log: ImportLog): void {
  const at = new Map<string, string>();
  for (const t of draft.types.values()) {
    at.set(t.id, t.pointer);
    if (t.kind !== 'enum') for (const f of t.fields) at.set(`${t.id}#${f.name}`, f.pointer);
  }
  for (const op of draft.operations) {
    at.set(`${op.service}#${op.name}`, op.pointer);
    for (const p of op.params) at.set(`${op.service}#${op.name}#${p.name}`, p.pointer);
  }
  for (const u of units) {
    const uid = unitId(u);
    const decls: [string, { fields: { name: string }[] }][] = [
      ...Object.entries(u.structures ?? {}),
      ...Object.entries(u.errors ?? {}),
    ];
    for (const [local, s] of decls) {
      const id = `${uid}.${local}`;
      const fix = `decide in an overlay: fields: { $OLD: { rename: $NEW } } under the structure ${local} of ${uid}`;
      check(
        s.fields.map((f) => f.name),
        cmp.fields.get(id),
        id,
        (n) => at.get(`${id}#${n}`) ?? at.get(id) ?? '',
        dir,
        fix,
        log,
      );
    }
    for (const [name, op] of Object.entries(u.operations ?? {})) {
      const key = `${uid}#${name}`;
      const fix = `decide in an overlay: params: { $OLD: { rename: $NEW } } under the operation ${name} of ${uid}`;
      check(
        (op.params ?? []).map((p) => p.name),
        cmp.params.get(key),
        `${uid}.${name}`,
        (n) => at.get(`${key}#${n}`) ?? at.get(key) ?? '',
        dir,
        fix,
        log,
      );
    }
  }
}

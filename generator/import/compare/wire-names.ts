// Comparing an import with an existing spec (the previous version's): wire names that differ only in
// case (9.1 writes size_mib where 7.x and vAPI keep size_MiB) keep the existing spelling, reported;
// an overlay may rename them back. The existing spec also names body parameters a file leaves unnamed.
import { DiagnosticError } from '../../diagnostics.js';
import { loadSpec } from '../../spec/load.js';
import type { Draft, ImportLog } from '../shared/draft.js';
import {
  renameField,
  renameParam,
  unitId,
  type ErrorTypeDoc,
  type StructureDoc,
  type UnitDoc,
} from '../shared/unit-doc.js';

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

/**
 * Keeps the canonical wire names: a field or parameter of the import spelled like one of the spec
 * in `dir` but for case (9.1 writes size_mib where 7.x and vAPI keep size_MiB) takes that spec's
 * spelling. Runs before the curation overlays, which may rename it back. Returns what it corrected
 * (`<id>: <file's name> → <kept name>`), each also a note that points into the imported file.
 */
export function correctWireNames(
  units: UnitDoc[],
  draft: Draft,
  cmp: CompareSpec,
  dir: string,
  log: ImportLog,
): string[] {
  const at = new Map<string, string>();
  for (const t of draft.types.values()) {
    at.set(t.id, t.pointer);
    if (t.kind !== 'enum') for (const f of t.fields) at.set(`${t.id}#${f.name}`, f.pointer);
  }
  for (const op of draft.operations) {
    at.set(`${op.service}#${op.name}`, op.pointer);
    for (const p of op.params) at.set(`${op.service}#${op.name}#${p.name}`, p.pointer);
  }
  const corrected: string[] = [];
  const correct = (
    names: { name: string }[],
    known: string[] | undefined,
    where: string,
    pointer: (name: string) => string,
    undo: string,
    rename: (from: string, to: string) => void,
  ): void => {
    if (!known) return;
    for (const item of names) {
      const name = item.name;
      if (known.includes(name)) continue;
      const other = known.filter((k) => k.toLowerCase() === name.toLowerCase());
      if (other.length !== 1 || names.some((x) => x.name === other[0])) continue;
      rename(name, other[0]!);
      corrected.push(`${where}: ${name} → ${other[0]}`);
      log.notes.push(
        `${pointer(name)}: [wire-name-case] '${name}' of ${where} kept as '${other[0]}', its wire name in ${dir} (the names differ only in case); to keep the file's spelling: ${undo.replace('$OLD', other[0]!).replace('$NEW', name)}`,
      );
    }
  };
  for (const u of units) {
    const uid = unitId(u);
    const decls: [string, StructureDoc | ErrorTypeDoc][] = [
      ...Object.entries(u.structures ?? {}),
      ...Object.entries(u.errors ?? {}),
    ];
    for (const [local, s] of decls) {
      const id = `${uid}.${local}`;
      correct(
        s.fields,
        cmp.fields.get(id),
        id,
        (n) => at.get(`${id}#${n}`) ?? at.get(id) ?? '',
        `fields: { $OLD: { rename: $NEW } } under ${local} of ${uid} in an overlay`,
        (from, to) => renameField(s, from, to),
      );
    }
    for (const [name, op] of Object.entries(u.operations ?? {})) {
      const key = `${uid}#${name}`;
      correct(
        op.params ?? [],
        cmp.params.get(key),
        `${uid}.${name}`,
        (n) => at.get(`${key}#${n}`) ?? at.get(key) ?? '',
        `params: { $OLD: { rename: $NEW } } under the operation ${name} of ${uid} in an overlay`,
        (from, to) => renameParam(op, from, to),
      );
    }
  }
  return corrected;
}

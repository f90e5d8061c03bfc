// `declare:` in overlays: structures and enums the published file lacks (e.g. error data that
// operations document but VMware's 7.x Swagger does not define), in spec format. They are added
// before any other overlay rule runs, so every overlay file can name them. Declaring something the
// import has is an error: the curation is stale. A `packages:` entry that declares things may
// create a package unit the import does not have.
import type { Loc } from '../../diagnostics.js';
import { get, mapEntries, seqItems, str, type SourceFile } from '../../spec/yaml-ast.js';
import type { ImportLog } from '../shared/draft.js';
import { js, type Ctx, type OverlayStats } from './context.js';
import type { Overlay } from './load.js';
import type { OverlayTypes } from './type-check.js';
import { byCode } from '../../model/order.js';
import {
  unitId,
  unitOrder,
  type EnumDoc,
  type EnumValueDoc,
  type FieldDoc,
  type StructureDoc,
  type UnionDoc,
  type UnitDoc,
} from '../shared/unit-doc.js';

/** One declaration, with what checking it later needs. */
export interface Declaration {
  f: SourceFile;
  id: string;
  node: unknown;
  doc: { kind: 'structure'; s: StructureDoc } | { kind: 'enum'; e: EnumDoc };
}

const DOCUMENTED = ['description', 'since', 'deprecated'] as const;

function documented<T extends object>(raw: Record<string, unknown>, out: T): T {
  for (const k of DOCUMENTED) if (raw[k] !== undefined) Object.assign(out, { [k]: raw[k] });
  return out;
}

function structureDoc(raw: Record<string, unknown>): StructureDoc {
  const out = documented(raw, {} as StructureDoc);
  out.fields = ((raw.fields ?? []) as Record<string, unknown>[]).map((f) =>
    documented(f, { name: String(f.name), type: String(f.type) } as FieldDoc),
  );
  const unions = (raw.unions ?? []) as UnionDoc[];
  if (unions.length)
    out.unions = unions.map((u) => ({
      discriminant: u.discriminant,
      cases: Object.fromEntries(Object.entries(u.cases).map(([k, v]) => [k, [...v]])),
    }));
  return out;
}

function enumDoc(raw: Record<string, unknown>): EnumDoc {
  const out = documented(raw, {} as EnumDoc);
  out.values = ((raw.values ?? []) as (string | EnumValueDoc)[]).map((v) =>
    typeof v === 'string' ? { value: v } : { ...v },
  );
  if (raw.default !== undefined) out.default = String(raw.default);
  return out;
}

function sortedRecord<T>(rec: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rec).sort(([a], [b]) => byCode(a, b)));
}

/**
 * Adds every `declare:` of every overlay to the units (creating package units when needed).
 * Type names inside the declarations are checked later by checkDeclarations, once every
 * declaration is known.
 */
export function declareAll(overlays: Overlay[], units: UnitDoc[], log: ImportLog, stats: OverlayStats): Declaration[] {
  const taken = new Map<string, Loc | undefined>();
  for (const u of units) {
    const id = unitId(u);
    for (const rec of [u.structures, u.enums, u.errors])
      for (const n of Object.keys(rec ?? {})) taken.set(`${id}.${n}`, undefined);
  }
  const out: Declaration[] = [];
  for (const o of overlays) {
    const f = o.file;
    for (const kind of ['services', 'packages'] as const) {
      for (const e of mapEntries(f, get(o.root, kind))) {
        const decl = get(e.value, 'declare');
        if (decl === undefined) continue;
        let unit = units.find(
          (u) => unitId(u) === e.key && (kind === 'services' ? u.service !== undefined : u.package !== undefined),
        );
        if (!unit) {
          if (kind === 'services') continue; // reported when the entry is applied: services come from the file only
          unit = { package: e.key };
          units.push(unit);
          units.sort(unitOrder);
        }
        for (const which of ['structures', 'enums'] as const) {
          for (const d of mapEntries(f, get(decl, which))) {
            const id = `${e.key}.${d.key}`;
            if (taken.has(id)) {
              const first = taken.get(id);
              const what = `${which === 'structures' ? 'structure' : 'enum'} '${d.key}' in ${e.key}`;
              if (first)
                log.at(
                  'error',
                  'overlay-declare',
                  `${what} is declared twice (first at ${first.file}:${first.line}:${first.col})`,
                  d.loc,
                  'declare it once',
                );
              else
                log.at(
                  'error',
                  'overlay-declare',
                  `${what}: the import already has ${id}; the declaration is stale`,
                  d.loc,
                  'remove the declaration and keep only edits of the imported one',
                );
              continue;
            }
            taken.set(id, d.loc);
            const raw = js(f, d.value) as Record<string, unknown>;
            if (which === 'structures') {
              const s = structureDoc(raw);
              unit.structures = sortedRecord({ ...unit.structures, [d.key]: s });
              out.push({ f, id, node: d.value, doc: { kind: 'structure', s } });
            } else {
              const en = enumDoc(raw);
              unit.enums = sortedRecord({ ...unit.enums, [d.key]: en });
              out.push({ f, id, node: d.value, doc: { kind: 'enum', e: en } });
            }
            stats.declared++;
          }
        }
      }
    }
  }
  return out;
}

/** Checks what a declaration names (types, union fields, default) and writes its types the importer's way. */
export function checkDeclarations(
  decls: Declaration[],
  types: OverlayTypes,
  log: ImportLog,
  stats: OverlayStats,
): void {
  for (const d of decls) {
    // Declarations are checked strictly in every import: they are whole types, not edits of imported ones.
    const c: Ctx = { f: d.f, log, types, stats, versions: {} };
    if (d.doc.kind === 'enum') {
      const en = d.doc.e;
      const items = seqItems(get(d.node, 'values'));
      const seen = new Set<string>();
      en.values.forEach((v, i) => {
        if (seen.has(v.value))
          log.at('error', 'overlay-declare', `enum value '${v.value}' is listed twice`, c.f.locOf(items[i]));
        seen.add(v.value);
      });
      const def = get(d.node, 'default');
      if (en.default !== undefined && !seen.has(en.default))
        log.at('error', 'overlay-default', `default '${en.default}' is not a value of the enum`, c.f.locOf(def));
      continue;
    }
    const s = d.doc.s;
    const items = seqItems(get(d.node, 'fields'));
    const names = new Set<string>();
    s.fields.forEach((field, i) => {
      const item = items[i];
      if (names.has(field.name))
        log.at('error', 'overlay-declare', `field '${field.name}' is declared twice`, c.f.locOf(get(item, 'name')));
      names.add(field.name);
      const typeNode = get(item, 'type');
      field.type = types.checked(c, field.type, d.id, c.f.locOf(typeNode)) ?? field.type;
    });
    seqItems(get(d.node, 'unions')).forEach((un) => {
      const disc = str(get(un, 'discriminant'))!;
      if (!names.has(disc))
        log.at(
          'error',
          'overlay-declare',
          `union discriminant '${disc}' is not a field of ${d.id}`,
          c.f.locOf(get(un, 'discriminant')),
        );
      for (const ce of mapEntries(c.f, get(un, 'cases'))) {
        for (const fn of seqItems(ce.value)) {
          const name = str(fn)!;
          if (!names.has(name))
            log.at(
              'error',
              'overlay-declare',
              `union case ${ce.key} names '${name}', which is not a field of ${d.id}`,
              c.f.locOf(fn),
            );
        }
      }
    });
  }
}

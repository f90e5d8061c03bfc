// Overlay rules for structures (fields, renames, unions) and enums (values, add, default).
import type { Loc } from '../../diagnostics.js';
import { get, mapEntries, seqItems, str } from '../../spec/yaml-ast.js';
import { applyDocumented, js, missing, otherVersion, sinceFits, type Ctx } from './context.js';
import {
  renameField as renameFieldDoc,
  type EnumDoc,
  type EnumValueDoc,
  type StructureDoc,
  type UnionDoc,
} from '../shared/unit-doc.js';

export function applyStructure(c: Ctx, s: StructureDoc, id: string, node: unknown): void {
  applyDocumented(c, s, node);
  for (const e of mapEntries(c.f, get(node, 'fields'))) {
    const field = s.fields.find((f) => f.name === e.key);
    if (!field) {
      missing(c, e.loc, `field '${e.key}' of ${id}`);
      continue;
    }
    applyDocumented(c, field, e.value);
    const type = get(e.value, 'type');
    if (type !== undefined) field.type = c.types.checked(c, str(type)!, id, c.f.locOf(type)) ?? field.type;
    const rename = get(e.value, 'rename');
    if (rename !== undefined) renameField(c, s, e.key, str(rename)!, c.f.locOf(rename));
  }
  const unions = get(node, 'unions');
  if (unions !== undefined) {
    let list = js(c.f, unions) as UnionDoc[];
    const names = new Set(s.fields.map((f) => f.name));
    seqItems(unions).forEach((un, i) => {
      const u = list[i]!;
      if (!names.has(u.discriminant))
        missing(c, c.f.locOf(get(un, 'discriminant')), `field '${u.discriminant}' of ${id}`);
      for (const ce of mapEntries(c.f, get(un, 'cases'))) {
        seqItems(ce.value).forEach((fn) => {
          const name = str(fn)!;
          if (!names.has(name)) missing(c, c.f.locOf(fn), `field '${name}' of ${id}`);
        });
      }
    });
    // An import of another version keeps what it has: unions over a field it lacks go, case fields it lacks go.
    if (otherVersion(c)) {
      list = list
        .filter((u) => names.has(u.discriminant))
        .map((u) => ({
          ...u,
          cases: Object.fromEntries(Object.entries(u.cases).map(([k, v]) => [k, v.filter((f) => names.has(f))])),
        }));
    }
    if (list.length) s.unions = list;
    else delete s.unions;
  }
}

function renameField(c: Ctx, s: StructureDoc, from: string, to: string, loc: Loc): void {
  if (s.fields.some((f) => f.name === to)) {
    c.log.at('error', 'overlay-rename', `the structure already has a field '${to}'`, loc);
    return;
  }
  renameFieldDoc(s, from, to);
  c.stats.renames++;
}

export function applyEnum(c: Ctx, en: EnumDoc, node: unknown): void {
  applyDocumented(c, en, node);
  for (const e of mapEntries(c.f, get(node, 'values'))) {
    const v = en.values.find((x) => x.value === e.key);
    if (v) applyDocumented(c, v, e.value);
    else missing(c, e.loc, `enum value '${e.key}'`);
  }
  for (const item of seqItems(get(node, 'add'))) {
    const raw = js(c.f, item) as string | EnumValueDoc;
    const v: EnumValueDoc = typeof raw === 'string' ? { value: raw } : { ...raw };
    if (v.since !== undefined && !sinceFits(c, v.since, c.f.locOf(get(item, 'since')))) delete v.since;
    if (en.values.some((x) => x.value === v.value)) {
      c.log.at(
        'error',
        'overlay-add',
        `enum value '${v.value}' is already imported; remove it from add:`,
        c.f.locOf(item),
      );
      continue;
    }
    en.values.push(v);
  }
  const def = get(node, 'default');
  if (def !== undefined) {
    const d = str(def)!;
    if (en.values.some((x) => x.value === d)) en.default = d;
    else c.log.at('error', 'overlay-default', `default '${d}' is not a value of the enum`, c.f.locOf(def));
  }
}

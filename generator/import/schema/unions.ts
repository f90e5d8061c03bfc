// Checks the unions read from prose against the enums they depend on, once every type is known.
// A case value the enum lacks is matched loosely (VMXNE_t3 → VMXNET3) or dropped, with a warning;
// a dropped case leaves its fields optional, never silently required.
import type { Draft, DraftStructure, ImportLog } from '../shared/draft.js';
import { optional } from './types.js';

const loose = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

function enumOf(draft: Draft, s: DraftStructure, field: string): string[] | undefined {
  const f = s.fields.find((x) => x.name === field);
  const t = f?.type.replace(/^optional<(.*)>$/, '$1');
  const e = t ? draft.types.get(t) : undefined;
  return e?.kind === 'enum' ? e.values.map((v) => v.value) : undefined;
}

export function checkUnions(draft: Draft, log: ImportLog): void {
  for (const s of draft.types.values()) {
    if (s.kind !== 'structure' || s.unions.length === 0) continue;
    const claimed = new Map<string, string>();
    const before = new Set(s.unions.flatMap((u) => [...u.cases.values()].flat()));
    const release = (field: string): void => {
      const f = s.fields.find((x) => x.name === field);
      if (f) f.type = optional(f.type);
    };
    s.unions = s.unions.filter((u) => {
      const values = enumOf(draft, s, u.discriminant);
      const disc = s.fields.find((x) => x.name === u.discriminant)!;
      if (!values) {
        log.warn(
          'union-discriminant',
          `'${u.discriminant}' selects union cases but is not enum-typed; union dropped, its fields are optional`,
          disc.pointer,
        );
        return false;
      }
      const cases = new Map<string, string[]>();
      for (const [value, fields] of u.cases) {
        let v: string | undefined = value;
        if (!values.includes(value)) {
          const hits = values.filter((x) => loose(x) === loose(value));
          v = hits.length === 1 ? hits[0] : undefined;
          const at = s.fields.find((x) => x.name === fields[0])?.pointer ?? s.pointer;
          if (v)
            log.warn(
              'union-case-value',
              `union case '${value}' is not a value of the discriminant's enum; read as '${v}'`,
              at,
            );
          else {
            log.warn(
              'union-case-value',
              `union case '${value}' is not a value of the discriminant's enum (${values.join(', ')}); case dropped`,
              at,
              'state the case in an overlay (unions:)',
            );
            continue;
          }
        }
        const list = cases.get(v) ?? [];
        for (const f of fields) {
          const owner = claimed.get(f);
          if (owner !== undefined && owner !== u.discriminant) {
            log.warn(
              'union-field',
              `'${f}' depends on both '${owner}' and '${u.discriminant}'; kept in the first union only`,
              s.pointer,
            );
            continue;
          }
          claimed.set(f, u.discriminant);
          if (!list.includes(f)) list.push(f);
        }
        if (list.length) cases.set(v, list);
      }
      // Cases in the enum's order, fields in the structure's order: stable output.
      u.cases = new Map(values.filter((v) => cases.has(v)).map((v) => [v, order(s, cases.get(v)!)]));
      return u.cases.size > 0;
    });
    s.unions.sort((a, b) => index(s, a.discriminant) - index(s, b.discriminant));
    const after = new Set(s.unions.flatMap((u) => [...u.cases.values()].flat()));
    for (const f of before) if (!after.has(f)) release(f);
  }
}

function index(s: DraftStructure, field: string): number {
  return s.fields.findIndex((f) => f.name === field);
}

function order(s: DraftStructure, fields: string[]): string[] {
  return [...fields].sort((a, b) => index(s, a) - index(s, b));
}

// What each field of a structure is within one case of a tagged union: the one rule both the
// TypeScript and the OpenAPI emitters follow.
import type { IrField, IrStructure, IrUnion, IrUnionCase } from './model.js';

/**
 * - `tag`: the discriminant; `required` / `optional`: a field of this case;
 * - `forbidden`: a field of another case of this union (optional in the unknown case);
 * - `common`: outside every union of the structure; fields of another union are left out.
 */
export type FieldRole = 'tag' | 'required' | 'optional' | 'forbidden' | 'common';

/** Fields of a structure outside all its tagged unions. */
export function commonFields(s: IrStructure): IrField[] {
  const inUnion = new Set(
    s.unions.flatMap((u) => [u.discriminant, ...u.cases.flatMap((c) => [...c.required, ...c.optional])]),
  );
  return s.fields.filter((f) => !inUnion.has(f.name));
}

/** The fields of `s` with their role in case `c` of `u` (`'other'`: a case the client does not know). */
export function caseFields(
  s: IrStructure,
  u: IrUnion,
  c: IrUnionCase | 'other',
): { field: IrField; role: FieldRole }[] {
  const ofUnion = new Set(u.cases.flatMap((x) => [...x.required, ...x.optional]));
  const common = new Set(commonFields(s));
  const out: { field: IrField; role: FieldRole }[] = [];
  for (const field of s.fields) {
    const n = field.name;
    if (n === u.discriminant) out.push({ field, role: 'tag' });
    else if (c !== 'other' && c.required.includes(n)) out.push({ field, role: 'required' });
    else if (c !== 'other' && c.optional.includes(n)) out.push({ field, role: 'optional' });
    else if (ofUnion.has(n)) out.push({ field, role: c === 'other' ? 'optional' : 'forbidden' });
    else if (common.has(field)) out.push({ field, role: 'common' });
  }
  return out;
}

// What each field of a structure is within one case of a tagged union: the one rule both the
// TypeScript and the OpenAPI emitters follow.
import type { IrField, IrStructure, IrUnion, IrUnionCase } from './model.js';

/**
 * - `tag`: the discriminant; `required` / `optional`: a field of this case;
 * - `forbidden`: a field of another case of this union (optional in the unknown case);
 * - `common`: outside every union of the structure; fields of another union are left out.
 */
export type FieldRole = 'tag' | 'required' | 'optional' | 'forbidden' | 'common';

/**
 * A case of a union as the emitters see it: a known one, `'other'` (a tag this client does not
 * know, in data read from the server) or `'unset'` (an optional discriminant left unset: then no
 * case field may be set).
 */
export type CaseView = IrUnionCase | 'other' | 'unset';

/** Fields of a structure outside all its tagged unions. */
export function commonFields(s: IrStructure): IrField[] {
  const inUnion = new Set(
    s.unions.flatMap((u) => [u.discriminant, ...u.cases.flatMap((c) => [...c.required, ...c.optional])]),
  );
  return s.fields.filter((f) => !inUnion.has(f.name));
}

/** The fields of `s` with their role in case `c` of `u`. */
export function caseFields(s: IrStructure, u: IrUnion, c: CaseView): { field: IrField; role: FieldRole }[] {
  const ofUnion = new Set(u.cases.flatMap((x) => [...x.required, ...x.optional]));
  const common = new Set(commonFields(s));
  const known = typeof c === 'object' ? c : undefined;
  const out: { field: IrField; role: FieldRole }[] = [];
  for (const field of s.fields) {
    const n = field.name;
    if (n === u.discriminant) out.push({ field, role: 'tag' });
    else if (known?.required.includes(n)) out.push({ field, role: 'required' });
    else if (known?.optional.includes(n)) out.push({ field, role: 'optional' });
    else if (ofUnion.has(n)) out.push({ field, role: c === 'other' ? 'optional' : 'forbidden' });
    else if (common.has(field)) out.push({ field, role: 'common' });
  }
  return out;
}

/** The values of the cases a field belongs to, in case order. */
export function caseValuesOf(u: IrUnion, field: string): string[] {
  return u.cases.filter((c) => c.required.includes(field) || c.optional.includes(field)).map((c) => c.value);
}

/** Every variant of a union: its known cases, the unset discriminant, the unknown tag. */
export function caseViews(u: IrUnion): CaseView[] {
  return [...u.cases, ...(u.optional ? (['unset'] as const) : []), ...(u.otherName ? (['other'] as const) : [])];
}

/** The type name of a variant. */
export function caseName(u: IrUnion, c: CaseView): string {
  return c === 'other' ? u.otherName! : c === 'unset' ? u.unsetName! : c.tsName;
}

// Tagged unions → `oneOf` with a `discriminator`, one component schema per case, as in the
// package's types.ts (same names):
// - a case requires its own required fields, allows its optional ones, and forbids (`false`) the
//   fields of the other cases; fields outside the union are common to every case;
// - data read from the server may carry a case this API version does not know. Such structures
//   get one more schema, `<Name>Other`: its discriminant is any string except the known values
//   (still linked to the enum, marked `x-vmw-open-enum`), every case field optional. It sits next
//   to the discriminated `oneOf` of the known cases, not in it: OpenAPI 3.1 has no default
//   mapping, and openapi-typescript would pin an unmapped member's tag to its schema name. The two
//   branches are exclusive, so the outer `oneOf` validates exactly.
// - several discriminants in one structure: `allOf` of `<Name>Common` (the fields outside every
//   union) and one such `oneOf` per discriminant, as the package's intersection type.
import { caseFields, commonFields } from '../../ir/unions.js';
import type { IrStructure, IrUnion } from '../../ir/model.js';
import { addSchema, docFields, ref, type Json, type JsonObject, type OpenApiContext } from './context.js';
import { fieldSchema, objectSchema, structureUse, type Use } from './schemas.js';

const schemaRef = (name: string): string => `#/components/schemas/${name}`;

export function unionStructure(s: IrStructure, ctx: OpenApiContext): void {
  const use = structureUse(s);
  const common = commonFields(s);
  const head = docFields(s);
  if (s.unions.length === 1) {
    const group = unionGroup(s, s.unions[0]!, ctx, use);
    addSchema(ctx, s.tsName, { ...head, ...group, 'x-vmw-vapi-id': s.id });
    return;
  }
  const commonName = s.commonName!;
  addSchema(
    ctx,
    commonName,
    objectSchema(
      { description: `Fields of ${s.tsName} outside its tagged unions.` },
      common.map((f) => [f.name, fieldSchema(f, ctx, use), !f.optional]),
    ),
  );
  const groups = s.unions.map((u) => unionGroup(s, u, ctx, use));
  addSchema(ctx, s.tsName, { ...head, allOf: [ref(commonName), ...groups.map(wrapForAllOf)], 'x-vmw-vapi-id': s.id });
}

/**
 * openapi-typescript drops the discriminant from an `allOf` member that carries a discriminator
 * itself (it expects the inheritance pattern), so such a member is nested one level down.
 */
function wrapForAllOf(group: JsonObject): JsonObject {
  return 'discriminator' in group ? { oneOf: [group] } : group;
}

/** The schema of one union (its known cases, plus the unknown case for data read from the server). */
function unionGroup(s: IrStructure, u: IrUnion, ctx: OpenApiContext, use: Use): JsonObject {
  for (const c of u.cases) addSchema(ctx, c.tsName, caseSchema(s, u, c, ctx, use));
  const known: JsonObject = {
    oneOf: u.cases.map((c) => ref(c.tsName)),
    discriminator: {
      propertyName: u.discriminant,
      mapping: Object.fromEntries(u.cases.map((c) => [c.value, schemaRef(c.tsName)])),
    },
  };
  if (!u.otherName) return known;
  addSchema(ctx, u.otherName, caseSchema(s, u, 'other', ctx, use));
  return { oneOf: [known, ref(u.otherName)] };
}

/** One case (or, with 'other', the case for tags this API version does not know). */
function caseSchema(
  s: IrStructure,
  u: IrUnion,
  c: IrUnion['cases'][number] | 'other',
  ctx: OpenApiContext,
  use: Use,
): JsonObject {
  // With several unions the common fields live once, in the structure's Common schema.
  const single = s.unions.length === 1;
  const props: [string, Json, boolean][] = caseFields(s, u, c)
    .filter(({ role }) => single || role !== 'common')
    .map(({ field: f, role }): [string, Json, boolean] => {
      if (role === 'tag') {
        if (c !== 'other') return [f.name, { type: 'string', const: c.value, ...docFields(f) }, true];
        // Any string but the known tags: the field's own (open) enum schema, minus the known values.
        return [f.name, { ...fieldSchema(f, ctx, use), not: { enum: u.cases.map((x) => x.value) } }, true];
      }
      if (role === 'forbidden') return [f.name, false, false];
      return [f.name, fieldSchema(f, ctx, use), role === 'required' || (role === 'common' && !f.optional)];
    });
  if (c !== 'other')
    return objectSchema({ description: `${s.tsName} when \`${u.discriminant}\` is \`${c.value}\`.` }, props, {
      'x-vmw-vapi-id': s.id,
    });
  return objectSchema(
    {
      description: `${s.tsName} with a \`${u.discriminant}\` this API version does not know (sent by a newer server); its fields are those of any case, all optional.`,
    },
    props,
    { 'x-vmw-vapi-id': s.id, 'x-vmw-unknown-case': true },
  );
}

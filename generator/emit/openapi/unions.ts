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
import type { IrField, IrStructure, IrUnion } from '../../ir/model.js';
import { addSchema, docFields, ref, type Json, type JsonObject, type OpenApiContext } from './context.js';
import { fieldSchema, objectSchema, structureUse, type Use } from './schemas.js';

const schemaRef = (name: string): string => `#/components/schemas/${name}`;

export function unionStructure(s: IrStructure, ctx: OpenApiContext): void {
  const use = structureUse(s);
  const inUnion = new Set(
    s.unions.flatMap((u) => [u.discriminant, ...u.cases.flatMap((c) => [...c.required, ...c.optional])]),
  );
  const common = s.fields.filter((f) => !inUnion.has(f.name));
  const head = docFields(s);
  if (s.unions.length === 1) {
    const group = unionGroup(s, s.unions[0]!, common, ctx, use);
    addSchema(ctx, s.tsName, { ...head, ...group, 'x-vmw-vapi-id': s.id });
    return;
  }
  const commonName = `${s.tsName}Common`;
  addSchema(
    ctx,
    commonName,
    objectSchema(
      { description: `Fields of ${s.tsName} outside its tagged unions.` },
      common.map((f) => [f.name, fieldSchema(f, ctx, use), !f.optional]),
    ),
  );
  const groups = s.unions.map((u) => unionGroup(s, u, [], ctx, use));
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
function unionGroup(s: IrStructure, u: IrUnion, common: IrField[], ctx: OpenApiContext, use: Use): JsonObject {
  const caseFields = new Set(u.cases.flatMap((c) => [...c.required, ...c.optional]));
  for (const c of u.cases) addSchema(ctx, c.tsName, caseSchema(s, u, c, caseFields, common, ctx, use));
  const known: JsonObject = {
    oneOf: u.cases.map((c) => ref(c.tsName)),
    discriminator: {
      propertyName: u.discriminant,
      mapping: Object.fromEntries(u.cases.map((c) => [c.value, schemaRef(c.tsName)])),
    },
  };
  if (!u.otherName) return known;
  addSchema(ctx, u.otherName, otherSchema(s, u, caseFields, common, ctx, use));
  return { oneOf: [known, ref(u.otherName)] };
}

function caseSchema(
  s: IrStructure,
  u: IrUnion,
  c: IrUnion['cases'][number],
  caseFields: Set<string>,
  common: IrField[],
  ctx: OpenApiContext,
  use: Use,
): JsonObject {
  const props: [string, Json, boolean][] = [];
  for (const f of s.fields) {
    if (f.name === u.discriminant) props.push([f.name, { type: 'string', const: c.value, ...docFields(f) }, true]);
    else if (c.required.includes(f.name)) props.push([f.name, fieldSchema(f, ctx, use), true]);
    else if (c.optional.includes(f.name)) props.push([f.name, fieldSchema(f, ctx, use), false]);
    else if (caseFields.has(f.name)) props.push([f.name, false, false]);
    else if (common.includes(f)) props.push([f.name, fieldSchema(f, ctx, use), !f.optional]);
  }
  return objectSchema({ description: `${s.tsName} when \`${u.discriminant}\` is \`${c.value}\`.` }, props, {
    'x-vmw-vapi-id': s.id,
  });
}

function otherSchema(
  s: IrStructure,
  u: IrUnion,
  caseFields: Set<string>,
  common: IrField[],
  ctx: OpenApiContext,
  use: Use,
): JsonObject {
  const props: [string, Json, boolean][] = [];
  for (const f of s.fields) {
    if (f.name === u.discriminant) {
      // Any string but the known tags: the field's own (open) enum schema, minus the known values.
      props.push([f.name, { ...fieldSchema(f, ctx, use), not: { enum: u.cases.map((c) => c.value) } }, true]);
    } else if (caseFields.has(f.name)) props.push([f.name, fieldSchema(f, ctx, use), false]);
    else if (common.includes(f)) props.push([f.name, fieldSchema(f, ctx, use), !f.optional]);
  }
  return objectSchema(
    {
      description: `${s.tsName} with a \`${u.discriminant}\` this API version does not know (sent by a newer server); its fields are those of any case, all optional.`,
    },
    props,
    { 'x-vmw-vapi-id': s.id, 'x-vmw-unknown-case': true },
  );
}

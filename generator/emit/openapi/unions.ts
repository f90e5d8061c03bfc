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
// - an optional discriminant may be unset: `<Name>Without<Discriminant>` (no discriminant, no case
//   field) sits beside the discriminated `oneOf` in the same way.
// - several discriminants in one structure: `allOf` of `<Name>Common` (the fields outside every
//   union) and one such `oneOf` per discriminant, as the package's intersection type.
import { caseFields, caseName, caseViews, commonFields, type CaseView } from '../../ir/unions.js';
import type { IrStructure, IrUnion } from '../../ir/model.js';
import { addSchema, docFields, ref, type Json, type JsonObject, type OpenApiContext } from './context.js';
import { fieldSchema, objectSchema, structureUse, type Use } from './schemas.js';

const schemaRef = (name: string): string => `#/components/schemas/${name}`;

export function unionStructure(s: IrStructure, ctx: OpenApiContext): void {
  const use = structureUse(s);
  const common = commonFields(s);
  const head = docFields(s);
  for (const u of s.unions) caseSchemas(s, u, ctx, use);
  if (s.unions.length === 1) {
    const u = s.unions[0]!;
    addSchema(ctx, s.tsName, { ...head, ...unionGroup(u), 'x-vmw-vapi-id': s.id });
    if (s.knownName) addSchema(ctx, s.knownName, { ...knownHead(s), ...unionGroup(u, false), 'x-vmw-vapi-id': s.id });
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
  const groups = (other: boolean) => s.unions.map((u) => wrapForAllOf(unionGroup(u, other)));
  addSchema(ctx, s.tsName, { ...head, allOf: [ref(commonName), ...groups(true)], 'x-vmw-vapi-id': s.id });
  if (s.knownName)
    addSchema(ctx, s.knownName, { ...knownHead(s), allOf: [ref(commonName), ...groups(false)], 'x-vmw-vapi-id': s.id });
}

/** A union structure both sent and read: what is sent has a known case (the package's `<Name>Known`). */
const knownHead = (s: IrStructure): JsonObject => ({
  description: `${s.tsName} as sent to the server: one of the cases this API version knows.`,
});

/**
 * openapi-typescript drops the discriminant from an `allOf` member that carries a discriminator
 * itself (it expects the inheritance pattern), so such a member is nested one level down.
 */
function wrapForAllOf(group: JsonObject): JsonObject {
  return 'discriminator' in group ? { oneOf: [group] } : group;
}

/**
 * The schema of one union: its known cases, discriminated; beside them, the discriminant left unset
 * (when it is optional) and, for data read from the server, the unknown case.
 */
function unionGroup(u: IrUnion, other = true): JsonObject {
  const known: JsonObject = {
    oneOf: u.cases.map((c) => ref(c.tsName)),
    discriminator: {
      propertyName: u.discriminant,
      mapping: Object.fromEntries(u.cases.map((c) => [c.value, schemaRef(c.tsName)])),
    },
  };
  const beside = caseViews(u).filter((c) => typeof c !== 'object' && (other || c !== 'other'));
  return beside.length ? { oneOf: [known, ...beside.map((c) => ref(caseName(u, c)))] } : known;
}

function caseSchemas(s: IrStructure, u: IrUnion, ctx: OpenApiContext, use: Use): void {
  for (const c of caseViews(u)) addSchema(ctx, caseName(u, c), caseSchema(s, u, c, ctx, use));
}

/** One case (or the unknown tag, or the unset discriminant). */
function caseSchema(s: IrStructure, u: IrUnion, c: CaseView, ctx: OpenApiContext, use: Use): JsonObject {
  // With several unions the common fields live once, in the structure's Common schema.
  const single = s.unions.length === 1;
  const props: [string, Json, boolean][] = caseFields(s, u, c)
    .filter(({ role }) => single || role !== 'common')
    .map(({ field: f, role }): [string, Json, boolean] => {
      if (role === 'tag') {
        if (c === 'unset') return [f.name, false, false];
        if (c !== 'other') return [f.name, { type: 'string', const: c.value, ...docFields(f) }, true];
        // Any string but the known tags: the field's own (open) enum schema, minus the known values.
        return [f.name, { ...fieldSchema(f, ctx, use), not: { enum: u.cases.map((x) => x.value) } }, true];
      }
      if (role === 'forbidden') return [f.name, false, false];
      return [f.name, fieldSchema(f, ctx, use), role === 'required' || (role === 'common' && !f.optional)];
    });
  if (c === 'unset')
    return objectSchema(
      { description: `${s.tsName} without \`${u.discriminant}\`: then no field of its cases may be set.` },
      props,
      { 'x-vmw-vapi-id': s.id },
    );
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

// types.ts: one declaration per structure; tagged unions become discriminated unions.
import type { IrErrorValue, IrField, IrStructure, IrUnion } from '../ir/model.js';
import { caseFields, caseName, caseValuesOf, caseViews, commonFields, type CaseView } from '../ir/unions.js';
import { propertyKey, stringLiteral } from './syntax.js';
import { importsFor, template, tsModule, type EmitContext, type EmittedFile } from './files.js';
import { docLines, docText } from './jsdoc.js';
import { tsType, Uses, type NameIndex } from './tstype.js';

export interface FieldView {
  key: string;
  optional: boolean;
  type: string;
  doc: string[];
}

export type Decl =
  | { kind: 'interface'; name: string; doc: string[]; fields: FieldView[] }
  | { kind: 'alias'; name: string; doc: string[]; type: string };

export interface TypesView {
  declarations: Decl[];
}

export const TYPES_TEMPLATE = template<TypesView>('types.ts.hbs');

export function emitTypes({ ir, names }: EmitContext): EmittedFile[] {
  const uses = new Uses();
  const declarations: Decl[] = [];
  if (ir.errorValue) declarations.push(errorValueDecl(ir.errorValue, names, uses));
  for (const s of ir.structures) declarations.push(...structureDecls(s, names, uses));
  uses.types.clear();
  return [tsModule('src/types.ts', TYPES_TEMPLATE, { declarations }, importsFor('src/types.ts', uses, 'types'))];
}

/** The type of `exception` values: a vAPI error carried as data, as the server sends it. */
function errorValueDecl(v: IrErrorValue, names: NameIndex, uses: Uses): Decl {
  return {
    kind: 'interface',
    name: v.tsName,
    doc: docText(
      'A vAPI error carried as data (a field of type `exception`, such as why a Tools upgrade failed): the fields every standard error has. `error_type` names the error (`NOT_FOUND`, …), the first of `messages` says what went wrong.',
    ),
    fields: v.fields.map((f) => fieldView(f, names, uses, true)),
  };
}

function fieldView(f: IrField, names: NameIndex, uses: Uses, read: boolean, optional = f.optional): FieldView {
  return { key: propertyKey(f.name), optional, type: tsType(f.type, names, uses, read), doc: docLines(f) };
}

function structureDecls(s: IrStructure, names: NameIndex, uses: Uses): Decl[] {
  const read = s.direction.output;
  const doc = docLines(s, [`vAPI structure \`${s.id}\`.`]);
  if (!s.unions.length) {
    return [{ kind: 'interface', name: s.tsName, doc, fields: s.fields.map((f) => fieldView(f, names, uses, read)) }];
  }
  const common = commonFields(s);
  if (s.unions.length === 1) {
    const u = s.unions[0]!;
    const variants = unionVariants(s, u, names, uses, read);
    return [
      { kind: 'alias', name: s.tsName, doc, type: variants.map((v) => v.name).join(' | ') },
      ...knownDecl(s, [known(u)]),
      ...variants,
    ];
  }
  // Several discriminants: common fields once, then one union per discriminant, intersected.
  const baseName = s.commonName!;
  const parts: Decl[] = [
    {
      kind: 'interface',
      name: baseName,
      doc: docText(`Fields of {@link ${s.tsName}} outside its tagged unions.`),
      fields: common.map((f) => fieldView(f, names, uses, read)),
    },
  ];
  const groups: string[] = [];
  s.unions.forEach((u) => {
    const variants = unionVariants(s, u, names, uses, read);
    parts.push(...variants);
    groups.push(`(${variants.map((v) => v.name).join(' | ')})`);
  });
  return [
    { kind: 'alias', name: s.tsName, doc, type: [baseName, ...groups].join(' & ') },
    ...knownDecl(s, [baseName, ...s.unions.map((u) => `(${known(u)})`)]),
    ...parts,
  ];
}

/** A union's variants but the unknown case. */
const known = (u: IrUnion): string =>
  caseViews(u)
    .filter((c) => c !== 'other')
    .map((c) => caseName(u, c))
    .join(' | ');

/** Of a structure both sent and read: the type of what is sent, without the unknown cases. */
function knownDecl(s: IrStructure, parts: string[]): Decl[] {
  if (!s.knownName) return [];
  return [
    {
      kind: 'alias',
      name: s.knownName,
      doc: docText(
        `{@link ${s.tsName}} as sent to the server: one of the cases this client knows (data read from the server may also carry others).`,
      ),
      type: parts.join(' & '),
    },
  ];
}

function unionVariants(
  s: IrStructure,
  u: IrUnion,
  names: NameIndex,
  uses: Uses,
  read: boolean,
): (Decl & { kind: 'interface' })[] {
  const single = s.unions.length === 1;
  const discDoc = docLines(s.fields.find((f) => f.name === u.discriminant)!);
  const view = (c: CaseView): FieldView[] =>
    caseFields(s, u, c)
      // With several unions the common fields live once, in the structure's Common interface.
      .filter(({ role }) => single || role !== 'common')
      .map(({ field, role }) => {
        if (role === 'tag') {
          // The unknown case's tag is Open<…>: known values stay visible to editors, any other is accepted.
          const type =
            c === 'other'
              ? tsType(field.type, names, uses, true)
              : c === 'unset'
                ? 'undefined'
                : stringLiteral(c.value);
          return { key: propertyKey(field.name), optional: c === 'unset', type, doc: discDoc };
        }
        if (role === 'forbidden') return forbidden(field, u, read, uses);
        return fieldView(field, names, uses, read, role === 'optional' || (role === 'common' && field.optional));
      });
  return caseViews(u).map((c) => ({
    kind: 'interface',
    name: caseName(u, c),
    doc: docText(variantDoc(s, u, c)),
    fields: view(c),
  }));
}

function variantDoc(s: IrStructure, u: IrUnion, c: CaseView): string {
  const d = `\`${u.discriminant}\``;
  if (c === 'unset') return `{@link ${s.tsName}} without ${d}: then no field of its cases may be set.`;
  if (c === 'other')
    // Data read from the server may carry a case this client does not know yet.
    return `{@link ${s.tsName}} with a ${d} this client does not know (sent by a newer server). Use \`isCase\` to narrow to a known case.`;
  return `{@link ${s.tsName}} when ${d} is \`${c.value}\`.`;
}

/**
 * A field of other cases. Data read from the server has it `?: never` (so that reading it from
 * the union gives the field's own type); data only sent says where it belongs, which is what tsc
 * prints when it is set in the wrong case: `Type 'string' is not assignable to type
 * 'OnlyWhen<"type", "HOST_DEVICE">'`.
 */
function forbidden(f: IrField, u: IrUnion, read: boolean, uses: Uses): FieldView {
  if (read) return { key: propertyKey(f.name), optional: true, type: 'never', doc: [] };
  uses.runtime.add('OnlyWhen');
  const cases = caseValuesOf(u, f.name).map(stringLiteral).join(' | ');
  return {
    key: propertyKey(f.name),
    optional: true,
    type: `OnlyWhen<${stringLiteral(u.discriminant)}, ${cases}>`,
    doc: [],
  };
}

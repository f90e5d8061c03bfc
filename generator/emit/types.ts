// types.ts: one declaration per structure; tagged unions become discriminated unions.
import type { IrField, IrStructure, IrUnion } from '../ir/model.js';
import { caseFields, commonFields } from '../ir/unions.js';
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
  for (const s of ir.structures) declarations.push(...structureDecls(s, names, uses));
  uses.types.clear();
  return [tsModule('src/types.ts', TYPES_TEMPLATE, { declarations }, importsFor('src/types.ts', uses, 'types'))];
}

function fieldView(f: IrField, names: NameIndex, uses: Uses, read: boolean, optional = f.optional): FieldView {
  return { key: propertyKey(f.name), optional, type: tsType(f.type, names, uses, read), doc: docLines(f) };
}

const forbidden = (f: IrField): FieldView => ({ key: propertyKey(f.name), optional: true, type: 'never', doc: [] });

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
    return [{ kind: 'alias', name: s.tsName, doc, type: variants.map((v) => v.name).join(' | ') }, ...variants];
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
  return [{ kind: 'alias', name: s.tsName, doc, type: [baseName, ...groups].join(' & ') }, ...parts];
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
  const view = (c: IrUnion['cases'][number] | 'other'): FieldView[] =>
    caseFields(s, u, c)
      // With several unions the common fields live once, in the structure's Common interface.
      .filter(({ role }) => single || role !== 'common')
      .map(({ field, role }) => {
        // The unknown case's tag is Open<…>: known values stay visible to editors, any other is accepted.
        if (role === 'tag')
          return {
            key: propertyKey(field.name),
            optional: false,
            type: c === 'other' ? tsType(field.type, names, uses, true) : stringLiteral(c.value),
            doc: discDoc,
          };
        if (role === 'forbidden') return forbidden(field);
        return fieldView(field, names, uses, read, role === 'optional' || (role === 'common' && field.optional));
      });
  const out: (Decl & { kind: 'interface' })[] = u.cases.map((c) => ({
    kind: 'interface',
    name: c.tsName,
    doc: docText(`{@link ${s.tsName}} when \`${u.discriminant}\` is \`${c.value}\`.`),
    fields: view(c),
  }));
  if (u.otherName) {
    // Data read from the server may carry a case this client does not know yet.
    out.push({
      kind: 'interface',
      name: u.otherName,
      doc: docText(
        `{@link ${s.tsName}} with a \`${u.discriminant}\` this client does not know (sent by a newer server). Use \`isCase\` to narrow to a known case.`,
      ),
      fields: view('other'),
    });
  }
  return out;
}

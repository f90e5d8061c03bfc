// enums.ts: each enum as a const object (values at run time) plus a string-literal union type.
import { objectKey, stringLiteral } from './syntax.js';
import { template, tsModule, type EmitContext, type EmittedFile } from './files.js';
import { docLines } from './jsdoc.js';

export interface EnumsView {
  enums: {
    name: string;
    doc: string[];
    values: { key: string; literal: string; doc: string[] }[];
    /** The string-literal union of the values. */
    union: string;
  }[];
}

export const ENUMS_TEMPLATE = template<EnumsView>('enums.ts.hbs');

export function emitEnums({ ir }: EmitContext): EmittedFile[] {
  const enums = ir.enums.map((e) => ({
    name: e.tsName,
    doc: docLines(e, [
      `vAPI enum \`${e.id}\`.${e.direction.output ? ' Servers of newer versions may send other values; data read from the server types them with `Open<…>`.' : ''}`,
      ...(e.default !== undefined ? [`Default: \`${e.default}\`.`] : []),
    ]),
    values: e.values.map((v) => ({ key: objectKey(v.value), literal: stringLiteral(v.value), doc: docLines(v) })),
    union: e.values.map((v) => stringLiteral(v.value)).join(' | '),
  }));
  return [tsModule('src/enums.ts', ENUMS_TEMPLATE, { enums }, [])];
}

// enums.ts: each enum as a const object (values at run time) plus a string-literal union type.
import type { Ir } from '../ir/model.js';
import { objectKey, stringLiteral } from './syntax.js';
import type { TemplateFile } from './files.js';
import { docLines } from './jsdoc.js';

export function emitEnums(ir: Ir): TemplateFile {
  const enums = ir.enums.map((e) => ({
    name: e.tsName,
    doc: docLines(e, [
      `vAPI enum \`${e.id}\`.${e.direction.output ? ' Servers of newer versions may send other values; data read from the server types them with `Open<…>`.' : ''}`,
      ...(e.default !== undefined ? [`Default: \`${e.default}\`.`] : []),
    ]),
    values: e.values.map((v) => ({ key: objectKey(v.value), literal: stringLiteral(v.value), doc: docLines(v) })),
    union: e.values.map((v) => stringLiteral(v.value)).join(' | '),
  }));
  return { path: 'src/enums.ts', template: 'enums.ts.hbs', view: { enums }, imports: [] };
}

// ids.ts: one branded identifier type per resource type the API names.
import type { Ir } from '../ir/model.js';
import { commentText, stringLiteral } from './syntax.js';
import { moduleSpecifier, type TemplateFile } from './files.js';

export function emitIds(ir: Ir): TemplateFile {
  const ids = ir.resources.map((r) => ({
    name: r.tsName,
    literal: stringLiteral(r.type),
    doc: [commentText(`Identifier of a \`${r.type}\` (a plain string on the wire).`)],
  }));
  return {
    path: 'src/ids.ts',
    template: 'ids.ts.hbs',
    view: { ids },
    imports: ids.length
      ? [{ from: moduleSpecifier('src/ids.ts', 'src/runtime/types'), named: ['Id'], typeOnly: true }]
      : [],
  };
}

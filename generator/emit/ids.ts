// ids.ts: one branded identifier type per resource type the API names.
import { commentText, stringLiteral } from './syntax.js';
import { moduleSpecifier, template, tsModule, type EmitContext, type EmittedFile } from './files.js';

export interface IdsView {
  ids: { name: string; literal: string; doc: string[] }[];
}

export const IDS_TEMPLATE = template<IdsView>('ids.ts.hbs');

export function emitIds({ ir }: EmitContext): EmittedFile[] {
  const ids = ir.resources.map((r) => ({
    name: r.tsName,
    literal: stringLiteral(r.type),
    doc: [commentText(`Identifier of a \`${r.type}\` (a plain string on the wire).`)],
  }));
  const imports = ids.length
    ? [{ from: moduleSpecifier('src/ids.ts', 'src/runtime/types'), named: ['Id'], typeOnly: true }]
    : [];
  return [tsModule('src/ids.ts', IDS_TEMPLATE, { ids }, imports)];
}

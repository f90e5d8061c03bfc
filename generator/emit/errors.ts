// errors.ts: one class per vAPI error type, and the registry the transport builds errors from.
import type { Ir } from '../ir/model.js';
import { propertyAccess, propertyKey, stringLiteral } from '../ir/names.js';
import { importsFor, moduleSpecifier, type TemplateFile } from './files.js';
import { docLines } from './jsdoc.js';
import { tsType, Uses, type NameIndex } from './tstype.js';

export function emitErrors(ir: Ir, names: NameIndex): TemplateFile {
  const uses = new Uses();
  const classes = ir.errors.map((e) => ({
    name: e.className,
    typeLiteral: stringLiteral(e.errorType),
    doc: docLines(e, [`vAPI error \`${e.id}\` (\`error_type\` ${e.errorType}).`]),
    extraFields: e.extraFields.map((f) => ({
      key: propertyKey(f.name),
      access: `init.fields?.${propertyAccess(f.name).replace(/^\./, '')}`,
      type: `${tsType(f.type, names, uses, true)}${f.optional ? ' | undefined' : ''}`,
      doc: docLines(f),
    })),
  }));
  const registry = ir.errors.map((e) => ({ key: stringLiteral(e.errorType), className: e.className }));
  const file = 'src/errors.ts';
  return {
    path: file,
    template: 'errors.ts.hbs',
    view: { classes, registry, hasExtra: classes.some((c) => c.extraFields.length) },
    imports: [
      { from: moduleSpecifier(file, 'src/runtime/errors'), named: ['VapiError'], typeOnly: false },
      { from: moduleSpecifier(file, 'src/runtime/errors'), named: ['ErrorRegistry', 'VapiErrorInit'], typeOnly: true },
      ...importsFor(file, uses, 'errors'),
    ],
  };
}

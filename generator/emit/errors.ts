// errors.ts: one class per vAPI error type (made on first use), and UnknownVapiError, which knows them.
import { isIdentifier, propertyKey, stringLiteral } from './syntax.js';
import { importsFor, moduleSpecifier, template, tsModule, type EmitContext, type EmittedFile } from './files.js';
import { docLines } from './jsdoc.js';
import { tsType, Uses } from './tstype.js';

// Extra error fields become class properties when their name allows it; all of them stay
// available in `error.fields` (the raw error body).
const BASE_MEMBERS = new Set([
  'type',
  'status',
  'messages',
  'data',
  'operation',
  'fields',
  'name',
  'message',
  'stack',
  'cause',
  'toJSON',
  'constructor',
  'prototype',
  '__proto__',
]);

export interface ErrorsView {
  classes: {
    name: string;
    /** The class name and the error type as string literals. */
    nameLiteral: string;
    typeLiteral: string;
    doc: string[];
    extraFields: { key: string; type: string; doc: string[] }[];
  }[];
  /** The error types the package has classes for, as one string literal. */
  registry: string;
}

export const ERRORS_TEMPLATE = template<ErrorsView>('errors.ts.hbs');

export function emitErrors({ ir, names }: EmitContext): EmittedFile[] {
  const uses = new Uses();
  const classes = ir.errors.map((e) => ({
    name: e.className,
    nameLiteral: stringLiteral(e.className),
    typeLiteral: stringLiteral(e.errorType),
    doc: docLines(e, [`vAPI error \`${e.id}\` (\`error_type\` ${e.errorType}).`]),
    extraFields: e.extraFields
      .filter((f) => isIdentifier(f.name) && !BASE_MEMBERS.has(f.name))
      .map((f) => ({
        key: propertyKey(f.name),
        type: `${tsType(f.type, names, uses, true)}${f.optional ? ' | undefined' : ''}`,
        doc: docLines(f),
      })),
  }));
  const file = 'src/errors.ts';
  const registry = stringLiteral(ir.errors.map((e) => e.errorType).join(' '));
  return [
    tsModule(file, ERRORS_TEMPLATE, { classes, registry }, [
      {
        from: moduleSpecifier(file, 'src/runtime/errors'),
        named: ['errorClass', 'unknownErrorClass'],
        typeOnly: false,
      },
      {
        from: moduleSpecifier(file, 'src/runtime/errors'),
        named: ['ErrorRegistry', 'VapiError', 'VapiErrorClass'],
        typeOnly: true,
      },
      ...importsFor(file, uses, 'errors'),
    ]),
  ];
}

// src/index.ts, the package entry: it re-exports the generated modules and the runtime's public
// names; the assembler (ts-morph) prints the export declarations from the list.
import { commentText } from './syntax.js';
import { template, tsModule, type EmitContext, type EmittedFile, type ExportSpec } from './files.js';

export interface EntryView {
  title: string;
  apiVersion: string;
}

export const ENTRY_TEMPLATE = template<EntryView>('index.ts.hbs');

export function emitEntry({ ir }: EmitContext): EmittedFile[] {
  const exports: ExportSpec[] = [
    { from: './client.js' },
    { from: './types.js' },
    { from: './enums.js' },
    { from: './ids.js' },
    { from: './errors.js' },
    ...ir.services.map((s) => ({ from: `./${s.module}.js` })),
    { from: './runtime/errors.js', named: ['TransportError', 'VapiError'] },
    {
      from: './runtime/errors.js',
      named: ['ErrorRegistry', 'LocalizableMessage', 'VapiErrorClass', 'VapiErrorInit'],
      typeOnly: true,
    },
    { from: './runtime/types.js', named: ['id', 'isCase'] },
    {
      from: './runtime/types.js',
      named: ['Binary', 'DateTime', 'Id', 'KnownTags', 'Open', 'Secret', 'Uri'],
      typeOnly: true,
    },
    { from: './runtime/result.js', named: ['isErrorOf', 'resultStyle'] },
    { from: './runtime/result.js', named: ['CallResult', 'ErrorOf', 'ResultStyle', 'ServiceShape'], typeOnly: true },
    {
      from: './runtime/transport.js',
      named: [
        'Auth',
        'Authenticator',
        'CallOptions',
        'ClientOptions',
        'Exchange',
        'ExchangeRequest',
        'ExchangeResponse',
        'Plugin',
        'Session',
        'Transport',
      ],
      typeOnly: true,
    },
    { from: './runtime/plugins.js', named: ['hooks', 'logging', 'retry'] },
    {
      from: './runtime/plugins.js',
      named: ['Hooks', 'Logger', 'RequestEvent', 'ResponseEvent', 'RetryOptions'],
      typeOnly: true,
    },
    { from: './runtime/wire.js', named: ['api'] },
    {
      from: './runtime/wire.js',
      named: ['BindingInfo', 'EncodeParts', 'OperationInfo', 'ParamWhere', 'WireRequest', 'WireStyle'],
      typeOnly: true,
    },
    { from: './runtime/rest.js', named: ['rest'] },
    { from: './runtime/login.js', named: ['login'] },
    { from: './runtime/login.js', named: ['Credentials'], typeOnly: true },
  ];
  const view = { title: commentText(ir.title ?? ir.root), apiVersion: ir.apiVersion };
  return [tsModule('src/index.ts', ENTRY_TEMPLATE, view, [], { exports })];
}

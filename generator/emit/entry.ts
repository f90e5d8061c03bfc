// src/index.ts, the package entry: it re-exports the generated modules and the runtime's public
// names, as the runtime's files declare them (values, then types, module by module); the
// assembler (ts-morph) prints the export declarations from the list.
import { commentText } from './syntax.js';
import { byCode } from '../model/order.js';
import type { RuntimeModule } from '../templates/load.js';
import { template, tsModule, type EmitContext, type EmittedFile, type ExportSpec } from './files.js';
import { isRuntimeEntry, isRuntimeInternal } from './runtime.js';

export interface EntryView {
  title: string;
  apiVersion: string;
}

export const ENTRY_TEMPLATE = template<EntryView>('index.ts.hbs');

export function emitEntry(ctx: EmitContext): EmittedFile[] {
  const { ir } = ctx;
  const exports: ExportSpec[] = [
    { from: './client.js' },
    { from: './types.js' },
    { from: './enums.js' },
    { from: './ids.js' },
    { from: './errors.js' },
    ...ir.services.map((s) => ({ from: `./${s.module}.js` })),
    ...(ir.waits.length ? [{ from: './waits.js' }] : []),
    ...ctx.runtime.flatMap(runtimeExports),
  ];
  const view = { title: commentText(ir.title ?? ir.root), apiVersion: ir.apiVersion };
  return [tsModule('src/index.ts', ENTRY_TEMPLATE, view, [], { exports })];
}

/** The runtime module's public exports: values, then types (none for an entry point of its own). */
function runtimeExports(m: RuntimeModule): ExportSpec[] {
  if (isRuntimeEntry(m.name)) return [];
  const from = `./runtime/${m.name.replace(/\.ts$/, '.js')}`;
  const names = (typeOnly: boolean): string[] =>
    m.exports
      .filter((e) => e.typeOnly === typeOnly && !isRuntimeInternal(e))
      .map((e) => e.name)
      .sort(byCode);
  const values = names(false);
  const types = names(true);
  return [
    ...(values.length ? [{ from, named: values }] : []),
    ...(types.length ? [{ from, named: types, typeOnly: true }] : []),
  ];
}

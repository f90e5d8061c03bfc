// src/runtime/: the zero-dependency runtime (templates/runtime), copied as written. The package
// entry re-exports what its modules export, except a module that is an entry point of its own
// (it gets a subpath export) and what is for the package's own modules (`@internal`).
import type { ModuleExport } from '../templates/exports.js';
import { verbatimModule, type EmitContext, type EmittedFile } from './files.js';

/** Runtime modules the package exports under a subpath of their own, by file name → subpath. */
const RUNTIME_ENTRIES: Readonly<Partial<Record<string, string>>> = { 'node-fetch.ts': 'node-fetch' };

/**
 * Internal runtime exports whose doc comment does not say `@internal` yet. The tag in the runtime
 * file is the rule; this list only covers the files written before it (a test holds that each
 * name here is exported and untagged, so the list only shrinks).
 */
export const UNTAGGED_INTERNAL: ReadonlySet<string> = new Set([
  'asObject',
  'decodeError',
  'encodeParts',
  'encodeRequest',
  'ErrorShape',
  'errorClass',
  'networkMessage',
  'newTransport',
  'unknownErrorClass',
]);

export const isRuntimeEntry = (file: string): boolean => RUNTIME_ENTRIES[file] !== undefined;

export const isRuntimeInternal = (e: ModuleExport): boolean => e.internal || UNTAGGED_INTERNAL.has(e.name);

export function emitRuntime({ runtime }: EmitContext): EmittedFile[] {
  return runtime.map((m) => verbatimModule(`src/runtime/${m.name}`, m.text, RUNTIME_ENTRIES[m.name]));
}

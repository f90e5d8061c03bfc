// src/runtime/: the zero-dependency runtime (templates/runtime), copied as written. A module that
// is an entry point of its own (not re-exported by the package entry) gets a subpath export.
import { verbatimModule, type EmitContext, type EmittedFile } from './files.js';

/** Runtime modules the package exports under a subpath of their own, by file name → subpath. */
export const RUNTIME_ENTRIES: Readonly<Partial<Record<string, string>>> = { 'node-fetch.ts': 'node-fetch' };

export function emitRuntime({ runtime }: EmitContext): EmittedFile[] {
  return runtime.map((m) => verbatimModule(`src/runtime/${m.name}`, m.text, RUNTIME_ENTRIES[m.name]));
}

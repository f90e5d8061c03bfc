// The output kinds of the package, in one list. An emitter turns the IR (and the templates'
// verbatim files) into files that say what they are (files.ts); the render stage treats each by
// its kind. package.json and README.md come last: they list what the others made.
import { emitClient } from './client.js';
import { emitEntry } from './entry.js';
import { emitEnums } from './enums.js';
import { emitErrors } from './errors.js';
import { emitFake } from './fake.js';
import type { EmitContext, EmittedFile, Emitter } from './files.js';
import { emitIds } from './ids.js';
import { emitManifest } from './manifest.js';
import { emitOpenApiFiles } from './openapi.js';
import { emitPackageFiles } from './package.js';
import { emitRuntime } from './runtime.js';
import { emitServices } from './service.js';
import { nameIndex } from './tstype.js';
import { emitTypes } from './types.js';
import { emitWaits } from './waits.js';

export const EMITTERS: readonly Emitter[] = [
  emitTypes,
  emitEnums,
  emitIds,
  emitErrors,
  emitServices,
  emitClient,
  emitWaits,
  emitEntry,
  emitRuntime,
  emitFake,
  emitManifest,
  emitOpenApiFiles,
];

export type EmitInput = Omit<EmitContext, 'names'>;

export function emitAll(input: EmitInput, emitters: readonly Emitter[] = EMITTERS): EmittedFile[] {
  const ctx: EmitContext = { ...input, names: nameIndex(input.ir) };
  const files = emitters.flatMap((emit) => emit(ctx));
  return [...files, ...emitPackageFiles(ctx, files)];
}

// manifest.json: the IR as the documented contract (ir/manifest.ts), as a JSON document.
import { manifestOf, type Manifest } from '../ir/manifest.js';
import type { EmitContext, EmittedFile, JsonDocument } from './files.js';

export function emitManifest({ ir, generatorVersion }: EmitContext): EmittedFile[] {
  const file: JsonDocument<Manifest> = { kind: 'json', path: 'manifest.json', data: manifestOf(ir, generatorVersion) };
  return [file];
}

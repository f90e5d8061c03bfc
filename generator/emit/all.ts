// Every output file of the package, in a fixed order.
import type { Ir } from '../ir/model.js';
import { emitClient } from './client.js';
import { emitEnums } from './enums.js';
import { emitErrors } from './errors.js';
import { emitFake } from './fake.js';
import type { EmittedFile } from './files.js';
import { emitIds } from './ids.js';
import { emitIndex, emitManifest, emitPackageFiles } from './index.js';
import { emitOpenApi, openApiJson } from './openapi.js';
import { emitService } from './service.js';
import { nameIndex } from './tstype.js';
import { emitTypes } from './types.js';

export interface EmitOptions {
  /** The package ships openapi-typescript's types of openapi.json (dist/openapi.d.ts). */
  openapiTypes: boolean;
}

export function emitAll(
  ir: Ir,
  generatorVersion: string,
  runtime: { name: string; text: string }[],
  options: EmitOptions,
): EmittedFile[] {
  const names = nameIndex(ir);
  return [
    emitTypes(ir, names),
    emitEnums(ir),
    emitIds(ir),
    emitErrors(ir, names),
    ...ir.services.map((s) => emitService(ir, s, names)),
    emitClient(ir),
    emitIndex(ir),
    ...runtime.map((r) => ({ path: `src/runtime/${r.name}`, text: r.text })),
    ...emitFake(ir),
    ...emitPackageFiles(ir, generatorVersion, options.openapiTypes),
    emitManifest(ir, generatorVersion),
    { path: 'openapi.json', text: openApiJson(emitOpenApi(ir)) },
  ];
}

// Swagger 2.0 (VMware's 7.x publication: /api and /rest path families side by side) → draft.
import type { Draft, ImportLog } from '../shared/draft.js';
import type { ImportScope } from '../shared/names.js';
import type { Schema } from '../schema/types.js';
import { readSwaggerOperations } from './operations.js';
import { Swagger2Reader } from './reader.js';

export function readSwagger2(doc: Schema, log: ImportLog, only: ImportScope | undefined): Draft {
  const reader = new Swagger2Reader(doc, log);
  reader.ensureStdErrors();
  const { operations, notes } = readSwaggerOperations(reader, only);
  reader.registry.drain();
  const derived = reader.names.derived.filter((id) => reader.registry.types.has(id));
  if (derived.length)
    notes.push(`${derived.length} type ids derived from PascalCase /api definition names (no /rest twin)`);
  if (reader.registry.proseEnums.size)
    notes.push(`${reader.registry.proseEnums.size} enums read from "Possible values" prose`);
  return { format: 'swagger2', types: reader.registry.types, operations, notes };
}

// OpenAPI 3.0/3.1 (VMware's newer publication: /api only, dotted PascalCase schema names,
// enums only in prose) → draft.
import type { CompareSpec } from '../compare/wire-names.js';
import type { Draft, ImportLog } from '../shared/draft.js';
import { normalizeVersion, type ImportScope } from '../shared/names.js';
import { isSchema, type Schema } from '../schema/types.js';
import { readOpenApiOperations } from './operations.js';
import { OpenApi3Reader } from './reader.js';

export function readOpenApi3(doc: Schema, log: ImportLog, only: ImportScope | undefined, cmp?: CompareSpec): Draft {
  const reader = new OpenApi3Reader(doc, log, cmp);
  reader.ensureStdErrors();
  const operations = readOpenApiOperations(reader, only);
  reader.registry.drain();
  const info = isSchema(doc.info) ? doc.info : {};
  const version =
    typeof info.version === 'string' && /^[0-9]+(\.[0-9]+){1,3}$/.test(info.version)
      ? normalizeVersion(info.version)
      : undefined;
  const notes = reader.registry.proseEnums.size
    ? [`${reader.registry.proseEnums.size} enums read from "Possible values" prose`]
    : [];
  return {
    format: 'openapi3',
    ...(version ? { apiVersion: version } : {}),
    types: reader.registry.types,
    operations,
    notes,
  };
}

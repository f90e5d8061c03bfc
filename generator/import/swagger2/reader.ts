// Swagger 2.0 definitions → draft types: the reader both the definitions and the operations of a
// Swagger 2.0 file are read through.
import type { ImportLog } from '../shared/draft.js';
import { TypeRegistry } from '../shared/draft.js';
import { buildDefinition, followAlias, type DefinitionReader } from '../schema/definitions.js';
import { isStdErrorId, ptr, STD_ERRORS } from '../shared/names.js';
import { registerProseEnum } from '../prose/enums.js';
import { isSchema, type Schema } from '../schema/types.js';
import { isRestWrapper, SwaggerNames } from './names.js';
import { FieldIndex } from './fields.js';

export class Swagger2Reader implements DefinitionReader {
  readonly names: SwaggerNames;
  readonly registry = new TypeRegistry();
  readonly defs: Schema;
  /** Structures by their fields, to find those the file lists field by field. */
  readonly fields: FieldIndex;
  private baseErrorFields: string[] = [];

  constructor(
    readonly doc: Schema,
    readonly log: ImportLog,
  ) {
    this.defs = isSchema(doc.definitions) ? doc.definitions : {};
    this.names = new SwaggerNames(doc, log);
    this.fields = new FieldIndex(this.defs, this.names);
  }

  defName(ref: string): string | undefined {
    return ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
  }

  schemaOf(ref: string): { schema: Schema; pointer: string } | undefined {
    const name = this.defName(ref);
    const schema = name === undefined ? undefined : this.defs[name];
    return name !== undefined && isSchema(schema) ? { schema, pointer: ptr('definitions', name) } : undefined;
  }

  proseEnum(desc: string, fallbackId: string | undefined, pointer: string): string | undefined {
    return registerProseEnum(this.registry, this.log, desc, fallbackId, pointer);
  }

  refType(ref: string, pointer: string): string | undefined {
    const target = followAlias(ref, this);
    const name = target && this.defName(target.ref);
    const id = name === undefined ? undefined : this.names.canonical(name);
    if (!target || name === undefined || id === undefined) {
      this.log.warn('unknown-ref', `reference '${ref}' does not lead to a known definition; using opaque`, pointer);
      return undefined;
    }
    if (isRestWrapper(name, target.schema)) {
      this.log.warn('unknown-ref', `reference '${ref}' is a /rest wrapper, not a type; using opaque`, pointer);
      return undefined;
    }
    this.ensure(id, name);
    return id;
  }

  /** Schedules the conversion of a type, from its /api definition when there is one. */
  ensure(id: string, fallbackName: string): void {
    this.registry.need(id, () => {
      const name = this.names.apiDefinition(id) ?? fallbackName;
      const schema = this.defs[name];
      if (!isSchema(schema)) return undefined;
      const pointer = ptr('definitions', name);
      return buildDefinition(id, 'definition', name, schema, pointer, this, this.baseErrorFields);
    });
  }

  /** Every standard error type the file defines (the /api definition when both families have one). */
  ensureStdErrors(): void {
    const base = this.names.apiDefinition(`${STD_ERRORS}.error`) ?? 'vapi.std.errors.error';
    const baseSchema = this.defs[base];
    if (isSchema(baseSchema) && isSchema(baseSchema.properties))
      this.baseErrorFields = Object.keys(baseSchema.properties);
    for (const [name, id] of this.names.entries()) {
      if (!isStdErrorId(id)) continue;
      const schema = this.defs[name];
      if (!isSchema(schema) || Array.isArray(schema.enum) || isRestWrapper(name, schema) || schema.$ref !== undefined)
        continue;
      this.ensure(id, name);
    }
  }
}

// OpenAPI 3 component schemas → draft types: the reader both the schemas and the operations of an
// OpenAPI 3 file are read through.
import type { CompareSpec } from '../compare/wire-names.js';
import { TypeRegistry, type ImportLog } from '../shared/draft.js';
import { buildDefinition, followAlias, type DefinitionReader } from '../schema/definitions.js';
import { dottedPascalToCanonical, isStdErrorId, ptr } from '../shared/names.js';
import { registerProseEnum } from '../prose/enums.js';
import { isSchema, type Schema } from '../schema/types.js';

const PREFIX = '#/components/schemas/';

export class OpenApi3Reader implements DefinitionReader {
  readonly registry = new TypeRegistry();
  readonly schemas: Schema;
  /** Canonical id → schema name. */
  readonly byId = new Map<string, string>();
  private baseErrorFields: string[] = [];

  constructor(
    readonly doc: Schema,
    readonly log: ImportLog,
    readonly cmp: CompareSpec | undefined,
  ) {
    const components = isSchema(doc.components) ? doc.components : {};
    this.schemas = isSchema(components.schemas) ? components.schemas : {};
    for (const name of Object.keys(this.schemas)) this.byId.set(this.canonical(name), name);
  }

  /** `Vcenter.Vm.Hardware.Cdrom.BackingInfo` → `com.vmware.vcenter.vm.hardware.cdrom.backing_info`. */
  canonical(name: string): string {
    return `com.vmware.${dottedPascalToCanonical(name)}`;
  }

  schemaOf(ref: string): { schema: Schema; pointer: string } | undefined {
    if (!ref.startsWith(PREFIX)) return undefined;
    const name = ref.slice(PREFIX.length);
    const schema = this.schemas[name];
    return isSchema(schema) ? { schema, pointer: ptr('components', 'schemas', name) } : undefined;
  }

  refType(ref: string, pointer: string): string | undefined {
    const target = followAlias(ref, this);
    if (!target || !target.ref.startsWith(PREFIX)) {
      this.log.warn('unknown-ref', `reference '${ref}' does not lead to a known schema; using opaque`, pointer);
      return undefined;
    }
    const id = this.canonical(target.ref.slice(PREFIX.length));
    this.ensure(id);
    return id;
  }

  ensure(id: string): boolean {
    const name = this.byId.get(id);
    const schema = name === undefined ? undefined : this.schemas[name];
    if (name === undefined || !isSchema(schema)) return false;
    this.registry.need(id, () => {
      const pointer = ptr('components', 'schemas', name);
      return buildDefinition(id, 'schema', name, schema, pointer, this, this.baseErrorFields);
    });
    return true;
  }

  proseEnum(desc: string, fallbackId: string | undefined, pointer: string): string | undefined {
    return registerProseEnum(this.registry, this.log, desc, fallbackId, pointer);
  }

  ensureStdErrors(): void {
    const base = this.schemas['Vapi.Std.Errors.Error'];
    if (isSchema(base) && isSchema(base.properties)) this.baseErrorFields = Object.keys(base.properties);
    for (const id of this.byId.keys()) if (isStdErrorId(id)) this.ensure(id);
  }
}

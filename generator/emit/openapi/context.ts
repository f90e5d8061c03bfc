// Shared state of one OpenAPI emission: the component schemas being built, their names, and the
// small JSON helpers every part uses. Names of components are the package's own type names (decided
// in ir/naming.ts), so `components['schemas']['HardwareCdromInfo']` is the package's HardwareCdromInfo.
import type { Ir, IrStructure } from '../../ir/model.js';
import type { Documented } from '../../model/doc.js';

export type WireStyle = 'api' | 'rest';

/** A JSON value of the document (schemas may be `false`, JSON Schema 2020-12's "nothing is valid"). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiContext {
  ir: Ir;
  styles: readonly WireStyle[];
  structures: Map<string, IrStructure>;
  /** Component name of each structure, enum and error, by canonical id. */
  structureName: Map<string, string>;
  enumName: Map<string, string>;
  errorName: Map<string, string>;
  /** Component schemas, filled while emitting; sorted by name when the document is assembled. */
  schemas: Map<string, Json>;
  /**
   * Set while rendering the `/rest` wire form (rest.ts): maps are lists of `{ key, value }`, and a
   * structure that reaches a map is its `<Name>.Rest` form, whose component name this gives
   * (`sent`: of what is sent, `<Name>Known.Rest` for a union structure both sent and read).
   */
  rest?: {
    structureName(id: string, sent: boolean): string | undefined;
    /** The component of `exception` values on /rest, when it differs from /api's. */
    errorValueName(): string | undefined;
  };
}

/** Component keys must match ^[a-zA-Z0-9.\-_]+$ (OpenAPI 3.1 §4.8.7.1). */
const COMPONENT_KEY = /^[A-Za-z0-9._-]+$/;

export function createContext(ir: Ir, styles: readonly WireStyle[]): OpenApiContext {
  return {
    ir,
    styles,
    structures: new Map(ir.structures.map((s) => [s.id, s])),
    structureName: new Map(ir.structures.map((s) => [s.id, s.tsName])),
    enumName: new Map(ir.enums.map((e) => [e.id, e.tsName])),
    errorName: new Map(ir.errors.map((e) => [e.id, e.className])),
    schemas: new Map(),
  };
}

/** Adds a component schema; a second schema of the same name is a generator bug. */
export function addSchema(ctx: OpenApiContext, name: string, schema: Json): void {
  if (!COMPONENT_KEY.test(name)) throw new Error(`OpenAPI: component name ${JSON.stringify(name)} is not a valid key`);
  if (ctx.schemas.has(name)) throw new Error(`OpenAPI: two component schemas are named ${name}`);
  ctx.schemas.set(name, schema);
}

export const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

/** `description`, `deprecated` and the vAPI extensions for `since` and deprecation details. */
export function docFields(d: Documented): JsonObject {
  const out: JsonObject = {};
  if (d.description) out.description = d.description;
  if (d.deprecated) {
    out.deprecated = true;
    const { since, replacement, description } = d.deprecated;
    if (since !== undefined || replacement !== undefined || description !== undefined) {
      out['x-vmw-deprecation'] = {
        ...(since !== undefined ? { since } : {}),
        ...(replacement !== undefined ? { replacement } : {}),
        ...(description !== undefined ? { description } : {}),
      };
    }
  }
  if (d.since) out['x-vmw-since'] = d.since;
  return out;
}

// Where the maps are in a type, for the legacy `/rest` wire style, which carries a vAPI map as a
// list of `{ "key": k, "value": v }` where `/api` uses a JSON object: the runtime's `MapShape`
// (templates/runtime/wire.ts documents the format) of the operations that need one, and which
// structures reach a map at all (openapi.json's `/rest` forms of them).
import type { Ir, IrOperation, IrStructure } from '../ir/model.js';
import type { VapiType } from '../model/types.js';
import { objectKey } from './syntax.js';

/** The runtime's MapShape, as data. */
export type MapShape = number | [MapShape] | { [key: string]: MapShape };

export interface MapIndex {
  /** Whether a value of the structure holds a map somewhere (through any depth of fields). */
  reaches(structureId: string): boolean;
  /** The shape of a value of type `t`; undefined when it holds no map. */
  shape(t: VapiType): MapShape | undefined;
}

export function mapIndex(ir: Ir): MapIndex {
  const structures = new Map<string, IrStructure>(ir.structures.map((s) => [s.id, s]));
  // A fixpoint: a structure reaches a map when a field does, directly or through a structure
  // that does (structures may contain themselves).
  const reaching = new Set<string>();
  const direct = (t: VapiType): boolean => {
    switch (t.kind) {
      case 'map':
        return true;
      case 'list':
      case 'set':
      case 'optional':
        return direct(t.of);
      case 'ref':
        return reaching.has(t.id);
      default:
        return false;
    }
  };
  for (let grew = true; grew;) {
    grew = false;
    for (const s of ir.structures)
      if (!reaching.has(s.id) && s.fields.some((f) => direct(f.type))) {
        reaching.add(s.id);
        grew = true;
      }
  }
  // `stack`: the structure id (or '' for a list or map) of each node the shape is inside.
  const shape = (t: VapiType, stack: readonly string[]): MapShape | undefined => {
    switch (t.kind) {
      case 'optional':
        return shape(t.of, stack);
      case 'list':
      case 'set': {
        const items = shape(t.of, [...stack, '']);
        return items === undefined ? undefined : [items];
      }
      case 'map': {
        const integer = t.key.kind === 'primitive' && t.key.name === 'long';
        return { [integer ? '#' : '*']: shape(t.value, [...stack, '']) ?? 0 };
      }
      case 'ref': {
        if (!reaching.has(t.id)) return undefined;
        // A structure inside itself: the number of levels up to where it started.
        const up = stack.lastIndexOf(t.id);
        if (up >= 0) return stack.length - up;
        const fields: { [key: string]: MapShape } = {};
        for (const f of structures.get(t.id)!.fields) {
          const s = shape(f.type, [...stack, t.id]);
          if (s !== undefined) fields[f.name] = s;
        }
        return fields;
      }
      default:
        return undefined;
    }
  };
  return { reaches: (id) => reaching.has(id), shape: (t) => shape(t, []) };
}

/**
 * The maps of an operation as `/rest` sends and reads them (`OperationInfo.maps`): `in` by body
 * parameter, `out` for the result; undefined when the operation has no `/rest` path or reaches
 * no map there.
 */
export function operationMaps(
  op: IrOperation,
  index: MapIndex,
): { in?: { [param: string]: MapShape }; out?: MapShape } | undefined {
  if (!op.http.rest) return undefined;
  const sent: { [param: string]: MapShape } = {};
  for (const p of op.params) {
    const s = p.in === 'body' ? index.shape(p.type) : undefined;
    if (s !== undefined) sent[p.name] = s;
  }
  const out = op.result && index.shape(op.result);
  if (!Object.keys(sent).length && out === undefined) return undefined;
  return { ...(Object.keys(sent).length ? { in: sent } : {}), ...(out !== undefined ? { out } : {}) };
}

/** A shape as TypeScript source (keys quoted only where they must be). */
export function shapeSource(s: MapShape): string {
  if (typeof s === 'number') return String(s);
  if (Array.isArray(s)) return `[${shapeSource(s[0])}]`;
  return `{ ${Object.entries(s)
    .map(([k, v]) => `${objectKey(k)}: ${shapeSource(v)}`)
    .join(', ')} }`;
}

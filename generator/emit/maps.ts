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
  /** Whether an `exception` value (a vAPI error as data) does: its messages' params. */
  exceptionReaches: boolean;
  /** The shape of a value of type `t`; undefined when it holds no map. */
  shape(t: VapiType): MapShape | undefined;
}

export function mapIndex(ir: Ir): MapIndex {
  const structures = new Map<string, IrStructure>(ir.structures.map((s) => [s.id, s]));
  // A fixpoint: a structure reaches a map when a field does, directly or through a structure
  // that does (structures may contain themselves).
  // An `exception` value is a structure of the error value's fields (EXCEPTION: its id here).
  const EXCEPTION = '';
  const fieldsOf = (id: string) => (id === EXCEPTION ? (ir.errorValue?.fields ?? []) : structures.get(id)!.fields);
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
      case 'primitive':
        return t.name === 'exception' && reaching.has(EXCEPTION);
      default:
        return false;
    }
  };
  for (let grew = true; grew;) {
    grew = false;
    for (const id of [EXCEPTION, ...structures.keys()])
      if (!reaching.has(id) && fieldsOf(id).some((f) => direct(f.type))) {
        reaching.add(id);
        grew = true;
      }
  }
  // `stack`: the structure id (or undefined for a list or map) of each node the shape is inside.
  type Stack = readonly (string | undefined)[];
  const structure = (id: string, stack: Stack): MapShape | undefined => {
    if (!reaching.has(id)) return undefined;
    // A structure inside itself: the number of levels up to where it started.
    const up = stack.lastIndexOf(id);
    if (up >= 0) return stack.length - up;
    const fields: { [key: string]: MapShape } = {};
    for (const f of fieldsOf(id)) {
      const s = shape(f.type, [...stack, id]);
      if (s !== undefined) fields[f.name] = s;
    }
    return fields;
  };
  const shape = (t: VapiType, stack: Stack): MapShape | undefined => {
    switch (t.kind) {
      case 'optional':
        return shape(t.of, stack);
      case 'list':
      case 'set': {
        const items = shape(t.of, [...stack, undefined]);
        return items === undefined ? undefined : [items];
      }
      case 'map': {
        const integer = t.key.kind === 'primitive' && t.key.name === 'long';
        return { [integer ? '#' : '*']: shape(t.value, [...stack, undefined]) ?? 0 };
      }
      case 'ref':
        return structure(t.id, stack);
      case 'primitive':
        return t.name === 'exception' ? structure(EXCEPTION, stack) : undefined;
      default:
        return undefined;
    }
  };
  return {
    reaches: (id) => id !== EXCEPTION && reaching.has(id),
    exceptionReaches: reaching.has(EXCEPTION),
    shape: (t) => shape(t, []),
  };
}

/**
 * The maps of an operation as `/rest` sends and reads them (`OperationInfo.maps`): `in` by body
 * parameter, `out` for the result (unless `result` is false: a task form answers a task id);
 * undefined when the operation has no `/rest` path or reaches no map there.
 */
export function operationMaps(
  op: IrOperation,
  index: MapIndex,
  result = true,
): { in?: { [param: string]: MapShape }; out?: MapShape } | undefined {
  if (!op.http.rest) return undefined;
  const sent: { [param: string]: MapShape } = {};
  for (const p of op.params) {
    const s = p.in === 'body' ? index.shape(p.type) : undefined;
    if (s !== undefined) sent[p.name] = s;
  }
  const out = result && op.result ? index.shape(op.result) : undefined;
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

// Generic resource semantics, derived from the model for services no one modelled by hand:
// - a collection (an operation returns or takes an id of the service's own resource type):
//   create makes an id of that type and stores the item made from the spec; get, update, set
//   and delete find it under its parent (the other ids of the call) or answer NOT_FOUND; list
//   answers the summaries; ALREADY_EXISTS for a second item of the same name where documented;
// - a singleton (get without an id of its own): one stored value per parent, made up on first
//   read, that update merges into and set replaces;
// - anything else answers a made-up value of its result type.
// A collection that the API cannot fill (no create) is open: every well-formed id exists, with a
// stable made-up value, until the test stores items of its own. Emitted verbatim (src/fake/).
import { own } from './check.js';
import type { ModelOperation, Schema, Type } from './schema.js';
import { adapt, copy, merge, synth } from './synth.js';
import type { Call, Handler, Obj, World } from './world.js';

export interface ServiceShape {
  readonly kind: 'collection' | 'singleton' | 'actions';
  readonly service: string;
  /** Collections: the resource type of the items. */
  readonly resource?: string;
  /** The type of the stored values (get's result, else the items of list). */
  readonly value?: Type;
  /** Collections: the structure of list's items and its id field. */
  readonly summary?: { readonly type: Type; readonly idField: string };
  /** Collections: whether the API can create items. */
  readonly creates?: boolean;
}

const unwrap = (t: Type): Type => (t.k == 'optional' ? t.of : t);
const idOf = (t: Type | undefined): string | undefined => {
  const u = t && unwrap(t);
  return u?.k == 'id' ? u.resource : undefined;
};

/** How each service of the model behaves by default. */
export function classify(schema: Schema): Map<string, ServiceShape> {
  const byService = new Map<string, ModelOperation[]>();
  for (const op of schema.model.operations) byService.set(op.service, [...(byService.get(op.service) ?? []), op]);
  const shapes = new Map<string, ServiceShape>();
  for (const [service, ops] of byService) shapes.set(service, shapeOf(schema, service, ops));
  return shapes;
}

function shapeOf(schema: Schema, service: string, ops: ModelOperation[]): ServiceShape {
  const named = (n: string): ModelOperation | undefined => ops.find((o) => o.name == n);
  const type = (t: string | undefined): Type | undefined => (t ? schema.type(t) : undefined);
  const create = named('create');
  const list = named('list');
  const get = named('get');
  const listItem = type(list?.result);
  const item = listItem && unwrap(listItem);
  const summaryType = item && (item.k == 'list' || item.k == 'set') ? unwrap(item.of) : undefined;
  // The resource: what create returns; or get's last path id when list does not take it (or,
  // without list, when get has ids before it: its parents); or the id of list's items.
  const listIds = new Set(list?.params.map((p) => idOf(type(p.type))));
  const getIds = (get?.params ?? []).filter((p) => p.in == 'path').map((p) => idOf(type(p.type)));
  const last = getIds[getIds.length - 1];
  const fromGet = last && !listIds.has(last) && (list || getIds.length > 1) ? last : undefined;
  const resource = idOf(type(create?.result)) ?? fromGet ?? summaryId(schema, summaryType)?.[1];
  if (resource) {
    const idField = summaryType && summaryId(schema, summaryType, resource)?.[0];
    const value = type(get?.result) ?? summaryType;
    return {
      kind: 'collection',
      service,
      resource,
      ...(value ? { value } : {}),
      ...(summaryType && idField ? { summary: { type: summaryType, idField } } : {}),
      creates: !!create,
    };
  }
  const value = type(get?.result);
  return value ? { kind: 'singleton', service, value } : { kind: 'actions', service };
}

/** The id field of a summary structure: [field, resource]. */
function summaryId(schema: Schema, t: Type | undefined, resource?: string): [string, string] | undefined {
  if (t?.k != 'ref') return undefined;
  for (const f of schema.structure(t.id).fields) {
    const r = idOf(f.type);
    if (r && (!resource || r == resource)) return [f.name, r];
  }
  return undefined;
}

const parentParams = new WeakMap<ModelOperation, string[]>();

/** The parameters that name the parent: path ids other than the item's own, in call order. */
export function parentOf(call: Call, resource?: string): string[] {
  let names = parentParams.get(call.op);
  if (!names) {
    const schema = call.world.schema;
    names = call.op.params
      .filter((p) => p.in == 'path' && idOf(schema.type(p.type)) !== undefined && idOf(schema.type(p.type)) != resource)
      .map((p) => p.name);
    parentParams.set(call.op, names);
  }
  const out: string[] = [];
  for (const n of names) {
    const v = own(call.args, n);
    if (typeof v == 'string') out.push(v);
  }
  return out;
}

/** The item id a call names (its parameter of the collection's resource type). */
export function itemOf(call: Call, resource: string): string | undefined {
  const p = call.op.params.find((x) => idOf(call.world.schema.type(x.type)) == resource);
  const v = p && own(call.args, p.name);
  return typeof v == 'string' ? v : undefined;
}

/** The body parameter whose value becomes the stored value (the spec), if any. */
function specOf(call: Call): Obj | undefined {
  const p = call.op.params.filter((x) => x.in == 'body' && unwrap(call.world.schema.type(x.type)).k == 'ref').pop();
  const v = p && own(call.args, p.name);
  return v && typeof v == 'object' ? (v as Obj) : undefined;
}

/** A made-up result of the operation's result type (undefined for void). */
export function madeUp(call: Call): unknown {
  const { op, world } = call;
  return op.result === undefined ? undefined : synth(world, world.schema.type(op.result), op.name, 0);
}

/** The generic handler of an operation. */
export function genericHandler(shape: ServiceShape, op: ModelOperation): Handler {
  if (shape.kind == 'singleton') return singletonHandler(shape, op);
  if (shape.kind == 'collection') return collectionHandler(shape, op);
  return madeUp;
}

function singletonHandler(shape: ServiceShape, op: ModelOperation): Handler {
  const value = shape.value!;
  return (call) => {
    const { world } = call;
    const parent = parentOf(call);
    const current = world.singleton(shape.service, parent, value);
    if (op.name == 'get') return copy(current);
    // set: the parameter of get's own type replaces the value (a spec is adapted to it).
    const same = op.params.find((p) => p.in == 'body' && world.schema.type(p.type) === value);
    const spec = specOf(call);
    if (op.name == 'set' && (same || spec))
      world.setSingleton(shape.service, parent, same ? copy(own(call.args, same.name)) : adapt(world, value, spec));
    else if (op.name == 'update' && spec && typeof current == 'object' && current)
      world.setSingleton(shape.service, parent, merge(world, value, current as Obj, spec));
    return madeUp(call);
  };
}

function collectionHandler(shape: ServiceShape, op: ModelOperation): Handler {
  const resource = shape.resource!;
  return (call) => {
    const { world } = call;
    const parent = parentOf(call, resource);
    const items = world.collection(shape.service, parent);
    const id = itemOf(call, resource);
    if (op.name == 'create' && id === undefined) return createItem(call, shape, items);
    if (op.name == 'list' && id === undefined) return listItems(call, shape, items);
    if (id === undefined) return madeUp(call);
    const stored = findItem(call, shape, parent, items, id);
    const spec = specOf(call);
    if (op.name == 'get') return copy(stored);
    if (op.name == 'delete') items.delete(id);
    else if ((op.name == 'update' || op.name == 'set') && spec && shape.value)
      items.set(
        id,
        op.name == 'set' ? (adapt(world, shape.value, spec) as Obj) : merge(world, shape.value, stored, spec),
      );
    return madeUp(call);
  };
}

/** The stored item, or NOT_FOUND (an open collection makes it up and keeps it). */
export function findItem(call: Call, shape: ServiceShape, parent: string[], items: Map<string, Obj>, id: string): Obj {
  const hit = items.get(id);
  if (hit) return hit;
  if (!shape.creates && items.size == 0 && shape.value && !call.world.inventory.tracks(shape.resource!)) {
    const made = synth(call.world, shape.value, 'item') as Obj;
    if (shape.summary && shape.value === shape.summary.type) made[shape.summary.idField] = id;
    items.set(id, made);
    return made;
  }
  const where = parent.length ? ` of ${parent.join('/')}` : '';
  return call.fail(['NOT_FOUND', 'INVALID_ARGUMENT'], `${shape.resource} ${id}${where} does not exist`);
}

function createItem(call: Call, shape: ServiceShape, items: Map<string, Obj>): unknown {
  const { world, op } = call;
  const spec = specOf(call) ?? {};
  const value = shape.value ? (adapt(world, shape.value, spec) as Obj) : { ...spec };
  const name = own(spec, 'name');
  if (typeof name == 'string' && op.errors.includes('ALREADY_EXISTS'))
    for (const v of items.values())
      if (own(v, 'name') == name)
        return call.fail(['ALREADY_EXISTS'], `${shape.resource} named '${name}' already exists`);
  const id = world.newId(shape.resource);
  items.set(id, value);
  return op.result && idOf(world.schema.type(op.result)) == shape.resource ? id : madeUp(call);
}

function listItems(call: Call, shape: ServiceShape, items: Map<string, Obj>): unknown {
  const { world, op } = call;
  // A list of ids.
  const t = op.result ? unwrap(world.schema.type(op.result)) : undefined;
  if (t && (t.k == 'list' || t.k == 'set') && idOf(t.of) == shape.resource) return [...items.keys()];
  if (!shape.summary || !op.result) return madeUp(call);
  const { type, idField } = shape.summary;
  const filter = filterOf(call);
  const out: unknown[] = [];
  for (const [id, v] of items) {
    const summary = adapt(world, type, { ...v, [idField]: id }) as Obj;
    if (matches(summary, v, filter)) out.push(summary);
  }
  return out;
}

/** A list filter: the query or body structure's set fields (`names`, `power_states`, …). */
function filterOf(call: Call): [string, unknown][] {
  const p = call.op.params.find((x) => x.in != 'path' && unwrap(call.world.schema.type(x.type)).k == 'ref');
  const v = p && own(call.args, p.name);
  return v && typeof v == 'object' ? Object.entries(v).filter(([, x]) => x != null) : [];
}

/** An item matches when each filter field (plural) holds the value of its singular field. */
function matches(summary: Obj, stored: Obj, filter: [string, unknown][]): boolean {
  return filter.every(([k, want]) => {
    const singular = [k.replace(/ies$/, 'y'), k.replace(/es$/, ''), k.replace(/s$/, ''), k].find(
      (n) => own(summary, n) !== undefined || own(stored, n) !== undefined,
    );
    if (!singular) return true; // nothing to compare with: the filter cannot exclude
    const have = own(summary, singular) ?? own(stored, singular);
    return Array.isArray(want) ? want.length == 0 || want.includes(have) : want == have;
  });
}

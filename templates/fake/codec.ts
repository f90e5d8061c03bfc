// The two wire styles on the server's side: which operation a request is (method, path and its
// `?action=`), its arguments from path, query and body, and the answer's status and JSON.
// `/api`: the result as is (204 without one, 201 for a create), errors as `{ error_type,
// messages, data }`. `/rest`: results in `{ value }`, errors as `{ type: <error id>, value:
// { messages, data } }`, body parameters always wrapped by name, a structure in the query as
// `name.field=…`, and maps as lists of `{ key, value }`. Emitted verbatim (src/fake/).
import { Fault } from './faults.js';
import type { ModelBinding, ModelOperation, Schema, Type } from './schema.js';
import { put } from './synth.js';

export type Style = 'api' | 'rest';

export interface Route {
  readonly op: ModelOperation;
  readonly style: Style;
  readonly binding: ModelBinding;
  readonly pattern: RegExp;
  /** Path parameter names, in the order of the pattern's groups. */
  readonly names: readonly string[];
  /** Query pairs the binding fixes (`action=connect`). */
  readonly fixed: readonly (readonly [string, string])[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many `/` a path has: routes are looked up by method and this. */
const depth = (path: string): number => {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) == 47) n++;
  return n;
};

/** Every operation's routes, both styles, looked up by method and path depth. */
export class Router {
  private readonly byMethod = new Map<string, Route[]>();

  constructor(operations: Iterable<ModelOperation>) {
    for (const op of operations)
      for (const style of ['api', 'rest'] as const) {
        const binding = style == 'api' ? op.api : op.rest;
        if (!binding) continue;
        const [path, query = ''] = binding.path.split('?');
        const names: string[] = [];
        const source = path!.split(/\{([^{}]+)\}/).map((s, i) => (i % 2 ? (names.push(s), '([^/]+)') : escape(s)));
        const fixed: [string, string][] = [];
        new URLSearchParams(query).forEach((v, k) => fixed.push([k, v]));
        const key = `${binding.method} ${depth(path!)}`;
        const list = this.byMethod.get(key) ?? [];
        list.push({ op, style, binding, pattern: new RegExp(`^${source.join('')}$`), names, fixed });
        this.byMethod.set(key, list);
      }
    // Routes that fix more of the query, then longer literal text, first.
    const weight = (r: Route): number =>
      r.fixed.length * 10_000 + r.pattern.source.replace(/\(\[\^\/\]\+\)/g, '').length;
    for (const list of this.byMethod.values()) list.sort((a, b) => weight(b) - weight(a));
  }

  match(
    method: string,
    pathname: string,
    query: URLSearchParams,
  ): { route: Route; path: Record<string, string> } | undefined {
    for (const route of this.byMethod.get(`${method} ${depth(pathname)}`) ?? []) {
      const m = route.pattern.exec(pathname);
      if (!m || !route.fixed.every(([k, v]) => query.get(k) === v)) continue;
      const path: Record<string, string> = {};
      route.names.forEach((n, i) => put(path, n, m[i + 1]));
      return { route, path };
    }
    return undefined;
  }
}

const invalid = (message: string): Fault => new Fault('INVALID_ARGUMENT', message);

/** The arguments of a call by parameter name (absent optional ones left out). */
export function decodeArgs(
  schema: Schema,
  route: Route,
  path: Record<string, string>,
  query: URLSearchParams,
  body: string,
): Record<string, unknown> {
  const { op, style, binding } = route;
  const args: Record<string, unknown> = {};
  let parsed: unknown;
  if (body.trim()) {
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Fault('INVALID_REQUEST', 'the request body is not JSON');
    }
  }
  const bodyParams = op.params.filter((p) => p.in == 'body');
  const whole = style == 'api' ? binding.body : undefined;
  if (parsed !== undefined && !whole) {
    if (!parsed || typeof parsed != 'object' || Array.isArray(parsed))
      throw invalid(`the request body must be an object of the parameters ${bodyParams.map((p) => p.name).join(', ')}`);
    for (const k of Object.keys(parsed))
      if (!bodyParams.some((p) => p.name == k)) throw invalid(`${k}: no such parameter of ${op.id}`);
  }
  for (const p of op.params) {
    const type = schema.type(p.type);
    let v: unknown;
    if (p.in == 'path') v = pathValue(type, path[p.name], p.name);
    else if (p.in == 'query') v = queryValue(schema, type, query, p.name, style);
    else
      v = whole
        ? p.name == whole
          ? parsed
          : undefined
        : parsed === undefined
          ? undefined
          : (parsed as Record<string, unknown>)[p.name];
    if (style == 'rest' && p.in == 'body' && v != null) v = entriesToMaps(schema, type, v, p.name);
    if (v !== undefined) put(args, p.name, v);
  }
  return args;
}

function pathValue(type: Type, raw: string | undefined, name: string): unknown {
  if (raw === undefined) return undefined;
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    throw invalid(`${name}: '${raw}' is not a well-encoded path segment`);
  }
  return scalar(type, s, name);
}

/** A query or path text as a value of a scalar type (numbers and booleans parsed). */
function scalar(type: Type, s: string, name: string): unknown {
  const t = type.k == 'optional' ? type.of : type;
  if (t.k != 'primitive') return s;
  if (t.name == 'long') {
    if (!/^-?\d+$/.test(s)) throw invalid(`${name}: '${s}' is not an integer`);
    return Number(s);
  }
  if (t.name == 'double') {
    if (s.trim() == '' || Number.isNaN(Number(s))) throw invalid(`${name}: '${s}' is not a number`);
    return Number(s);
  }
  if (t.name == 'boolean') {
    if (s != 'true' && s != 'false') throw invalid(`${name}: '${s}' is not true or false`);
    return s == 'true';
  }
  return s;
}

/** Query values of a parameter: `/api` spreads a structure's fields, `/rest` prefixes them. */
function queryValue(schema: Schema, type: Type, query: URLSearchParams, name: string, style: Style): unknown {
  const t = type.k == 'optional' ? type.of : type;
  if (t.k != 'ref') return queryScalar(t, valuesOf(query, name), name);
  const out: Record<string, unknown> = {};
  for (const f of schema.structure(t.id).fields) {
    const key = style == 'rest' ? `${name}.${f.name}` : f.name;
    const v = queryScalar(f.type.k == 'optional' ? f.type.of : f.type, valuesOf(query, key), `${name}.${f.name}`);
    if (v !== undefined) put(out, f.name, v);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The values of `key`, repeated (`k=a&k=b`) or indexed from 1 (`k.1=a&k.2=b`, the /rest form). */
function valuesOf(query: URLSearchParams, key: string): string[] {
  const plain = query.getAll(key);
  const indexed: [number, string][] = [];
  query.forEach((v, k) => {
    if (k.startsWith(`${key}.`) && /^\d+$/.test(k.slice(key.length + 1))) indexed.push([+k.slice(key.length + 1), v]);
  });
  return [...plain, ...indexed.sort((a, b) => a[0] - b[0]).map(([, v]) => v)];
}

function queryScalar(type: Type, values: string[], name: string): unknown {
  if (!values.length) return undefined;
  if (type.k == 'list' || type.k == 'set') return values.map((v, i) => scalar(type.of, v, `${name}[${i}]`));
  if (values.length > 1) throw invalid(`${name}: given ${values.length} times`);
  return scalar(type, values[0]!, name);
}

/** `/rest` sends a map as `[{ key, value }, …]`: turned into the object the checks expect. */
export function entriesToMaps(schema: Schema, type: Type, v: unknown, path: string): unknown {
  if (v == null) return v;
  switch (type.k) {
    case 'optional':
      return entriesToMaps(schema, type.of, v, path);
    case 'list':
    case 'set':
      return Array.isArray(v) ? v.map((x, i) => entriesToMaps(schema, type.of, x, `${path}[${i}]`)) : v;
    case 'map': {
      if (!Array.isArray(v)) throw invalid(`${path}: the /rest form of a map is a list of { key, value } entries`);
      const out: Record<string, unknown> = {};
      v.forEach((e: { key?: unknown; value?: unknown }, i) => {
        if (!e || typeof e != 'object' || e.key == null) throw invalid(`${path}[${i}]: expected { key, value }`);
        put(out, String(e.key), entriesToMaps(schema, type.value, e.value, `${path}.${String(e.key)}`));
      });
      return out;
    }
    case 'ref': {
      if (typeof v != 'object' || Array.isArray(v)) return v;
      const out: Record<string, unknown> = {};
      const s = schema.structure(type.id);
      for (const [k, x] of Object.entries(v)) {
        const f = s.byName.get(k);
        put(out, k, f ? entriesToMaps(schema, f.type, x, `${path}.${k}`) : x);
      }
      return out;
    }
    default:
      return v;
  }
}

/** The /rest form of a result: maps as `[{ key, value }, …]`. */
export function mapsToEntries(schema: Schema, type: Type, v: unknown): unknown {
  if (v == null) return v;
  switch (type.k) {
    case 'optional':
      return mapsToEntries(schema, type.of, v);
    case 'list':
    case 'set':
      return (v as unknown[]).map((x) => mapsToEntries(schema, type.of, x));
    case 'map':
      return Object.entries(v as object).map(([key, value]) => ({
        key,
        value: mapsToEntries(schema, type.value, value),
      }));
    case 'ref': {
      const out: Record<string, unknown> = {};
      const s = schema.structure(type.id);
      for (const [k, x] of Object.entries(v as object)) put(out, k, mapsToEntries(schema, s.byName.get(k)!.type, x));
      return out;
    }
    default:
      return v;
  }
}

export interface Answer {
  status: number;
  /** JSON text, or '' for no body. */
  body: string;
}

/** The success answer of an operation in a style. */
export function encodeResult(
  schema: Schema,
  style: Style,
  op: ModelOperation | undefined,
  result: unknown,
  created = false,
): Answer {
  const type = op?.result ? schema.type(op.result) : undefined;
  if (style == 'rest') {
    if (result === undefined) return { status: 200, body: '' };
    return { status: 200, body: JSON.stringify({ value: type ? mapsToEntries(schema, type, result) : result }) };
  }
  if (result === undefined) return { status: 204, body: '' };
  return { status: created ? 201 : 200, body: JSON.stringify(result) };
}

/** The error answer of a fault in a style. */
export function encodeFault(schema: Schema, style: Style, fault: Fault): Answer {
  const fields = {
    ...fault.extra,
    ...(style == 'api' ? { error_type: fault.type } : {}),
    messages: fault.messages,
    ...(fault.data !== undefined ? { data: fault.data } : {}),
  };
  const body = style == 'api' ? fields : { type: schema.errorId(fault.type), value: fields };
  return { status: schema.status(fault.type, style), body: JSON.stringify(body) };
}

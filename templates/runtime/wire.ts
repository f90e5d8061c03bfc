// How an operation's arguments become an HTTP request and a response becomes its result, for
// both wire styles. Pure functions; emitted verbatim into the package (src/runtime/).

export type WireStyle = 'api' | 'rest';
export type ParamWhere = 'path' | 'query' | 'body';

/** `[method, path template, body param]`: the path may end in `?action=x`; the body param applies to /api. */
export type BindingInfo = readonly [method: string, path: string, body?: string];

/** Static description of an operation, emitted once per operation by the generator. */
export interface OperationInfo {
  /** Canonical id, e.g. `com.vmware.vcenter.vm.hardware.serial.disconnect`. */
  readonly id: string;
  /** Parameters in call order: `[wire name, where]`. */
  readonly params: readonly (readonly [name: string, where: ParamWhere])[];
  readonly api: BindingInfo;
  readonly rest: BindingInfo | null;
  /** vAPI error types the operation documents (`NOT_FOUND`, …). */
  readonly errors?: readonly string[];
}

/** Marker for a response body that is not valid JSON. */
export const INVALID: unique symbol = Symbol('invalid JSON');

export interface WireRequest {
  method: string;
  /** Path and query, to be appended to the base URL. */
  path: string;
  /** JSON text, or undefined when there is no body. */
  body: string | undefined;
  style: WireStyle;
}

type Segment = string | number;
const compiled = new WeakMap<BindingInfo, Segment[]>();

/** Splits a path template once: literal text and indexes of path parameters. */
function compile(binding: BindingInfo, op: OperationInfo): Segment[] {
  let segs = compiled.get(binding);
  if (segs) return segs;
  segs = [];
  const re = /\{([^{}]+)\}/g;
  const path = binding[1];
  let last = 0;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    segs.push(path.slice(last, m.index));
    const index = op.params.findIndex((p) => p[0] === m![1]);
    if (index < 0) throw new Error(`${op.id}: path parameter {${m[1]}} is not a parameter`);
    segs.push(index);
    last = m.index + m[0].length;
  }
  segs.push(path.slice(last));
  compiled.set(binding, segs);
  return segs;
}

function queryPairs(name: string, value: unknown, style: WireStyle, out: string[]): void {
  if (value === undefined || value === null) return;
  const enc = encodeURIComponent;
  if (Array.isArray(value)) {
    for (const v of value) queryPairs(name, v, style, out);
  } else if (typeof value === 'object') {
    // A structure in the query: /api spreads its fields, /rest prefixes them with the parameter name.
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      queryPairs(style === 'api' ? k : `${name}.${k}`, v, style, out);
  } else {
    out.push(`${enc(name)}=${enc(String(value))}`);
  }
}

/** Builds the request of one call. Unset optional parameters are left out entirely. */
export function encodeRequest(op: OperationInfo, args: readonly unknown[], preferred: WireStyle): WireRequest {
  const style: WireStyle = preferred === 'rest' && op.rest ? 'rest' : 'api';
  const binding = style === 'rest' ? op.rest! : op.api;
  const segs = compile(binding, op);
  let path = '';
  for (const s of segs) {
    if (typeof s === 'string') path += s;
    else {
      const v = args[s];
      if (v === undefined || v === null || v === '')
        throw new TypeError(`${op.id}: path parameter '${op.params[s]![0]}' is required`);
      path += encodeURIComponent(String(v));
    }
  }
  const query: string[] = [];
  let wrapped: Record<string, unknown> | undefined;
  let body: string | undefined;
  const params = op.params;
  for (let i = 0; i < params.length; i++) {
    const [name, where] = params[i]!;
    const v = args[i];
    if (where === 'query') queryPairs(name, v, style, query);
    else if (where === 'body' && v !== undefined) {
      if (style === 'api' && binding[2] === name) body = JSON.stringify(v);
      else (wrapped ??= {})[name] = v;
    }
  }
  if (wrapped && body === undefined) body = JSON.stringify(wrapped);
  if (query.length) path += (path.includes('?') ? '&' : '?') + query.join('&');
  return { method: binding[0], path, body, style };
}

/**
 * Reads a 2xx response body: empty means no result; /rest results arrive wrapped in `{ value }`.
 * Returns `INVALID` for a body that is not JSON (the caller reports it without echoing the body,
 * which may hold a secret such as a session id).
 */
export function decodeResult(text: string, style: WireStyle): unknown {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return INVALID;
  }
  if (
    style === 'rest' &&
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    'value' in parsed
  ) {
    return (parsed as { value: unknown }).value;
  }
  return parsed;
}

// How an operation's arguments become an HTTP request and a response becomes its result, for
// both wire styles. Pure functions; emitted verbatim into the package (src/runtime/).

export type WireStyle = 'api' | 'rest';
export type ParamWhere = 'path' | 'query' | 'body';

/** `[method, path template, body param]`: the path may end in `?action=x`; the body param applies to /api. */
export type BindingInfo = readonly [method: string, path: string, body?: string];

/**
 * Static description of an operation, emitted once per operation by the generator. (The error
 * types an operation documents are on its service class: `Service.errors`.)
 */
export interface OperationInfo {
  /** Canonical id, e.g. `com.vmware.vcenter.vm.hardware.serial.disconnect`. */
  readonly id: string;
  /** Parameters in call order: `[wire name, where]`. */
  readonly params: readonly (readonly [name: string, where: ParamWhere])[];
  readonly api: BindingInfo;
  readonly rest: BindingInfo | null;
}

/** Marker for a response body that is not valid JSON. */
export const INVALID: unique symbol = Symbol();

export interface WireRequest {
  method: string;
  /** Path and query, to be appended to the base URL. */
  path: string;
  /** JSON text, or undefined when there is no body. */
  body: string | undefined;
  style: WireStyle;
}

const enc = encodeURIComponent;

/** Adds `name=value` pairs; a structure in the query: /api spreads its fields, /rest prefixes them. */
function queryPairs(name: string, value: unknown, style: WireStyle, out: string[]): void {
  if (typeof value == 'object' && value)
    for (const [k, v] of Object.entries(value))
      queryPairs(Array.isArray(value) ? name : style == 'api' ? k : `${name}.${k}`, v, style, out);
  else if (value != null) out.push(`${enc(name)}=${enc(String(value))}`);
}

/** Path templates split once: literal text at even indexes, parameter indexes at odd ones. */
const compiled = new WeakMap<BindingInfo, (string | number)[]>();

/** Builds the request of one call. Unset optional parameters are left out entirely. */
export function encodeRequest(op: OperationInfo, args: readonly unknown[], preferred: WireStyle): WireRequest {
  const style: WireStyle = preferred == 'rest' && op.rest ? 'rest' : 'api';
  const binding = op[style]!;
  const { params } = op;
  let segments = compiled.get(binding);
  if (!segments)
    compiled.set(
      binding,
      (segments = binding[1].split(/\{([^{}]+)\}/).map((s, i) => (i % 2 ? params.findIndex((p) => p[0] == s) : s))),
    );
  let path = '';
  for (const s of segments) {
    if (typeof s == 'string') path += s;
    else {
      const v = args[s];
      if (v == null || v === '') throw new TypeError(`${op.id}: path parameter '${params[s]?.[0]}' is required`);
      path += enc(String(v));
    }
  }
  const query: string[] = [];
  let whole: unknown;
  let wrapped: Record<string, unknown> | undefined;
  for (let i = 0; i < params.length; i++) {
    const [name, where] = params[i]!;
    const v = args[i];
    if (where == 'query') queryPairs(name, v, style, query);
    else if (where == 'body' && v !== undefined)
      if (style == 'api' && binding[2] == name) whole = v;
      else (wrapped ??= {})[name] = v;
  }
  if (query.length) path += (path.includes('?') ? '&' : '?') + query.join('&');
  const body = whole === undefined ? wrapped : whole;
  return { method: binding[0], path, body: body === undefined ? body : JSON.stringify(body), style };
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
  return style == 'rest' && parsed && typeof parsed == 'object' && !Array.isArray(parsed) && 'value' in parsed
    ? parsed.value
    : parsed;
}

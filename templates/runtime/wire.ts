// How an operation's arguments become an HTTP request and a response its result or error: the
// `/api` wire style, built in. The legacy `/rest` style is a module of its own (rest.ts) that a
// client imports only when it uses it. Emitted verbatim into the package (src/runtime/).
import { decodeError, type VapiError } from './errors.js';

export type ParamWhere = 'path' | 'query' | 'body';

/**
 * `[method, path, body param, form]`. The path comes split by the generator: literal text at even
 * indexes, the index of a path parameter at odd ones (`['/api/vcenter/vm/', 0, '/power']`); it may
 * end in `?action=x`. The body param, when given, is the whole body; `form`: its fields are sent
 * form-encoded (`application/x-www-form-urlencoded`), not as JSON.
 */
export type BindingInfo = readonly [method: string, path: readonly (string | number)[], body?: string, form?: boolean];

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
  /** Encodes the query and body parameters (`encodeParts`, given only to operations that have some). */
  readonly parts?: EncodeParts;
  /** What a 2xx answer must hold; absent when the operation has no result (any body is ignored). */
  readonly result?: ResultKind;
  /**
   * Where the maps are in what the operation sends (`in`, by body parameter) and reads (`out`),
   * for the `/rest` style, which carries maps as lists of `{ key, value }`. Given only to
   * operations that have a `/rest` path and reach a map there.
   */
  readonly maps?: { readonly in?: Readonly<Record<string, MapShape>>; readonly out?: MapShape };
}

/**
 * Where the maps are in a value, for the `/rest` style (which sends and reads a vAPI map as a
 * list of `{ "key": k, "value": v }`, where `/api` uses a JSON object):
 * - `{ '*': s }`: a map with string keys (strings, ids, enum values) whose values are `s`;
 * - `{ '#': s }`: a map with integer keys (sent as numbers on `/rest`);
 * - `{ field: s, … }`: a structure, with the fields that hold maps;
 * - `[s]`: a list or set whose items are `s`;
 * - `0`: nothing to convert (a map's values that hold no map);
 * - `n` (1, 2, …): the shape `n` levels up, for types that contain themselves (1: the innermost
 *   map, list or structure around it).
 *
 * Unset fields (`undefined`, `null`) are left as they are.
 */
export type MapShape = number | readonly [MapShape] | { readonly [key: string]: MapShape };

/**
 * The maps of a localizable message (`params`, and the `params` of the messages nested in them).
 * @internal
 */
export const MESSAGE_MAPS: MapShape = { params: { '*': { l: { params: { '*': 3 } } } } };

/**
 * The JSON type of an operation's result, which its 2xx answers are checked against: `array`,
 * `struct` (a structure: an object, and never `{ value }` alone, which is the /rest shape),
 * `object` (a map, or a structure with a field named `value`), `string`, `number`, `boolean` or
 * `any`; `?` in front when the result may be unset (an empty body or `null` is then `undefined`).
 */
export type ResultKind = `${'' | '?'}${'array' | 'struct' | 'object' | 'string' | 'number' | 'boolean' | 'any'}`;

/** The query string (without `?`) and body of one call, with the body's content type when it is not JSON. */
export type EncodeParts = (
  op: OperationInfo,
  args: readonly unknown[],
  binding: BindingInfo,
  style: WireStyle,
) => [query: string, body: string | undefined, type?: string];

export interface WireRequest {
  method: string;
  /** Path and query, to be appended to the base URL. */
  path: string;
  /** JSON text (unless `type` says otherwise), or undefined when there is no body. */
  body: string | undefined;
  /** The body's content type when it is not JSON (`application/x-www-form-urlencoded`). */
  type?: string | undefined;
  /** The style that reads the answer (a /rest client sends operations without a /rest path as /api). */
  style: WireStyle;
}

/**
 * A wire style: `api` (the default, vSphere 7.0U2+) or `rest` (the legacy paths, imported from
 * the package). The transport asks it for the request of a call and for the meaning of the answer.
 */
export interface WireStyle {
  readonly name: 'api' | 'rest';
  /** Path of the session resource (login, logout). */
  readonly session: string;
  /** Method and path that read the current session (`com.vmware.cis.session.get`). */
  readonly sessionGet: readonly [method: string, path: string];
  encode(op: OperationInfo, args: readonly unknown[]): WireRequest;
  /** The result of a 2xx body (undefined when empty); throws when it is not JSON. */
  result(text: string): unknown;
  /**
   * The error of a non-2xx answer, undefined for a 404 that is not a vAPI error (the endpoint
   * does not exist). `redact` takes the secrets out of the body's strings.
   */
  error(status: number, text: string, operation: string, redact: (text: string) => string): VapiError | undefined;
}

/**
 * Builds the request of one call on `binding`: the path from its parameters, and the query and
 * body from `op.parts` when the operation has such parameters. A path parameter is always one
 * whole segment: `/` and every other reserved character are percent-encoded, and `.` and `..`
 * (which URLs resolve as "this" and "the parent" segment, even percent-encoded) are refused.
 * @internal
 */
export function encodeRequest(
  op: OperationInfo,
  args: readonly unknown[],
  binding: BindingInfo,
  style: WireStyle,
): WireRequest {
  let path = '';
  for (const s of binding[1]) {
    const v = typeof s == 'string' ? s : String(args[s] ?? '');
    if (!v || v == '.' || v == '..')
      throw new TypeError(
        `${op.id}: path parameter '${op.params[s as number]![0]}' ${v ? `cannot be '${v}' (it would name another resource)` : 'is required'}`,
      );
    path += s === v ? v : encodeURIComponent(v);
  }
  const [query, body, type] = op.parts?.(op, args, binding, style) ?? [];
  return {
    method: binding[0],
    path: query ? path + (path.includes('?') ? '&' : '?') + query : path,
    body,
    style,
    type,
  };
}

/** The `/api` wire style (the default). */
export const api: WireStyle = {
  name: 'api',
  session: '/api/session',
  sessionGet: ['GET', '/api/session'],
  encode: (op, args) => encodeRequest(op, args, op.api, api),
  result: (text) => (text ? JSON.parse(text) : undefined),
  error: decodeError,
};

// The legacy `/rest` wire style, for vCenters before 7.0U2: `createClient({ …, style: rest })`.
// A module of its own so that clients of the default `/api` style do not carry it. Emitted
// verbatim into the package (src/runtime/).
import { asObject, decodeError, type ErrorShape } from './errors.js';
import { api, encodeRequest, MESSAGE_MAPS, type MapShape, type WireStyle } from './wire.js';

type Json = Record<string, unknown>;

/**
 * Reads the legacy `/rest` error shape, `{ type: 'com.vmware.vapi.std.errors.not_found', value: {…} }`.
 * @internal
 */
export const restErrorShape: ErrorShape = (body) => {
  const fields = typeof body.type == 'string' && asObject(body.value);
  return fields && [(body.type as string).replace(/.*\./, '').toUpperCase(), fields];
};

/**
 * Converts the maps of `value` at the places `shape` names: to lists of `{ key, value }` when
 * `send`ing, back to objects when reading. Anything that is not in the form expected (a list
 * that is not of `{ key, … }` objects, say) is left as it is, so nothing is lost.
 * @internal
 */
export function convertMaps(value: unknown, shape: MapShape, send: boolean, up: readonly MapShape[] = []): unknown {
  // A number other than 0 refers to a shape further up, which is never a number.
  if (typeof shape == 'number') shape = shape ? up[up.length - shape]! : 0;
  if (typeof shape == 'number' || typeof value != 'object' || !value) return value;
  const down = [...up, shape];
  const list = Array.isArray(value);
  if (Array.isArray(shape)) return list ? value.map((v) => convertMaps(v, shape[0], send, down)) : value;
  const fields = shape as { readonly [key: string]: MapShape };
  const inner = fields['*'] ?? fields['#'];
  if (inner !== undefined) {
    const at = (v: unknown) => convertMaps(v, inner, send, down);
    if (send)
      return list
        ? value
        : Object.entries(value).map(([k, v]) => ({
            key: '#' in fields && /^-?\d+$/.test(k) ? +k : k,
            value: at(v),
          }));
    return list && value.every((e) => asObject(e) && 'key' in e)
      ? Object.fromEntries(value.map((e: Json) => [e.key, at(e.value)]))
      : value;
  }
  if (list) return value;
  const out: Json = { ...value };
  for (const k in fields) if (out[k] != null) out[k] = convertMaps(out[k], fields[k]!, send, down);
  return out;
}

/**
 * The `/rest` wire style: body parameters wrapped in an object keyed by their names, results in
 * `{ value }`, errors as `{ type: 'com.vmware.vapi.std.errors.not_found', value: {…} }`, maps as
 * lists of `{ key, value }` (both ways), and a structure in the query as `name.field=…`.
 * Operations without a /rest path are sent as /api.
 */
export const rest: WireStyle = {
  name: 'rest',
  session: '/rest/com/vmware/cis/session',
  sessionGet: ['POST', '/rest/com/vmware/cis/session?~action=get'],
  encode(op, args) {
    if (!op.rest) return api.encode(op, args);
    const { in: sent, out } = op.maps ?? {};
    const request = encodeRequest(
      op,
      sent ? args.map((a, i) => convertMaps(a, sent[op.params[i]![0]] ?? 0, true)) : args,
      op.rest,
      rest,
    );
    // The answer of an operation whose result holds maps is read by a style of its own.
    if (out) request.style = { ...rest, result: (text) => convertMaps(rest.result(text), out, false) };
    return request;
  },
  result(text) {
    const parsed = api.result(text);
    const o = asObject(parsed);
    return o && 'value' in o ? o.value : parsed;
  },
  // The type is named in full (`com.vmware.vapi.std.errors.not_found`) and the fields are in `value`.
  error: (status, text, operation, redact) =>
    decodeError(status, text, operation, redact, (body) => {
      const read = restErrorShape(body);
      return read && [read[0], convertMaps(read[1], { messages: [MESSAGE_MAPS] }, false) as Json];
    }),
};

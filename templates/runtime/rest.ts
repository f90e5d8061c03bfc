// The legacy `/rest` wire style, for vCenters before 7.0U2: `createClient({ …, style: rest })`.
// A module of its own so that clients of the default `/api` style do not carry it. Emitted
// verbatim into the package (src/runtime/).
import { asObject, decodeError } from './errors.js';
import { api, encodeRequest, type WireStyle } from './wire.js';

/**
 * The `/rest` wire style: body parameters wrapped in an object keyed by their names, results in
 * `{ value }`, errors as `{ type: 'com.vmware.vapi.std.errors.not_found', value: {…} }`, and a
 * structure in the query as `name.field=…`. Operations without a /rest path are sent as /api.
 */
export const rest: WireStyle = {
  name: 'rest',
  session: '/rest/com/vmware/cis/session',
  encode: (op, args) => (op.rest ? encodeRequest(op, args, op.rest, rest) : api.encode(op, args)),
  result(text) {
    const parsed = api.result(text);
    const o = asObject(parsed);
    return o && 'value' in o ? o.value : parsed;
  },
  // The type is named in full (`com.vmware.vapi.std.errors.not_found`) and the fields are in `value`.
  error: (status, text, operation, redact) =>
    decodeError(status, text, operation, redact, (body) => {
      const fields = typeof body.type == 'string' && asObject(body.value);
      return fields && [(body.type as string).replace(/.*\./, '').toUpperCase(), fields];
    }),
};

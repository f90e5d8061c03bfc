// The query and body of a call, for the operations that have such parameters: their operation
// info names `encodeParts`, so that a bundle of operations with path parameters only does not
// carry it. Emitted verbatim into the package (src/runtime/).
import type { EncodeParts } from './wire.js';

const enc = encodeURIComponent;

/**
 * Adds `name=value` pairs. A structure in the query (a list filter): /api spreads its fields
 * (`names=…`), /rest prefixes them with the parameter's name (`filter.names…`). A list: /api
 * repeats the name (`names=a&names=b`), /rest numbers the elements from 1
 * (`filter.names.1=a&filter.names.2=b`), as the legacy endpoints read them. Unset values and
 * empty lists send nothing.
 */
function queryPairs(name: string, value: unknown, rest: boolean, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => queryPairs(rest ? `${name}.${i + 1}` : name, v, rest, out));
  else if (typeof value == 'object' && value)
    for (const [k, v] of Object.entries(value)) queryPairs(rest ? `${name}.${k}` : k, v, rest, out);
  else if (value != null) out.push(`${enc(name)}=${enc(String(value))}`);
}

/**
 * Unset optional parameters are left out entirely; body parameters are wrapped in an object keyed
 * by their names unless the binding names one as the whole body. A form body (RFC 6749's token
 * endpoint) sends that structure's fields as form fields, as the query sends /api's.
 * @internal
 */
export const encodeParts: EncodeParts = (op, args, binding, style) => {
  const query: string[] = [];
  let whole: unknown;
  let wrapped: Record<string, unknown> | undefined;
  op.params.forEach(([name, where], i) => {
    // A parameter this binding's path holds (another binding may send it in the body or query).
    if (binding[1].includes(i)) return;
    const v = args[i];
    if (where == 'query') queryPairs(name, v, style.name == 'rest', query);
    else if (where == 'body' && v !== undefined)
      if (binding[2] == name) whole = v;
      else (wrapped ??= {})[name] = v;
  });
  const body = whole === undefined ? wrapped : whole;
  if (binding[3] && body !== undefined) {
    const fields: string[] = [];
    queryPairs('', body, false, fields);
    return [query.join('&'), fields.join('&'), 'application/x-www-form-urlencoded'];
  }
  return [query.join('&'), body === undefined ? body : JSON.stringify(body)];
};

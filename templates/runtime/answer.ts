// What a call gets from the answer to one exchange: the result of a 2xx answer, checked against
// the kind of result its operation has, or the error of any other answer; neither quotes a secret
// of the request. Emitted verbatim into the package (src/runtime/).
import { EndpointNotFoundError, TransportError } from './errors.js';
import { api, type ResultKind, type WireStyle } from './wire.js';

/** Header names whose values are secrets (the session id, credentials, tokens, cookies). */
const SECRET = /auth|session|cookie|token|secret|key|pass/i;

/**
 * What takes the secrets of a request out of a text: its session id and its secret headers' values.
 * @internal
 */
export function redactor(headers: Readonly<Record<string, string>>, id?: string): (text: string) => string {
  const secrets = [id];
  for (const k in headers) if (SECRET.test(k)) secrets.push(headers[k]);
  return (text) => {
    for (const s of secrets) if (s) text = text.replaceAll(s, '[redacted]');
    return text;
  };
}

/**
 * The outcome of `method path` (operation `operation`, sent in `style` with `headers` and session
 * `id`) answered `status` and `text`: for a 2xx answer, the body decoded and checked against
 * `result` (undefined when the operation has none); any other answer throws its error, without
 * the request's secrets.
 * @internal
 */
export function answer(
  operation: string,
  method: string,
  path: string,
  style: WireStyle,
  headers: Readonly<Record<string, string>>,
  id: string | undefined,
  status: number,
  text: string,
  result?: ResultKind,
): unknown {
  if (status < 200 || status > 299)
    throw (
      style.error(status, text, operation, redactor(headers, id)) ??
      new EndpointNotFoundError(
        operation,
        `${operation}: HTTP 404 for ${method} ${path} is no vAPI error: the server has no such endpoint (${style.name} style)`,
        { method, path, style: style.name },
      )
    );
  if (!result) return undefined;
  const want = result.replace('?', '');
  // What the answer holds; never the body itself: it may hold a secret such as a session id.
  let got = 'no JSON';
  let value: unknown;
  try {
    value = style.result(text);
    if (value == null && result != want) return undefined;
    got = Array.isArray(value) ? 'array' : value === null ? 'null' : text ? typeof value : 'nothing';
  } catch {
    // not JSON
  }
  // `{ value }` (or an error's `{ type, value }`) is the /rest shape, never a structure of /api's.
  if (
    want == 'struct' &&
    style == api &&
    got == 'object' &&
    'value' in (value as object) &&
    Object.keys(value as object).every((k) => k == 'value' || k == 'type')
  )
    got = 'the /rest shape { value }';
  if (got != (want == 'struct' ? 'object' : want) && (want != 'any' || value == null))
    throw new TransportError(
      'protocol',
      operation,
      `${operation}: HTTP ${status} answered ${got} where the result is ${result}`,
    );
  return value;
}

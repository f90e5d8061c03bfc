// The fake's front doors: its `fetch` (a Request or a URL and init in, a Response out, as the
// global fetch behaves: an aborted signal rejects) and operation names as tests give them
// (canonical ids, or `accessor.method`). Emitted verbatim into the package (src/fake/).
import type { Engine } from './engine.js';
import { textResponse } from './response.js';
import type { Schema } from './schema.js';

/** A canonical operation id from itself or from `accessor.method` (`'hardware.cdrom.create'`). */
export function resolveOperation(schema: Schema, operation: string): string {
  if (schema.operations.has(operation)) return operation;
  const dot = operation.lastIndexOf('.');
  const service = schema.model.services.find((s) => s.accessor == operation.slice(0, dot));
  const op =
    service &&
    schema.model.operations.find(
      (o) => o.service == service.id && (o.method == operation.slice(dot + 1) || o.name == operation.slice(dot + 1)),
    );
  if (!op) throw new TypeError(`no operation ${operation} in this package (give a canonical id or accessor.method)`);
  return op.id;
}

export async function fetchOf(
  engine: Engine,
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<Response> {
  const req = typeof input == 'object' && 'method' in input ? input : undefined;
  const url = typeof input == 'string' ? input : 'href' in input ? input.href : input.url;
  const signal = init.signal ?? req?.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  const headers: Record<string, string> = {};
  const given = init.headers ?? req?.headers;
  if (given && !(given instanceof Headers) && !Array.isArray(given))
    for (const k in given) headers[k.toLowerCase()] = (given as Record<string, string>)[k]!;
  else new Headers(given).forEach((v, k) => (headers[k] = v));
  const body =
    typeof init.body == 'string'
      ? init.body
      : init.body != null
        ? await new Response(init.body).text()
        : req
          ? await req.text()
          : '';
  const res = await engine.handle({
    method: (init.method ?? req?.method ?? 'GET').toUpperCase(),
    url,
    headers,
    body,
    signal,
  });
  return textResponse(res.body, res.status, res.headers);
}

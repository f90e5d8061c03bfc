// openapi.json: the package's API as an OpenAPI 3.1 document, built from the IR (not from
// VMware's files), so it carries what they lose: every error of every operation (a `oneOf` per
// HTTP status), tagged unions as discriminated `oneOf`s, open enums, resource-typed ids.
// Pure and deterministic: the same IR gives the same document, keys in a fixed order.
import type { Ir } from '../ir/model.js';
import { byCode } from '../model/order.js';
import { jsonText, type EmitContext, type EmittedFile, type JsonDocument } from './files.js';
import { createContext, type JsonObject, type WireStyle } from './openapi/context.js';
import { errorSchemas } from './openapi/errors.js';
import { emitPaths } from './openapi/paths.js';
import { enumSchema, errorValueSchema, plainStructure } from './openapi/schemas.js';
import { unionStructure } from './openapi/unions.js';

export type { Json, JsonObject, WireStyle } from './openapi/context.js';
export { ERROR_STATUS, errorStatus } from './openapi/status.js';

export interface OpenApiOptions {
  /**
   * Path families to describe: `['api']` (the default: vSphere 7.0U2+ `/api` paths) or
   * `['api', 'rest']` (adds the legacy `/rest` paths, whose bodies and results are wrapped).
   */
  styles?: readonly WireStyle[];
}

export const SESSION_HEADER = 'vmware-api-session-id';

export function emitOpenApi(ir: Ir, options: OpenApiOptions = {}): JsonObject {
  const requested = options.styles ?? ['api'];
  const styles = (['api', 'rest'] as const).filter((s) => requested.includes(s));
  if (!styles.length)
    throw new Error(`OpenAPI: styles must name 'api' and/or 'rest', got ${JSON.stringify(requested)}`);
  const ctx = createContext(ir, styles);
  for (const e of ir.enums) enumSchema(e, ctx);
  errorValueSchema(ctx);
  for (const s of ir.structures) (s.unions.length ? unionStructure : plainStructure)(s, ctx);
  errorSchemas(ctx);
  const paths = emitPaths(ctx);
  const tags = ir.services
    .filter((s) => s.operations.some((o) => styles.some((st) => (st === 'api' ? o.http.api : o.http.rest))))
    .map((s) => ({
      name: s.tag,
      ...(s.description ? { description: s.description } : {}),
      'x-vmw-vapi-id': s.id,
    }));
  const title = ir.title ?? ir.root;
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: ir.package.version,
      description:
        `${ir.package.description ?? title}. vSphere Automation API ${ir.apiVersion}, services below \`${ir.root}\`, ` +
        `as described by the package ${ir.package.name}. Authenticate with a session id (header \`${SESSION_HEADER}\`), ` +
        'obtained from `POST /api/session` with HTTP basic authentication.',
      'x-vmw-api-version': ir.apiVersion,
      'x-vmw-vapi-root': ir.root,
      'x-vmw-wire-styles': [...styles],
    },
    servers: [
      {
        url: 'https://{host}',
        description: 'A vCenter Server.',
        variables: {
          host: { default: 'vcenter.example.com', description: 'Host name or address of the vCenter Server.' },
        },
      },
    ],
    security: [{ session_id: [] }],
    tags,
    paths,
    components: {
      schemas: Object.fromEntries([...ctx.schemas.keys()].sort(byCode).map((k) => [k, ctx.schemas.get(k)!])),
      securitySchemes: {
        session_id: {
          type: 'apiKey',
          in: 'header',
          name: SESSION_HEADER,
          description: 'Session id returned by `POST /api/session`.',
        },
      },
    },
  };
}

/** The document as the text of `openapi.json` (2-space JSON and a final newline; not run through prettier). */
export function openApiJson(doc: JsonObject): string {
  return jsonText(doc);
}

/** openapi.json (the `/api` style), and openapi-typescript's types of it when the package ships them. */
export function emitOpenApiFiles({ ir, openapiTypes }: EmitContext): EmittedFile[] {
  const document = emitOpenApi(ir);
  const json: JsonDocument<JsonObject> = { kind: 'json', path: 'openapi.json', data: document };
  return openapiTypes ? [json, { kind: 'openapi-types', path: 'dist/openapi.d.ts', document }] : [json];
}

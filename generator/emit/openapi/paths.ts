// Operations → `paths`. Path keys are the IR's binding paths verbatim, `?action=x` included, as in
// VMware's own Swagger (7.0.3) and OpenAPI (9.x) files: several vAPI operations share a method and
// a path and differ only in `action` (connect/disconnect), and OpenAPI keys operations by method
// and path, so the action must be part of the key (README, section "OpenAPI", has the reasoning).
import { TASK_RESOURCE, type IrBinding, type IrOperation, type IrPrivilege, type IrService } from '../../ir/model.js';
import type { VapiType } from '../../model/types.js';
import type { Documented } from '../../model/doc.js';
import { byCode } from '../../model/order.js';
import { pathParams } from '../../model/paths.js';
import { docFields, type JsonObject, type OpenApiContext, type WireStyle } from './context.js';
import { errorResponses } from './errors.js';
import { restContext } from './rest.js';
import { objectSchema, READ, typeSchema, WRITE, type Use } from './schemas.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Path and query parameters: sent, but a schema `writeOnly` means nothing there. */
const PARAM: Use = { read: false };
const JSON_BODY = 'application/json';
const FORM_BODY = 'application/x-www-form-urlencoded';

export function emitPaths(ctx: OpenApiContext): JsonObject {
  const items = new Map<string, Map<string, JsonObject>>();
  for (const style of ctx.styles) {
    for (const service of ctx.ir.services) {
      for (const op of service.operations) {
        for (const task of forms(op)) {
          const binding = (task ? op.task!.http : op.http)[style];
          if (!binding) continue;
          const method = binding.method.toLowerCase();
          let item = items.get(binding.path);
          if (!item) items.set(binding.path, (item = new Map()));
          if (item.has(method))
            throw new Error(`OpenAPI: ${op.id} and another operation both bind ${binding.method} ${binding.path}`);
          item.set(method, operation(op, service, style, task, ctx));
        }
      }
    }
  }
  return Object.fromEntries(
    [...items.keys()].sort(byCode).map((path) => {
      const item = items.get(path)!;
      return [path, Object.fromEntries(METHODS.filter((m) => item.has(m)).map((m) => [m, item.get(m)!]))];
    }),
  );
}

/** The forms an operation is called in: plain (false), as a task (true), or both. */
function forms(op: IrOperation): boolean[] {
  return op.task?.mode === 'only' ? [true] : op.task ? [false, true] : [false];
}

function operationId(op: IrOperation, style: WireStyle, task: boolean): string {
  if (task && op.task?.mode === 'both') return style === 'api' ? op.operationId.apiTask! : op.operationId.restTask!;
  return style === 'api' ? op.operationId.api : op.operationId.rest!;
}

function operation(
  op: IrOperation,
  service: IrService,
  style: WireStyle,
  task: boolean,
  ctx: OpenApiContext,
): JsonObject {
  const binding = (task ? op.task!.http : op.http)[style]!;
  const parameters = [...pathParameters(op, binding.path), ...queryParameters(op, style, binding.path, ctx)].map((p) =>
    parameter(p, ctx),
  );
  // Bodies and results in the style's form (/rest: maps as lists of { key, value }).
  const body = requestBody(op, style, binding, style === 'rest' ? restContext(ctx) : ctx);
  return {
    tags: [service.tag],
    operationId: operationId(op, style, task),
    ...docFields(op),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: Object.fromEntries([
      task ? taskStarted(op, style) : success(op, style, style === 'rest' ? restContext(ctx) : ctx),
      ...errorResponses(op, style, ctx),
    ]),
    'x-vmw-vapi-id': op.id,
    ...(task ? { 'x-vmw-task': true } : {}),
    'x-vmw-vapi-errors': op.errors.map((e) => e.id),
    ...(op.privileges.length ? { 'x-vmw-privileges': op.privileges.map(privilege) } : {}),
  };
}

function privilege(p: IrPrivilege): JsonObject {
  return {
    ...(p.param !== undefined ? { param: p.param } : {}),
    ...(p.resource !== undefined ? { resource: p.resource } : {}),
    require: [...p.require],
  };
}

interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  type: VapiType;
  doc: Documented;
}

/** In the order of their placeholders in the path. */
function pathParameters(op: IrOperation, path: string): Param[] {
  return pathParams(path).map((n) => {
    const p = op.params.find((x) => x.name === n)!;
    return { name: n, in: 'path', required: true, type: p.type, doc: p };
  });
}

/**
 * A structure in the query travels as its fields (the runtime's encoding): /api uses the field
 * names, /rest prefixes them with the parameter name. Each field is its own query parameter, so
 * generic clients (openapi-fetch serializes objects as deepObject) send what the server expects.
 */
function queryParameters(op: IrOperation, style: WireStyle, path: string, ctx: OpenApiContext): Param[] {
  const out: Param[] = [];
  const seen = new Set<string>();
  const push = (p: Param): void => {
    // A field named like another query parameter would be sent twice; the first one describes it.
    if (!seen.has(p.name)) out.push(p);
    seen.add(p.name);
  };
  const inPath = pathParams(path);
  for (const p of op.params.filter((x) => x.in === 'query' && !inPath.includes(x.name))) {
    const s = p.type.kind === 'ref' ? ctx.structures.get(p.type.id) : undefined;
    if (!s) {
      push({ name: p.name, in: 'query', required: !p.optional, type: p.type, doc: p });
      continue;
    }
    const inUnion = new Set(s.unions.flatMap((u) => u.cases.flatMap((c) => [...c.required, ...c.optional])));
    for (const f of s.fields) {
      push({
        name: style === 'api' ? f.name : `${p.name}.${f.name}`,
        in: 'query',
        required: !p.optional && !f.optional && !inUnion.has(f.name),
        type: f.type,
        doc: f,
      });
    }
  }
  return out;
}

function parameter(p: Param, ctx: OpenApiContext): JsonObject {
  return { name: p.name, in: p.in, ...docFields(p.doc), required: p.required, schema: typeSchema(p.type, ctx, PARAM) };
}

/**
 * /api: the `body` parameter is the whole body (form-encoded with `form`); otherwise (and always on
 * /rest) an object keyed by wire names.
 */
function requestBody(
  op: IrOperation,
  style: WireStyle,
  binding: IrBinding,
  ctx: OpenApiContext,
): JsonObject | undefined {
  const inPath = pathParams(binding.path);
  const params = op.params.filter((p) => p.in === 'body' && !inPath.includes(p.name));
  if (!params.length) return undefined;
  const whole = style === 'api' && binding.body !== undefined ? params.find((p) => p.name === binding.body) : undefined;
  if (whole) {
    return {
      ...(whole.description ? { description: whole.description } : {}),
      required: !whole.optional,
      content: { [binding.form ? FORM_BODY : JSON_BODY]: { schema: typeSchema(whole.type, ctx, WRITE) } },
    };
  }
  const schema = objectSchema(
    {},
    params.map((p) => [p.name, { ...typeSchema(p.type, ctx, WRITE), ...docFields(p) }, !p.optional]),
  );
  // With every parameter optional and none set, the client sends no body at all.
  return { required: params.some((p) => !p.optional), content: { [JSON_BODY]: { schema } } };
}

/** The task form answers at once with the id of the task (/api: 202; /rest: 200, wrapped as `{ "value": … }`). */
function taskStarted(op: IrOperation, style: WireStyle): [string, JsonObject] {
  const id: JsonObject = { type: 'string', 'x-vmw-resource-type': TASK_RESOURCE };
  const description = `The task started; it runs \`${op.id}\` on the server.`;
  if (style === 'api') return ['202', { description, content: { [JSON_BODY]: { schema: id } } }];
  return ['200', { description, content: { [JSON_BODY]: { schema: objectSchema({}, [['value', id, true]]) } } }];
}

/** /api: 200 with the result, 204 without; /rest: always 200, the result wrapped as `{ "value": … }`. */
function success(op: IrOperation, style: WireStyle, ctx: OpenApiContext): [string, JsonObject] {
  const description = op.resultDescription ?? (op.result ? 'The result.' : 'Done.');
  if (!op.result) return style === 'api' ? ['204', { description: 'Done; no content.' }] : ['200', { description }];
  const result = typeSchema(op.result, ctx, READ);
  const schema = style === 'api' ? result : objectSchema({}, [['value', result, op.result.kind !== 'optional']]);
  return ['200', { description, content: { [JSON_BODY]: { schema } } }];
}

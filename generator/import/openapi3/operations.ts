// OpenAPI 3 operations → draft operations. operationId `Vcenter.Vm.Hardware.Serial_disconnect`
// names service com.vmware.vcenter.vm.hardware.serial and operation disconnect; every error of an
// operation is listed in the per-status descriptions (`***Vapi.Std.Errors.NotFound***`).
// Task forms (`…$Task`, `vmw-task=true`) mark their operation `task: both`, or are it (`task: only`).
import { pathParams } from '../../model/paths.js';
import type { DraftOperation, DraftParam } from '../shared/draft.js';
import { propertiesOf } from '../schema/definitions.js';
import { dottedPascalToCanonical, inScope, pascalToSnake, ptr, type ImportScope } from '../shared/names.js';
import { bodyNameGuess, checkStatuses, finishOperation, joinTasks, taskVariant } from '../schema/operations.js';
import type { OpenApi3Reader } from './reader.js';
import { errorsInDescription } from '../prose/facts.js';
import { isSchema, optional, refOf, schemaType, type Schema } from '../schema/types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function jsonSchema(container: unknown): Schema | undefined {
  if (!isSchema(container) || !isSchema(container.content)) return undefined;
  const json = container.content['application/json'];
  return isSchema(json) && isSchema(json.schema) ? json.schema : undefined;
}

/** The path part of servers[0].url (`https://{host}/api` → `/api`). */
function basePath(r: OpenApi3Reader): string {
  const servers = Array.isArray(r.doc.servers) ? r.doc.servers : [];
  const url = isSchema(servers[0]) ? str(servers[0].url) : undefined;
  if (url === undefined) {
    r.log.warn('servers', 'no servers url; paths are taken as they are written', '/servers');
    return '';
  }
  return url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\/$/, '');
}

export function readOpenApiOperations(r: OpenApi3Reader, only: ImportScope | undefined): DraftOperation[] {
  const base = basePath(r);
  const out: DraftOperation[] = [];
  const tasks: DraftOperation[] = [];
  const paths = isSchema(r.doc.paths) ? r.doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchema(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      const pointer = ptr('paths', path, method);
      if (!METHODS.includes(method) || !isSchema(op)) {
        if (method !== 'summary' && method !== 'description')
          r.log.warn('unsupported', `'${method}' under a path item is not read`, pointer);
        continue;
      }
      const m = str(op.operationId)?.match(/^(.*\.[A-Za-z0-9]+)_([A-Za-z0-9_$]+)$/);
      if (!m) {
        r.log.warn(
          'operation-id',
          `operationId '${String(op.operationId)}' is not <Service>_<operation>; skipped`,
          pointer,
        );
        continue;
      }
      const service = `com.vmware.${dottedPascalToCanonical(m[1]!)}`;
      if (!inScope(service, only)) continue;
      const task = taskVariant(m[2]!, path);
      const name = pascalToSnake(task?.name ?? m[2]!);
      (task ? tasks : out).push(
        readOperation(r, service, name, `${base}${task?.path ?? path}`, method.toUpperCase(), op, pointer),
      );
    }
  }
  return joinTasks(out, tasks, r.log);
}

function readOperation(
  r: OpenApi3Reader,
  service: string,
  name: string,
  path: string,
  method: string,
  o: Schema,
  pointer: string,
): DraftOperation {
  const declared = Array.isArray(o.parameters) ? o.parameters.filter(isSchema) : [];
  const pPtr = (p: Schema): string => `${pointer}/parameters/${declared.indexOf(p)}`;
  const params: DraftParam[] = [];
  const placeholders = pathParams(path);
  for (const ph of placeholders) {
    const p = declared.find((d) => d.in === 'path' && d.name === ph);
    if (!p) r.log.warn('path-param', `{${ph}} has no parameter declaration; typed string`, pointer);
    const type = p ? schemaType(p.schema, { desc: str(p.description), pointer: pPtr(p) }, r) : 'string';
    // 9.x writes path variables in camelCase ({dataSet}); the vAPI parameter is data_set. A path
    // variable is no wire name, so the placeholder follows.
    const name = /^[a-z][a-z0-9]*([A-Z][a-z0-9]+)+$/.test(ph) ? pascalToSnake(ph) : ph;
    if (name !== ph) path = path.replaceAll(`{${ph}}`, `{${name}}`);
    params.push({ name, type, pointer: p ? pPtr(p) : pointer });
  }
  for (const p of declared) {
    if (p.in === 'query') {
      const t = schemaType(
        p.schema,
        { desc: str(p.description), pointer: pPtr(p), enumId: `${service}.${String(p.name)}` },
        r,
      );
      const param: DraftParam = { name: String(p.name), type: p.required === true ? t : optional(t), pointer: pPtr(p) };
      if (method !== 'GET' && method !== 'DELETE') param.in = 'query';
      params.push(param);
    } else if (p.in !== 'path')
      r.log.warn(
        'unsupported-param',
        `'${String(p.in)}' parameter '${String(p.name)}' is not supported; skipped`,
        pPtr(p),
      );
  }
  const body = readBody(r, service, name, o, `${pointer}/requestBody`, params);
  checkStatuses(o.responses, pointer, r.log);
  const result = readResult(r, o, pointer);
  return finishOperation(
    {
      service,
      name,
      text: str(o.description) ?? '',
      apiDeprecated: o.deprecated === true,
      method,
      path,
      body,
      pointer,
    },
    params,
    result,
    readErrors(r, o, pointer),
    r.log,
  );
}

/** Adds the body parameters; returns the name of the parameter sent as the whole body, if any. */
function readBody(
  r: OpenApi3Reader,
  service: string,
  op: string,
  o: Schema,
  pointer: string,
  params: DraftParam[],
): string | undefined {
  const schema = jsonSchema(o.requestBody);
  if (!schema) return undefined;
  const at = `${pointer}${ptr('content', 'application/json', 'schema')}`;
  const required = isSchema(o.requestBody) && o.requestBody.required === true;
  if (refOf(schema) === undefined && isSchema(schema.properties)) {
    for (const p of propertiesOf(schema, at, r)) {
      const t = schemaType(
        p.schema,
        { desc: str(p.schema.description), pointer: p.pointer, enumId: `${service}.${p.name}` },
        r,
      );
      params.push({ name: p.name, type: p.required ? t : optional(t), pointer: p.pointer });
    }
    return undefined;
  }
  const known = r.cmp?.bodies.get(`${service}#${op}`);
  const name = bodyNameGuess(known, r.log, at, refOf(schema) !== undefined ? 'spec' : 'value');
  const desc = isSchema(o.requestBody) ? str(o.requestBody.description) : undefined;
  const t = schemaType(schema, { desc, pointer: at, enumId: `${service}.${name}` }, r);
  params.push({ name, type: required ? t : optional(t), pointer: at });
  return name;
}

function readResult(r: OpenApi3Reader, o: Schema, pointer: string): { type: string; desc?: string } | undefined {
  const responses = isSchema(o.responses) ? o.responses : {};
  for (const [status, resp] of Object.entries(responses)) {
    const schema = /^2\d\d$/.test(status) ? jsonSchema(resp) : undefined;
    if (!schema || !isSchema(resp)) continue;
    const desc = str(resp.description);
    return { type: schemaType(schema, { desc, pointer: `${pointer}${ptr('responses', status)}` }, r), desc };
  }
  return undefined;
}

/** Every error the per-status descriptions list; the status's schema when the description lists none. */
function readErrors(r: OpenApi3Reader, o: Schema, pointer: string): string[] {
  const out: string[] = [];
  const responses = isSchema(o.responses) ? o.responses : {};
  for (const [status, resp] of Object.entries(responses)) {
    if (!/^[45]\d\d$/.test(status) || !isSchema(resp)) continue;
    const at = `${pointer}${ptr('responses', status)}`;
    let ids = errorsInDescription(str(resp.description));
    if (ids.length === 0) {
      const ref = jsonSchema(resp) && refOf(jsonSchema(resp)!);
      ids = ref?.startsWith('#/components/schemas/') ? [r.canonical(ref.slice('#/components/schemas/'.length))] : [];
    }
    if (ids.length === 0) r.log.warn('error-schema', `status ${status} names no error type; skipped`, at);
    for (const id of ids) {
      if (!id.startsWith('com.vmware.vapi.std.errors.'))
        r.log.warn('error-schema', `status ${status} names '${id}', not a standard error; skipped`, at);
      else if (!r.ensure(id))
        r.log.warn('error-schema', `status ${status} names '${id}', which the file does not define; skipped`, at);
      else if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

// Swagger 2.0 operations → draft operations. The /api and /rest twins of one vAPI operation share
// tag and operationId; they become one operation with both bindings.
import { pathParams } from '../../model/paths.js';
import type { DraftOperation, DraftParam } from '../shared/draft.js';
import { propertiesOf } from '../schema/definitions.js';
import { inScope, pascalToSnake, ptr, STD_ERRORS, type ImportScope } from '../shared/names.js';
import { saysMayBeUnset } from '../prose/facts.js';
import { isSchema, optional, refOf, schemaType, type Schema } from '../schema/types.js';
import type { Swagger2Reader } from './reader.js';
import { isRestWrapper } from './names.js';
import { groupFields } from './fields.js';
import {
  bodyNameGuess,
  checkStatuses,
  finishOperation,
  joinTasks,
  plainPath,
  taskVariant,
  type OpSource,
} from '../schema/operations.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface PathOp {
  path: string;
  method: string;
  op: Schema;
  pointer: string;
}

interface Group {
  service: string;
  opId: string;
  api?: PathOp;
  rest?: PathOp;
}

export function readSwaggerOperations(
  r: Swagger2Reader,
  only: ImportScope | undefined,
): { operations: DraftOperation[]; notes: string[] } {
  const groups = new Map<string, Group>();
  const paths = isSchema(r.doc.paths) ? r.doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchema(item)) continue;
    const family = path.startsWith('/api/') ? 'api' : path.startsWith('/rest/') ? 'rest' : undefined;
    for (const [method, op] of Object.entries(item)) {
      const pointer = ptr('paths', path, method);
      if (!METHODS.includes(method) || !isSchema(op)) {
        r.log.warn('unsupported', `'${method}' under a path item is not read`, pointer);
        continue;
      }
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : undefined;
      const opId = typeof op.operationId === 'string' ? op.operationId : undefined;
      if (!tag || !opId) {
        r.log.warn('operation-id', 'an operation without tag or operationId cannot be placed; skipped', pointer);
        continue;
      }
      if (Array.isArray(op.tags) && op.tags.length > 1)
        r.log.warn(
          'operation-tags',
          `the operation has ${op.tags.length} tags; placed by the first, '${tag}'`,
          pointer,
        );
      const service = r.names.service(tag);
      if (!inScope(service, only)) continue;
      if (!family) {
        r.log.warn('path-family', `path '${path}' is neither /api nor /rest; skipped`, pointer);
        continue;
      }
      const key = `${service} ${opId}`;
      const g = groups.get(key) ?? { service, opId };
      if (g[family])
        r.log.warn(
          'duplicate-operation',
          `${service} has two ${family} operations '${opId}'; the second is skipped`,
          pointer,
        );
      else g[family] = { path, method, op, pointer };
      groups.set(key, g);
    }
  }
  const operations: DraftOperation[] = [];
  const restFamily = Object.keys(paths).some((p) => p.startsWith('/rest/'));
  let restDeprecated = 0;
  const tasks: DraftOperation[] = [];
  for (const g0 of groups.values()) {
    const first = (g0.api ?? g0.rest)!;
    // A task form reads as its plain operation (name and paths without the task marks).
    const task = taskVariant(g0.opId, first.path);
    const plain = (p: PathOp | undefined): PathOp | undefined => p && { ...p, path: plainPath(p.path) };
    const g: Group = task ? { ...g0, opId: task.name, api: plain(g0.api), rest: plain(g0.rest) } : g0;
    if (!g.api) {
      r.log.warn(
        'rest-only',
        `'${g.opId}' of ${g.service} has only a /rest binding; not imported (the spec needs an /api binding)`,
        first.pointer,
      );
      continue;
    }
    if (g.rest && (g.rest.op.deprecated === true || g.rest.op['x-vmw-deprecated'] !== undefined)) restDeprecated++;
    const op = readOperation(r, g, g.api);
    // A file without a /rest family says nothing about /rest bindings: leave them out, not null.
    if (!restFamily) delete op.http.rest;
    (task ? tasks : operations).push(op);
  }
  const notes = restDeprecated
    ? [
        `${restDeprecated} /rest bindings are marked deprecated in the file (the /rest family is superseded by /api); kept as bindings, operations not marked deprecated`,
      ]
    : [];
  return { operations: joinTasks(operations, tasks, r.log), notes };
}

function parametersOf(op: Schema): Schema[] {
  return Array.isArray(op.parameters) ? op.parameters.filter(isSchema) : [];
}

function readOperation(r: Swagger2Reader, g: Group, api: PathOp): DraftOperation {
  const o = api.op;
  const declared = parametersOf(o);
  const params: DraftParam[] = [];
  const pPtr = (p: Schema): string => `${api.pointer}/parameters/${declared.indexOf(p)}`;
  for (const name of pathParams(api.path)) {
    const p = declared.find((d) => d.in === 'path' && d.name === name);
    if (!p) r.log.warn('path-param', `{${name}} has no parameter declaration; typed string`, api.pointer);
    const type = p ? schemaType(p, { desc: str(p.description), pointer: pPtr(p) }, r) : 'string';
    params.push({ name, type, pointer: p ? pPtr(p) : api.pointer });
  }
  const method = api.method.toUpperCase();
  // Structure parameters the file lists field by field: filters in the query, a form body.
  const { grouped, form } = groupFields(r.fields, r.log, g.service, declared, g.rest && parametersOf(g.rest.op), pPtr);
  let body: string | undefined;
  for (const p of declared) {
    const name = String(p.name);
    const group = grouped.get(p);
    if (group !== undefined) {
      if (group === null) continue;
      const t = r.refType(`#/definitions/${group.definition}`, pPtr(p)) ?? 'opaque';
      const param: DraftParam = { name: group.name, type: group.required ? t : optional(t), pointer: pPtr(p) };
      if (p.in === 'formData') body = group.name;
      else if (method !== 'GET' && method !== 'DELETE') param.in = 'query';
      params.push(param);
    } else if (p.in === 'query') {
      if (name.includes('.'))
        r.log.warn(
          'query-param',
          `query parameter '${name}' is a flattened structure field; imported as a parameter of that name`,
          pPtr(p),
        );
      const t =
        r.fields.namedEnum(p, g.service, (d) => r.refType(`#/definitions/${d}`, pPtr(p))) ??
        schemaType(p, { desc: str(p.description), pointer: pPtr(p) }, r);
      const param: DraftParam = { name, type: p.required === true ? t : optional(t), pointer: pPtr(p) };
      if (method !== 'GET' && method !== 'DELETE') param.in = 'query';
      params.push(param);
    } else if (p.in !== 'path' && p.in !== 'body') {
      r.log.warn('unsupported-param', `'${String(p.in)}' parameter '${name}' is not supported; skipped`, pPtr(p));
    }
  }
  const bodyParam = declared.find((d) => d.in === 'body');
  if (bodyParam) body = readBody(r, g, bodyParam, `${pPtr(bodyParam)}/schema`, params);
  let rest = g.rest ? { method: g.rest.method.toUpperCase(), path: g.rest.path } : null;
  const names = new Set(params.map((p) => p.name));
  const stray = rest ? pathParams(rest.path).filter((n) => !names.has(n)) : [];
  if (g.rest && stray.length) {
    r.log.warn(
      'rest-path-param',
      `the /rest path names {${stray.join('}, {')}}, which the /api operation has no parameter for; /rest binding dropped`,
      g.rest.pointer,
    );
    rest = null;
  }
  const src: OpSource = {
    service: g.service,
    name: pascalToSnake(g.opId),
    text: [str(o.summary), str(o.description)].filter(Boolean).join('\n'),
    apiDeprecated: o.deprecated === true,
    method,
    path: api.path,
    body,
    ...(form ? { form: true } : {}),
    rest,
    pointer: api.pointer,
  };
  checkStatuses(o.responses, api.pointer, r.log);
  const result = readResult(r, api);
  const errors = [...readErrors(r, api), ...(g.rest ? readErrors(r, g.rest) : [])];
  return finishOperation(src, params, result, errors, r.log);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Adds the body parameters; returns the name of the parameter sent as the whole body, if any. */
function readBody(r: Swagger2Reader, g: Group, b: Schema, pointer: string, params: DraftParam[]): string | undefined {
  const schema = isSchema(b.schema) ? b.schema : {};
  const ref = refOf(schema);
  const def = ref !== undefined ? r.schemaOf(ref) : { schema, pointer };
  if (def && def.schema.properties === undefined) {
    // Not an object with properties: an alias of a structure (only a `$ref`), of an open structure
    // (`type: object` alone: any structure, as compute policies' create takes), of a map, a
    // string…: one parameter, sent as the whole body.
    const rest = restBody(r, g);
    const name = rest?.length === 1 ? rest[0]!.name : bodyNameGuess(undefined, r.log, pointer);
    const t =
      refOf(def.schema) !== undefined
        ? (r.refType(ref!, pointer) ?? 'opaque')
        : schemaType(def.schema, { desc: str(def.schema.description), pointer: def.pointer }, r);
    // The /rest twin says whether the body is required; without one, the alias's prose does
    // ("If unset, …"); the /api body parameter's own `required` is rarely set.
    const required =
      rest?.length === 1 ? rest[0]!.required : b.required === true || !saysMayBeUnset(str(def.schema.description));
    params.push({ name, type: required ? t : optional(t), pointer });
    return name;
  }
  if (def && isSchema(def.schema.properties)) {
    const props = propertiesOf(def.schema, def.pointer, r);
    for (const p of props) {
      const t = schemaType(p.schema, { desc: str(p.schema.description), pointer: p.pointer }, r);
      params.push({ name: p.name, type: p.required ? t : optional(t), pointer: p.pointer });
    }
    const rest = restBody(r, g);
    // What the /rest path names (iso image mount: `id:{library_item}`) travels there, not in its body.
    const inRestPath = g.rest ? pathParams(g.rest.path) : [];
    const apiNames = props.map((p) => p.name).filter((n) => !inRestPath.includes(n));
    if (rest && rest.map((x) => x.name).join(',') !== apiNames.join(',')) {
      r.log.warn(
        'rest-body',
        `the /rest body names (${rest.map((x) => x.name).join(', ')}) differ from the /api body names (${apiNames.join(', ')})`,
        pointer,
      );
    }
    return undefined;
  }
  r.log.warn('body-schema', `the request body names '${ref}', which the file does not define; skipped`, pointer);
  return undefined;
}

/** Names of the /rest body wrapper's properties (always wrapped, e.g. `{ spec }`). */
function restBody(r: Swagger2Reader, g: Group): { name: string; required: boolean }[] | undefined {
  const b = g.rest && parametersOf(g.rest.op).find((d) => d.in === 'body');
  const ref = b && isSchema(b.schema) ? refOf(b.schema) : undefined;
  const def = ref !== undefined ? r.schemaOf(ref) : undefined;
  if (!def || !isSchema(def.schema.properties)) return undefined;
  return propertiesOf(def.schema, def.pointer, r).map((p) => ({ name: p.name, required: p.required }));
}

function readResult(r: Swagger2Reader, api: PathOp): { type: string; desc?: string } | undefined {
  const responses = isSchema(api.op.responses) ? api.op.responses : {};
  for (const [status, resp] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status) || !isSchema(resp) || !isSchema(resp.schema)) continue;
    const desc = str(resp.description);
    return {
      type: schemaType(resp.schema, { desc, pointer: `${api.pointer}${ptr('responses', status, 'schema')}` }, r),
      desc,
    };
  }
  return undefined;
}

/** Error ids of the responses (one per HTTP status in 7.x files). */
function readErrors(r: Swagger2Reader, at: PathOp): string[] {
  const out: string[] = [];
  const responses = isSchema(at.op.responses) ? at.op.responses : {};
  for (const [status, resp] of Object.entries(responses)) {
    if (!/^[45]\d\d$/.test(status) || !isSchema(resp) || !isSchema(resp.schema)) continue;
    const pointer = `${at.pointer}${ptr('responses', status, 'schema')}`;
    let ref = refOf(resp.schema);
    let name = ref !== undefined ? r.defName(ref) : undefined;
    const wrapper = name !== undefined ? r.defs[name] : undefined;
    if (
      name !== undefined &&
      isRestWrapper(name, wrapper) &&
      isSchema(wrapper) &&
      isSchema(wrapper.properties) &&
      isSchema(wrapper.properties.value)
    ) {
      ref = refOf(wrapper.properties.value);
      name = ref !== undefined ? r.defName(ref) : undefined;
    }
    const id = name !== undefined ? r.names.canonical(name) : undefined;
    if (!id || !id.startsWith(`${STD_ERRORS}.`)) {
      r.log.warn(
        'error-schema',
        `status ${status} names ${id ?? 'no definition'}, not a standard error; skipped`,
        pointer,
      );
      continue;
    }
    r.ensure(id, name!);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

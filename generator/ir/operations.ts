// The IR of one operation: its parameters (and where each travels), result, errors, privileges,
// HTTP bindings and task form, every name left for naming.ts to decide.
import { docOf } from '../model/doc.js';
import { byId } from '../model/order.js';
import { pathParams } from '../model/paths.js';
import { unwrapOptional, type VapiType } from '../model/types.js';
import type { SpecOperation } from '../spec/model.js';
import type { IrBinding, IrErrorType, IrOperation } from './model.js';

export function operationOf(
  service: string,
  op: SpecOperation,
  typeOf: (n: object) => VapiType,
  errorIdOf: (e: object) => string,
  errorById: Map<string, IrErrorType>,
): IrOperation {
  const api = op.http.api;
  // In the path when every binding's path names it; one that only one binding's path names travels
  // in the other's body or query (iso image mount: /rest `id:{library_item}`, /api the body).
  const restPath = op.http.rest ? pathParams(op.http.rest.path) : undefined;
  const inPath = new Set(pathParams(api.path).filter((n) => !restPath || restPath.includes(n)));
  const hasBody = api.method !== 'GET' && api.method !== 'DELETE';
  const http: IrOperation['http'] = {
    api: {
      method: api.method,
      path: api.path,
      ...(api.body !== undefined ? { body: api.body } : {}),
      ...(api.form ? { form: true } : {}),
    },
    rest: op.http.rest ? { method: op.http.rest.method, path: op.http.rest.path } : null,
  };
  return {
    id: `${service}.${op.name}`,
    service,
    name: op.name,
    method: '',
    ...docOf(op),
    params: op.params.map((p) => {
      const { type, optional } = unwrapOptional(typeOf(p));
      const where = p.in ?? (inPath.has(p.name) ? 'path' : hasBody ? 'body' : 'query');
      return { name: p.name, tsName: '', type, optional, in: where, ...docOf(p) };
    }),
    ...(op.result ? { result: typeOf(op.result) } : {}),
    ...(op.result?.description ? { resultDescription: op.result.description } : {}),
    errors: op.errors
      .map((e) => {
        const id = errorIdOf(e);
        return {
          id,
          errorType: errorById.get(id)!.errorType,
          ...(e.when ? { when: e.when } : {}),
          ...(e.data ? { data: unwrapOptional(typeOf(e)).type } : {}),
        };
      })
      .sort(byId),
    privileges: op.privileges.map((p) => ({
      ...(p.param !== undefined ? { param: p.param } : {}),
      ...(p.resource !== undefined ? { resource: p.resource } : {}),
      require: [...p.require],
    })),
    http,
    ...(op.task
      ? {
          task: {
            mode: op.task.mode,
            http: { api: taskBinding(http.api), rest: http.rest && taskBinding(http.rest) },
            method: '',
            functionName: '',
          },
        }
      : {}),
    errorTypeName: '',
    functionName: '',
    constName: '',
    operationId: { api: '' },
  };
}

/** A binding's task form: `vmw-task=true` added to its query (as VMware's files write it). */
export function taskBinding(b: IrBinding): IrBinding {
  return { ...b, path: `${b.path}${b.path.includes('?') ? '&' : '?'}vmw-task=true` };
}

// The parts of reading an operation that both readers share: prose facts, result, bindings.
import type { DraftOperation, DraftParam, ImportLog } from '../shared/draft.js';
import { pascalToSnake } from '../shared/names.js';
import { deprecationOf, privilegesOf, saysMayBeUnset, sinceOf } from '../prose/facts.js';
import { optional } from './types.js';
import type { BindingDoc } from '../shared/unit-doc.js';

/**
 * The name of a parameter sent as the whole body when the file does not say it. `known` comes from
 * a twin (the /rest wrapper) or a spec to compare with; otherwise `spec`, with a warning.
 */
export function bodyNameGuess(known: string | undefined, log: ImportLog, pointer: string, fallback = 'spec'): string {
  if (known) return known;
  log.warn(
    'body-name',
    `the file does not name the parameter sent as the body; named '${fallback}'`,
    pointer,
    'rename it in an overlay (params: { <name>: { rename: … } }) or import with --compare <spec dir>',
  );
  return fallback;
}

export interface OpSource {
  service: string;
  name: string;
  /** Summary and description of the /api operation (prose facts). */
  text: string;
  /** The /api operation itself says deprecated (not the /rest twin). */
  apiDeprecated: boolean;
  method: string;
  path: string;
  body?: string;
  /** The body is sent form-encoded (`application/x-www-form-urlencoded`): its structure's fields as form fields. */
  form?: boolean;
  /** null: no /rest twin; undefined: the file has no /rest family. */
  rest?: BindingDoc | null;
  pointer: string;
}

export function finishOperation(
  src: OpSource,
  params: DraftParam[],
  result: { type: string; desc?: string } | undefined,
  errors: string[],
  log: ImportLog,
): DraftOperation {
  const api: BindingDoc = { method: src.method, path: src.path };
  if (src.body !== undefined) api.body = src.body;
  if (src.form) api.form = true;
  const op: DraftOperation = {
    service: src.service,
    name: src.name,
    params,
    errors: [...new Set(errors)],
    privileges: [],
    http: src.rest === undefined ? { api } : { api, rest: src.rest },
    pointer: src.pointer,
  };
  if (result) op.result = saysMayBeUnset(result.desc) ? optional(result.type) : result.type;
  const since = sinceOf(src.text);
  if (since) op.since = since;
  const dep = src.apiDeprecated ? true : deprecationOf(src.text);
  if (dep) op.deprecated = dep;
  const prose = privilegesOf(src.text);
  for (const line of prose.unparsed)
    log.warn(
      'privilege-prose',
      `privilege line not understood: "${line.slice(0, 80)}"`,
      src.pointer,
      'state the privileges in an overlay',
    );
  const names = new Set(params.map((p) => p.name));
  for (const p of prose.privileges) {
    // The prose may spell the parameter in camelCase (resourcePool for resource_pool).
    if (p.param !== undefined && !names.has(p.param) && names.has(pascalToSnake(p.param)))
      p.param = pascalToSnake(p.param);
    if (p.param !== undefined && !names.has(p.param)) {
      log.warn(
        'privilege-param',
        `privileges name parameter '${p.param}', which the operation does not have; kept without the parameter`,
        src.pointer,
      );
      delete p.param;
    }
    op.privileges.push(p);
  }
  return op;
}

/**
 * A path parameter the prose leaves untyped takes the resource type that other operations state
 * for the same resource: the same parameter at the end of the same path (`vm` of
 * `/vcenter/vm/{vm}/compute/policies/{policy}`, as `/vcenter/vm/{vm}/hardware` types it), when
 * they agree; with a warning. A parameter of the same name on another path is another resource
 * (`policy` of compute policies is no storage policy, `name` of a guest environment variable no
 * customization spec), so the name alone decides nothing.
 */
export function inferPathIds(ops: DraftOperation[], log: ImportLog): void {
  const known = new Map<string, Set<string>>();
  /** The path through `{name}`, without the query: the resource the parameter names. */
  const resource = (op: DraftOperation, name: string): string | undefined => {
    const path = op.http.api.path.replace(/\?.*$/, '');
    const at = path.indexOf(`/{${name}}`);
    if (at < 0) return undefined;
    const end = at + name.length + 3;
    return end === path.length || path[end] === '/' ? path.slice(0, end) : undefined;
  };
  for (const op of ops) {
    for (const p of op.params) {
      const key = resource(op, p.name);
      if (key !== undefined && p.type.startsWith('id:')) known.set(key, (known.get(key) ?? new Set()).add(p.type));
    }
  }
  for (const op of ops) {
    for (const p of op.params) {
      const key = resource(op, p.name);
      const types = key === undefined ? undefined : known.get(key);
      if (p.type !== 'string' || !types || types.size !== 1) continue;
      p.type = [...types][0]!;
      log.warn(
        'resource-type-inferred',
        `path parameter '${p.name}' has no resource type in the prose; typed ${p.type} as the other operations on ${key} type it`,
        p.pointer,
        'confirm or change it in an overlay (params: { <name>: { type: … } })',
      );
    }
  }
}

/** Responses other than 2xx (result) and 4xx/5xx (errors) are not read: say so. */
export function checkStatuses(responses: unknown, pointer: string, log: ImportLog): void {
  if (typeof responses !== 'object' || responses === null) return;
  for (const status of Object.keys(responses)) {
    if (!/^[245]\d\d$/.test(status))
      log.warn(
        'unsupported-response',
        `response '${status}' is not read (only 2xx results and 4xx/5xx errors are)`,
        `${pointer}/responses/${status}`,
      );
  }
}

/**
 * The task form of an operation, as VMware's files write it: operationId `<name>$task` (9.x:
 * `$Task`) and `vmw-task=true` in the query. Gives the plain operation's name and path, or
 * undefined when it is not a task form.
 */
export function taskVariant(name: string, path: string): { name: string; path: string } | undefined {
  const named = /\$task$/i.test(name);
  if (!named && !/[?&]vmw-task=true(&|$)/.test(path)) return undefined;
  return { name: named ? name.replace(/\$task$/i, '') : name, path: plainPath(path) };
}

/** A path without `vmw-task=true` (the task form's path is the plain one with it added to the query). */
export function plainPath(path: string): string {
  return path
    .replace(/([?&])vmw-task=true(&|$)/, (_, sep: string, after: string) => (after ? sep : ''))
    .replace(/[?&]$/, '');
}

/**
 * Joins task forms to their operations: a plain operation with a task form gets `task: both` (the
 * task form's binding is derived from it, spec/README.md); a task form without one is the operation
 * itself, `task: only`, with the plain bindings (its result, the task's id, is not the operation's).
 * `tasks`: the task forms read, named and pathed as plain operations.
 */
export function joinTasks(ops: DraftOperation[], tasks: DraftOperation[], log: ImportLog): DraftOperation[] {
  const out = [...ops];
  for (const t of tasks) {
    const plain = ops.find((o) => o.service === t.service && o.name === t.name);
    if (plain) {
      const same = plain.http.api.path === t.http.api.path && plain.http.api.method === t.http.api.method;
      if (!same)
        log.warn(
          'task-binding',
          `the task form of ${t.service}.${t.name} is not the plain binding with vmw-task=true (${t.http.api.method} ${t.http.api.path}); imported as the plain operation's task form anyway`,
          t.pointer,
        );
      plain.task = 'both';
      continue;
    }
    delete t.result;
    t.task = 'only';
    log.notes.push(`${t.service}.${t.name} exists only as a task: imported with task: only`);
    out.push(t);
  }
  return out;
}

// The parts of reading an operation that both readers share: prose facts, result, bindings.
import { pathParams } from '../../model/paths.js';
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
 * A path parameter the prose leaves untyped (`vm` of compute.policies get) takes the resource type
 * that every other imported operation states for a path parameter of that name; with a warning.
 */
export function inferPathIds(ops: DraftOperation[], log: ImportLog): void {
  const known = new Map<string, Set<string>>();
  const inPath = (op: DraftOperation, name: string): boolean => pathParams(op.http.api.path).includes(name);
  for (const op of ops) {
    for (const p of op.params)
      if (p.type.startsWith('id:') && inPath(op, p.name))
        known.set(p.name, (known.get(p.name) ?? new Set()).add(p.type));
  }
  for (const op of ops) {
    for (const p of op.params) {
      const types = known.get(p.name);
      if (p.type !== 'string' || !inPath(op, p.name) || !types || types.size !== 1) continue;
      p.type = [...types][0]!;
      log.warn(
        'resource-type-inferred',
        `path parameter '${p.name}' has no resource type in the prose; typed ${p.type} as in every other operation`,
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

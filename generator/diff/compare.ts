// Compares two API surfaces: services, operations and error types here, structures and enums in
// compare-types.ts. Produces findings; classify.ts decides what they mean for a client.
import { classify, MEMBER_ORDER, type Change, type EntityKind, type Finding } from './classify.js';
import { compareEnums, compareStructures, docChanges } from './compare-types.js';
import { byCode } from '../model/order.js';
import { common, missingFrom } from './keys.js';
import type { Surface, SurfaceBinding, SurfaceOperation } from './surface.js';

const KIND_ORDER: Record<EntityKind, number> = { api: 0, service: 1, operation: 2, structure: 3, enum: 4, error: 5 };
const CLASS_ORDER = { breaking: 0, deprecation: 1, 'non-breaking': 2 } as const;

/** Every change from `old` to `cur`, classified, in a stable order (class, kind, id, member kind, member, rule). */
export function compareSurfaces(old: Surface, cur: Surface): Change[] {
  const findings: Finding[] = [];
  const push = (f: Finding): void => void findings.push(f);
  compareServices(old, cur, push);
  compareOperations(old, cur, push);
  compareStructures(old, cur, push);
  compareEnums(old, cur, push);
  compareErrorTypes(old, cur, push);
  return findings
    .map(classify)
    .sort(
      (a, b) =>
        CLASS_ORDER[a.class] - CLASS_ORDER[b.class] ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        byCode(a.id, b.id) ||
        (a.memberKind ? MEMBER_ORDER[a.memberKind] : 0) - (b.memberKind ? MEMBER_ORDER[b.memberKind] : 0) ||
        byCode(a.member ?? '', b.member ?? '') ||
        byCode(a.rule, b.rule) ||
        byCode(a.after ?? '', b.after ?? ''),
    );
}

function opsOf(s: Surface, service: string): string[] {
  return [...s.operations.values()]
    .filter((o) => o.service === service)
    .map((o) => o.name)
    .sort(byCode);
}

function compareServices(old: Surface, cur: Surface, push: (f: Finding) => void): void {
  const describe = (s: Surface, id: string): string => {
    const ops = opsOf(s, id);
    return `(\`client.${s.services.get(id)!.accessor}\`)${ops.length ? ` with ${ops.join(', ')}` : ''}`;
  };
  for (const id of missingFrom(cur.services, old.services))
    push({ rule: 'service-added', kind: 'service', id, detail: describe(cur, id) });
  for (const id of missingFrom(old.services, cur.services))
    push({ rule: 'service-removed', kind: 'service', id, detail: describe(old, id) });
  for (const id of common(old.services, cur.services)) {
    const [a, b] = [old.services.get(id)!.accessor, cur.services.get(id)!.accessor];
    if (a !== b)
      push({ rule: 'service-accessor-changed', kind: 'service', id, before: `client.${a}`, after: `client.${b}` });
  }
}

function compareOperations(old: Surface, cur: Surface, push: (f: Finding) => void): void {
  // The operations of an added or removed service are part of that service's entry.
  const whole = (s: Surface, o: SurfaceOperation, other: Surface): boolean =>
    s.services.has(o.service) && !other.services.has(o.service);
  const call = (s: Surface, o: SurfaceOperation): string =>
    `(\`client.${s.services.get(o.service)?.accessor ?? o.service}.${o.method}\`)`;
  for (const id of missingFrom(cur.operations, old.operations)) {
    const o = cur.operations.get(id)!;
    if (!whole(cur, o, old)) push({ rule: 'operation-added', kind: 'operation', id, detail: call(cur, o) });
  }
  for (const id of missingFrom(old.operations, cur.operations)) {
    const o = old.operations.get(id)!;
    if (!whole(old, o, cur)) push({ rule: 'operation-removed', kind: 'operation', id, detail: call(old, o) });
  }
  const restDropped: string[] = [];
  for (const id of common(old.operations, cur.operations))
    compareOperation(old.operations.get(id)!, cur.operations.get(id)!, push, restDropped);
  if (restDropped.length) {
    const all = restDropped.length === [...old.operations.values()].filter((o) => o.http.rest).length;
    push({
      rule: 'rest-bindings-dropped',
      kind: 'api',
      id: cur.root || old.root,
      memberKind: 'binding',
      member: 'rest',
      ids: restDropped,
      detail: all
        ? `${restDropped.length === 2 ? 'both' : `all ${restDropped.length}`} operations that had one`
        : restDropped.length === 1
          ? `\`${restDropped[0]}\``
          : `${restDropped.length} operations`,
    });
  }
}

/**
 * Parameters renamed in place: at the same position, with the same type, optionality and place,
 * where neither name is a parameter on the other side. Old name → new name.
 */
function renamedParams(a: SurfaceOperation, b: SurfaceOperation): Map<string, string> {
  const out = new Map<string, string>();
  const namesA = new Set(a.params.map((p) => p.name));
  const namesB = new Set(b.params.map((p) => p.name));
  a.params.forEach((x, i) => {
    const y = b.params[i];
    if (!y || x.name === y.name || namesB.has(x.name) || namesA.has(y.name)) return;
    if (x.type === y.type && x.optional === y.optional && x.in === y.in) out.set(x.name, y.name);
  });
  return out;
}

const bindingText = (b: SurfaceBinding | null): string | undefined =>
  b ? `${b.method} ${b.path}${b.body ? ` (body: ${b.body})` : ''}` : undefined;

function compareOperation(
  a: SurfaceOperation,
  b: SurfaceOperation,
  push: (f: Finding) => void,
  restDropped: string[],
): void {
  const at = (f: Omit<Finding, 'kind' | 'id'>): void => push({ kind: 'operation', id: a.id, ...f });
  if (a.method !== b.method) at({ rule: 'method-changed', memberKind: 'name', before: a.method, after: b.method });
  // Parameters are positional in the client: any addition, removal or move shifts callers' arguments.
  // A parameter renamed in place (same position, type, optionality and place on the wire) shifts
  // nothing: it is compared under its old name.
  const renamed = renamedParams(a, b);
  for (const [from, to] of renamed)
    at({
      rule: 'param-renamed',
      memberKind: 'param',
      member: from,
      before: from,
      after: to,
      detail: b.params.find((p) => p.name === to)!.in,
    });
  const params = b.params.map((p) => {
    const from = [...renamed].find(([, to]) => to === p.name)?.[0];
    return from ? { ...p, name: from } : p;
  });
  const pa = new Map(a.params.map((p) => [p.name, p]));
  const pb = new Map(params.map((p) => [p.name, p]));
  for (const p of params)
    if (!pa.has(p.name))
      at({
        rule: 'param-added',
        memberKind: 'param',
        member: p.name,
        after: `${p.type}${p.optional ? ', optional' : ''}`,
      });
  for (const p of a.params)
    if (!pb.has(p.name)) at({ rule: 'param-removed', memberKind: 'param', member: p.name, before: p.type });
  const keptA = a.params.filter((p) => pb.has(p.name)).map((p) => p.name);
  const keptB = params.filter((p) => pa.has(p.name)).map((p) => p.name);
  if (keptA.join() !== keptB.join())
    at({ rule: 'params-reordered', memberKind: 'param', before: keptA.join(', '), after: keptB.join(', ') });
  for (const name of keptA) {
    const [x, y] = [pa.get(name)!, pb.get(name)!];
    if (x.type !== y.type)
      at({ rule: 'param-type-changed', memberKind: 'param', member: name, before: x.type, after: y.type });
    if (x.optional && !y.optional) at({ rule: 'param-required', memberKind: 'param', member: name });
    if (!x.optional && y.optional) at({ rule: 'param-optional', memberKind: 'param', member: name });
    if (x.in !== y.in)
      at({ rule: 'param-location-changed', memberKind: 'param', member: name, before: x.in, after: y.in });
  }
  if (a.result !== b.result) {
    if (a.result === null) at({ rule: 'result-added', memberKind: 'result', after: b.result! });
    else if (b.result === null) at({ rule: 'result-removed', memberKind: 'result', before: a.result });
    else if (a.result === `optional<${b.result}>`)
      at({ rule: 'result-always-set', memberKind: 'result', before: a.result, after: b.result });
    else at({ rule: 'result-type-changed', memberKind: 'result', before: a.result, after: b.result });
  }
  const ea = new Set(a.errors);
  const eb = new Set(b.errors);
  for (const e of b.errors) if (!ea.has(e)) at({ rule: 'error-added', memberKind: 'error', member: e });
  for (const e of a.errors) if (!eb.has(e)) at({ rule: 'error-removed', memberKind: 'error', member: e });
  for (const e of b.errors) {
    if (!ea.has(e)) continue;
    const [x, y] = [a.errorData[e], b.errorData[e]];
    if (x === y) continue;
    if (x === undefined) at({ rule: 'error-data-added', memberKind: 'error', member: e, after: y });
    else
      at({
        rule: 'error-data-changed',
        memberKind: 'error',
        member: e,
        before: x,
        ...(y !== undefined ? { after: y } : {}),
      });
  }
  if (a.task !== b.task)
    at({
      rule: 'task-changed',
      memberKind: 'binding',
      member: 'task',
      ...(a.task ? { before: a.task } : {}),
      ...(b.task ? { after: b.task } : {}),
    });
  // The old bindings with renamed parameters under their new names: a placeholder is no wire name.
  const renamedIn = (t: string | undefined): string | undefined =>
    t &&
    [...renamed].reduce(
      (acc, [from, to]) => acc.replaceAll(`{${from}}`, `{${to}}`).replace(`(body: ${from})`, `(body: ${to})`),
      t,
    );
  for (const style of ['api', 'rest'] as const) {
    const [x, y] = [renamedIn(bindingText(a.http[style])), bindingText(b.http[style])];
    if (x === y) continue;
    // An operation that loses its /rest path: one entry for all of them (compareOperations).
    if (style === 'rest' && x !== undefined && y === undefined) {
      restDropped.push(a.id);
      continue;
    }
    if (x === undefined) at({ rule: 'binding-added', memberKind: 'binding', member: style, after: y! });
    else
      at({
        rule: 'binding-changed',
        memberKind: 'binding',
        member: style,
        before: x,
        ...(y !== undefined ? { after: y } : {}),
      });
  }
  const [pra, prb] = [a.privileges.join('; '), b.privileges.join('; ')];
  if (pra !== prb) at({ rule: 'privileges-changed', memberKind: 'privileges', before: pra, after: prb });
  docChanges(push, { kind: 'operation', id: a.id }, a, b);
}

function compareErrorTypes(old: Surface, cur: Surface, push: (f: Finding) => void): void {
  const name = (s: Surface, id: string): string => `(\`${s.errors.get(id)!.name}\`)`;
  for (const id of missingFrom(cur.errors, old.errors))
    push({ rule: 'error-type-added', kind: 'error', id, detail: name(cur, id) });
  for (const id of missingFrom(old.errors, cur.errors))
    push({ rule: 'error-type-removed', kind: 'error', id, detail: name(old, id) });
  for (const id of common(old.errors, cur.errors)) {
    const [a, b] = [old.errors.get(id)!, cur.errors.get(id)!];
    if (a.type !== b.type)
      push({
        rule: 'error-type-changed',
        kind: 'error',
        id,
        memberKind: 'name',
        member: 'type',
        before: a.type,
        after: b.type,
      });
    if (a.name !== b.name)
      push({
        rule: 'error-type-changed',
        kind: 'error',
        id,
        memberKind: 'name',
        member: 'class',
        before: a.name,
        after: b.name,
      });
  }
}

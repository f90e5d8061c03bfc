// How each change between two API surfaces affects code written against the generated client.
// compare.ts reports findings (what changed, with the facts the class depends on); this table
// decides the class and the semver level; the policy is documented in generator/diff/README.md.
import type { Direction } from './surface.js';

/** `api`: the API as a whole (one entry for what many operations share). */
export type EntityKind = 'api' | 'service' | 'operation' | 'structure' | 'enum' | 'error';
export type MemberKind =
  'name' | 'param' | 'result' | 'error' | 'binding' | 'privileges' | 'field' | 'union' | 'case' | 'value';

/** Order of a declaration's changes in reports: the declaration itself first, then by member kind. */
export const MEMBER_ORDER: Record<MemberKind, number> = {
  name: 1,
  param: 2,
  result: 3,
  error: 4,
  binding: 5,
  privileges: 6,
  field: 7,
  union: 8,
  case: 9,
  value: 10,
};
export type ChangeClass = 'breaking' | 'deprecation' | 'non-breaking';
export type Bump = 'major' | 'minor' | 'patch';
export type Action = 'added' | 'removed' | 'changed';

/** One difference, before classification. */
export interface Finding {
  rule: RuleId;
  kind: EntityKind;
  id: string;
  memberKind?: MemberKind;
  member?: string;
  before?: string;
  after?: string;
  /** How code written for the old surface can use the type (structures and enums). */
  use?: Direction;
  /** More words for the message, e.g. the operations of an added service. */
  detail?: string;
  /** The declarations an entry of the API as a whole is about (e.g. the operations that lost /rest). */
  ids?: string[];
}

export interface Change extends Omit<Finding, 'use'> {
  class: ChangeClass;
  action: Action;
  message: string;
}

interface Rule {
  action: Action;
  /** The class, or a function of the finding for rules that depend on how the type is used. */
  class: ChangeClass | ((f: Finding) => ChangeClass);
  /** semver level of a non-breaking change: minor for what adds to the API, patch otherwise. */
  level?: 'minor' | 'patch';
  text: (f: Finding) => string;
}

/** In code font; manifest type strings lose their `ref:` / `enum:` markers (JSON keeps them). */
const code = (s: string | undefined): string => `\`${(s ?? '').replace(/\b(?:ref|enum):/g, '')}\``;
const was = (f: Finding): string => `${code(f.before)} → ${code(f.after)}`;
const more = (f: Finding): string => (f.detail ? ` ${f.detail}` : '');
const inputUse = (f: Finding): ChangeClass => (f.use?.input ? 'breaking' : 'non-breaking');
const outputUse = (f: Finding): ChangeClass => (f.use?.output ? 'breaking' : 'non-breaking');

export const RULES = {
  'service-added': { action: 'added', class: 'non-breaking', level: 'minor', text: (f) => `service added${more(f)}` },
  'service-removed': { action: 'removed', class: 'breaking', text: (f) => `service removed${more(f)}` },
  'service-accessor-changed': { action: 'changed', class: 'breaking', text: (f) => `client accessor ${was(f)}` },
  'operation-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `operation added${more(f)}`,
  },
  'operation-removed': { action: 'removed', class: 'breaking', text: (f) => `operation removed${more(f)}` },
  'method-changed': { action: 'changed', class: 'breaking', text: (f) => `client method ${was(f)}` },
  'param-added': {
    action: 'added',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} added (${f.after}); positional parameters shift`,
  },
  'param-removed': { action: 'removed', class: 'breaking', text: (f) => `parameter ${code(f.member)} removed` },
  'param-renamed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) =>
      `parameter ${code(f.before)} renamed ${code(f.after)}: same position and type, so positional calls are unaffected${
        f.detail === 'path' ? '' : ` (it travels as ${code(f.after)} in the ${f.detail} now)`
      }`,
  },
  'params-reordered': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameters reordered: ${f.before} → ${f.after}`,
  },
  'param-required': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} is now required`,
  },
  'param-optional': {
    action: 'changed',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `parameter ${code(f.member)} is now optional`,
  },
  'param-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)}: type ${was(f)}`,
  },
  'result-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `now returns ${code(f.after)}`,
  },
  'result-removed': {
    action: 'removed',
    class: 'breaking',
    text: (f) => `no longer returns a result (was ${code(f.before)})`,
  },
  'result-type-changed': { action: 'changed', class: 'breaking', text: (f) => `result type ${was(f)}` },
  'result-always-set': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `result is always set now: ${was(f)}`,
  },
  'error-added': { action: 'added', class: 'breaking', text: (f) => `may now raise ${code(f.member)}` },
  'error-removed': {
    action: 'removed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `no longer raises ${code(f.member)}`,
  },
  'error-data-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `${code(f.member)} now carries data ${code(f.after)}`,
  },
  'error-data-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `data of ${code(f.member)}: ${f.before ? code(f.before) : 'untyped'} → ${f.after ? code(f.after) : 'untyped'}`,
  },
  'binding-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `now available on the ${f.member} style: ${code(f.after)}`,
  },
  'binding-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `HTTP binding (${f.member}) ${f.before ? code(f.before) : 'none'} → ${f.after ? code(f.after) : 'none'}`,
  },
  'rest-bindings-dropped': {
    action: 'removed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) =>
      `${f.detail} no longer ${f.ids!.length === 1 ? 'has' : 'have'} a \`/rest\` path: a client created with \`style: rest\` calls ${f.ids!.length === 1 ? 'it' : 'them'} on ${f.ids!.length === 1 ? 'its' : 'their'} \`/api\` path${f.ids!.length === 1 ? '' : 's'}, which every vCenter since 7.0U2 (API 7.0.2) serves; only older servers, which have no \`/api\`, cannot answer. Clients on the default \`/api\` style are unaffected`,
  },
  'task-changed': {
    action: 'changed',
    // The method of a task-only operation returns the task's id, of the others the result.
    class: (f) => (f.before === 'only' || f.after === 'only' ? 'breaking' : 'non-breaking'),
    level: 'minor',
    text: (f) =>
      `runs as a task: ${f.before ?? 'no'} → ${f.after ?? 'no'}${
        f.after === 'only'
          ? ' (the method now starts a task and returns its id)'
          : f.before === 'only'
            ? ' (the method now returns the result, no longer a task id)'
            : ''
      }`,
  },
  'param-location-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} travels in ${f.before} → ${f.after}`,
  },
  'privileges-changed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `required privileges ${f.before || 'none'} → ${f.after || 'none'}`,
  },
  'structure-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `structure added${more(f)}`,
  },
  'structure-removed': { action: 'removed', class: 'breaking', text: (f) => `structure removed${more(f)}` },
  'type-name-changed': { action: 'changed', class: 'breaking', text: (f) => `exported TypeScript name ${was(f)}` },
  'field-added': {
    action: 'added',
    class: (f) => (f.after === 'required' ? inputUse(f) : 'non-breaking'),
    level: 'minor',
    text: (f) => `field ${code(f.member)} added (${f.after}${f.detail ? `, ${f.detail}` : ''})`,
  },
  'field-removed': { action: 'removed', class: 'breaking', text: (f) => `field ${code(f.member)} removed` },
  'field-renamed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `field ${code(f.before)} renamed ${code(f.after)}: only the case differs, but it is another key on the wire and another property in TypeScript`,
  },
  'field-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `field ${code(f.member)}: type ${was(f)}`,
  },
  'field-required': {
    action: 'changed',
    class: inputUse,
    level: 'patch',
    text: (f) => `field ${code(f.member)} is now required`,
  },
  'field-optional': {
    action: 'changed',
    class: outputUse,
    level: 'minor',
    text: (f) => `field ${code(f.member)} is now optional`,
  },
  'union-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `tagged union ${f.before ? `on ${code(f.before)}` : 'none'} → ${f.after ? `on ${code(f.after)}` : 'none'}`,
  },
  'case-field-dropped': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `case ${code(f.member)} no longer has field ${code(f.before)}`,
  },
  'case-field-required': {
    action: 'changed',
    class: inputUse,
    level: 'patch',
    text: (f) => `case ${code(f.member)} now requires field ${code(f.after)}`,
  },
  'case-field-optional': {
    action: 'changed',
    class: outputUse,
    level: 'minor',
    text: (f) => `case ${code(f.member)} no longer requires field ${code(f.after)}`,
  },
  'case-field-allowed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `case ${code(f.member)} now allows field ${code(f.after)}`,
  },
  'enum-added': { action: 'added', class: 'non-breaking', level: 'minor', text: (f) => `enum added${more(f)}` },
  'enum-removed': { action: 'removed', class: 'breaking', text: (f) => `enum removed${more(f)}` },
  'value-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `value ${code(f.member)} added`,
  },
  'value-removed': { action: 'removed', class: 'breaking', text: (f) => `value ${code(f.member)} removed` },
  'error-type-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `error type added${more(f)}`,
  },
  'error-type-removed': { action: 'removed', class: 'breaking', text: (f) => `error type removed${more(f)}` },
  'error-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `${f.member === 'type' ? 'wire type' : 'exported class'} ${was(f)}`,
  },
  deprecated: {
    action: 'changed',
    class: 'deprecation',
    text: (f) => `${f.member ? `${f.memberKind} ${code(f.member)} ` : ''}deprecated${f.detail ? ` (${f.detail})` : ''}`,
  },
  undeprecated: {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `${f.member ? `${f.memberKind} ${code(f.member)} ` : ''}no longer deprecated`,
  },
  'since-changed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) =>
      `${f.member ? `${f.memberKind} ${code(f.member)}: ` : ''}since ${f.before ?? 'unknown'} → ${f.after ?? 'unknown'}`,
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function classify(f: Finding): Change {
  const rule: Rule = RULES[f.rule];
  const cls = typeof rule.class === 'function' ? rule.class(f) : rule.class;
  const { use: _use, ...rest } = f;
  return { ...rest, class: cls, action: rule.action, message: rule.text(f) };
}

/** The semver level of one change. */
export function bumpOf(c: Change): Bump {
  if (c.class === 'breaking') return 'major';
  if (c.class === 'deprecation') return 'minor';
  return (RULES[c.rule] as Rule).level ?? 'patch';
}

export interface Semver {
  /** The level the changes call for; `none` when there are none. */
  bump: Bump | 'none';
  /** The old package version and the suggested next one, when the old version is known. */
  from?: string;
  to?: string;
}

const ORDER: Record<Bump, number> = { major: 3, minor: 2, patch: 1 };

/**
 * The suggested next version. In 0.x (`0.y.z`) the public API is not stable and npm's caret ranges
 * treat the minor as the major: a breaking change bumps the minor, anything else the patch.
 */
export function semverOf(changes: Change[], from?: string): Semver {
  let bump: Bump | 'none' = 'none';
  for (const c of changes) {
    const b = bumpOf(c);
    if (bump === 'none' || ORDER[b] > ORDER[bump]) bump = b;
  }
  const m = from?.match(/^(\d+)\.(\d+)\.(\d+)/);
  if (!m || bump === 'none') return from && m ? { bump, from, to: `${m[1]}.${m[2]}.${m[3]}` } : { bump };
  let [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const level = major === 0 ? (bump === 'major' ? 'minor' : 'patch') : bump;
  if (level === 'major') [major, minor, patch] = [major + 1, 0, 0];
  else if (level === 'minor') [minor, patch] = [minor + 1, 0];
  else patch++;
  return { bump, from: from!, to: `${major}.${minor}.${patch}` };
}

// How each change between two API surfaces affects code written against the generated client.
// compare.ts reports findings (what changed, with the facts the class depends on); this table
// decides the class and the semver level (its rules by kind in classify-operations.ts and
// classify-types.ts); the policy is documented in generator/diff/README.md.
import { OPERATION_RULES } from './classify-operations.js';
import { TYPE_RULES } from './classify-types.js';
import { code, type Action, type ChangeClass, type FindingOf, type MemberKind, type Rule } from './rule.js';

export type { Action, ChangeClass, EntityKind, MemberKind } from './rule.js';

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
export type Bump = 'major' | 'minor' | 'patch';

/** One difference, before classification. */
export type Finding = FindingOf<RuleId>;

export interface Change extends Omit<Finding, 'use'> {
  class: ChangeClass;
  action: Action;
  message: string;
}

export const RULES = {
  ...OPERATION_RULES,
  ...TYPE_RULES,
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

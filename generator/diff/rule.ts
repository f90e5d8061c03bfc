// One classification rule: the class, action and semver level of one kind of finding, and its
// message. The rules themselves are in classify-operations.ts and classify-types.ts (and the
// lifecycle rules in classify.ts, which assembles the table).
import type { Direction } from './surface.js';

/** `api`: the API as a whole (one entry for what many operations share). */
export type EntityKind = 'api' | 'service' | 'operation' | 'structure' | 'enum' | 'error';
export type MemberKind =
  'name' | 'param' | 'result' | 'error' | 'binding' | 'privileges' | 'field' | 'union' | 'case' | 'value';
export type ChangeClass = 'breaking' | 'deprecation' | 'non-breaking';
export type Action = 'added' | 'removed' | 'changed';

/** One difference, before classification, found by rule `R`. */
export interface FindingOf<R extends string> {
  rule: R;
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

export interface Rule {
  action: Action;
  /** The class, or a function of the finding for rules that depend on how the type is used. */
  class: ChangeClass | ((f: FindingOf<string>) => ChangeClass);
  /** semver level of a non-breaking change: minor for what adds to the API, patch otherwise. */
  level?: 'minor' | 'patch';
  text: (f: FindingOf<string>) => string;
}

/** In code font; manifest type strings lose their `ref:` / `enum:` markers (JSON keeps them). */
export const code = (s: string | undefined): string => `\`${(s ?? '').replace(/\b(?:ref|enum):/g, '')}\``;
export const was = (f: FindingOf<string>): string => `${code(f.before)} → ${code(f.after)}`;
export const more = (f: FindingOf<string>): string => (f.detail ? ` ${f.detail}` : '');

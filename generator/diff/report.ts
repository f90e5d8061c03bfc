// The diff as a report: JSON (a stable, versioned shape; documented in generator/diff/README.md)
// and Markdown (a CHANGELOG section: summary, suggested version, changes grouped by class, then
// kind, then declaration). Both are pure functions of the two surfaces.
import { semverOf, type Change, type ChangeClass, type EntityKind, type Semver } from './classify.js';
import { compareSurfaces } from './compare.js';
import type { Surface } from './surface.js';

/** Bumped when the JSON shape changes incompatibly. */
export const REPORT_VERSION = 1;

export interface Side {
  apiVersion: string;
  package: string;
  packageVersion?: string;
}

export interface DiffReport {
  version: typeof REPORT_VERSION;
  old: Side;
  new: Side;
  summary: {
    total: number;
    breaking: number;
    deprecation: number;
    nonBreaking: number;
    added: number;
    removed: number;
    changed: number;
  };
  semver: Semver;
  changes: Change[];
}

const side = (s: Surface): Side => ({
  apiVersion: s.apiVersion,
  package: s.package,
  ...(s.packageVersion ? { packageVersion: s.packageVersion } : {}),
});

export function diffReport(old: Surface, cur: Surface): DiffReport {
  const changes = compareSurfaces(old, cur).map((c) => ({
    class: c.class,
    action: c.action,
    kind: c.kind,
    id: c.id,
    ...(c.memberKind ? { memberKind: c.memberKind } : {}),
    ...(c.member !== undefined ? { member: c.member } : {}),
    rule: c.rule,
    ...(c.before !== undefined ? { before: c.before } : {}),
    ...(c.after !== undefined ? { after: c.after } : {}),
    ...(c.ids ? { ids: c.ids } : {}),
    message: c.message,
  }));
  const count = (p: (c: Change) => boolean): number => changes.filter(p).length;
  return {
    version: REPORT_VERSION,
    old: side(old),
    new: side(cur),
    summary: {
      total: changes.length,
      breaking: count((c) => c.class === 'breaking'),
      deprecation: count((c) => c.class === 'deprecation'),
      nonBreaking: count((c) => c.class === 'non-breaking'),
      added: count((c) => c.action === 'added'),
      removed: count((c) => c.action === 'removed'),
      changed: count((c) => c.action === 'changed'),
    },
    semver: semverOf(changes, old.packageVersion),
    changes,
  };
}

export function reportJson(r: DiffReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

const CLASSES: [ChangeClass, string][] = [
  ['breaking', 'Breaking changes'],
  ['deprecation', 'Deprecations'],
  ['non-breaking', 'Non-breaking changes'],
];
const KINDS: [EntityKind, string][] = [
  ['api', 'The API as a whole'],
  ['service', 'Services'],
  ['operation', 'Operations'],
  ['structure', 'Structures'],
  ['enum', 'Enums'],
  ['error', 'Error types'],
];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line: counts and the suggested version. */
export function summaryLine(r: DiffReport): string {
  const s = r.summary;
  if (s.total === 0) return "No changes to the client's API.";
  const counts = `${plural(s.total, 'change')}: ${s.breaking} breaking, ${plural(s.deprecation, 'deprecation')}, ${s.nonBreaking} non-breaking (${s.added} added, ${s.removed} removed, ${s.changed} changed)`;
  return `${counts}. ${semverText(r.semver)}`;
}

function semverText(v: Semver): string {
  if (v.bump === 'none') return 'No version bump needed.';
  if (!v.from || !v.to) return `Suggested version bump: ${v.bump}.`;
  const zero = v.from.startsWith('0.') ? '; in 0.x a breaking change bumps the minor, anything else the patch' : '';
  return `Suggested version: ${v.from} → ${v.to} (${v.bump} level${zero}).`;
}

export interface MarkdownOptions {
  /** The section heading; default: `<package>: vSphere API <old> → <new>`. */
  title?: string;
  /** Heading level of the title (2: `##`); classes and kinds follow one and two levels below. */
  level?: number;
}

/** A CHANGELOG section; prettier leaves it as it is. */
export function reportMarkdown(r: DiffReport, opts: MarkdownOptions = {}): string {
  const level = opts.level ?? 2;
  const h = (n: number): string => '#'.repeat(Math.min(level + n, 6));
  const title =
    opts.title ?? `${r.new.package || r.old.package}: vSphere API ${r.old.apiVersion} → ${r.new.apiVersion}`;
  const out = [`${h(0)} ${title}`, '', summaryLine(r)];
  for (const [cls, heading] of CLASSES) {
    const ofClass = r.changes.filter((c) => c.class === cls);
    if (!ofClass.length) continue;
    out.push('', `${h(1)} ${heading} (${ofClass.length})`);
    for (const [kind, kindHeading] of KINDS) {
      const ofKind = ofClass.filter((c) => c.kind === kind);
      if (!ofKind.length) continue;
      out.push('', `${h(2)} ${kindHeading}`, '');
      // One bullet per declaration; several changes of one declaration are nested under it.
      const ids = [...new Set(ofKind.map((c) => c.id))];
      for (const id of ids) {
        const mine = ofKind.filter((c) => c.id === id);
        if (mine.length === 1) out.push(`- \`${id}\`: ${mine[0]!.message}`);
        else out.push(`- \`${id}\`:`, ...mine.map((c) => `  - ${c.message}`));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

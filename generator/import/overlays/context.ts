// What overlay rules share: the file being applied, the log, type checks, counters, and the API
// versions that decide whether a target the import lacks is an error or an expected absence.
import { isNode } from 'yaml';
import type { Loc } from '../../diagnostics.js';
import { compareVersions } from '../../model/version.js';
import { get, str, type SourceFile } from '../../spec/yaml-ast.js';
import type { ImportLog } from '../shared/draft.js';

export interface OverlayStats {
  files: number;
  /** Operation error entries the overlays added / replaced (same id). */
  errorsAdded: number;
  errorsReplaced: number;
  /** Things given a description. */
  descriptions: number;
  renames: number;
  /** Structures and enums added by `declare:`. */
  declared: number;
  /** Targets skipped because the import is older than the overlay (notes, not errors). */
  absent: number;
  /** Entries skipped because the import leaves out services the overlays curate (`--only`, `--service`). */
  outside?: number;
}

/** The checks of type expressions and error ids that overlays write (type-check.ts). */
export interface TypeChecks {
  /** The type as the importer writes it for `scope`, or undefined (reported) when it does not check. */
  checked(c: Ctx, text: string, scope: string, loc: Loc, severity?: 'error' | 'warning'): string | undefined;
  isError(id: string): boolean;
}

export interface Ctx {
  f: SourceFile;
  log: ImportLog;
  types: TypeChecks;
  stats: OverlayStats;
  /** The imported API version and the version the overlay is written for (its `apiVersion:`). */
  versions: { import?: string; overlay?: string };
  /**
   * Services the overlays curate that the import's scope leaves out (an import of part of what the
   * overlays are written for): a target it lacks may be one only they reach, so it is a note.
   */
  outside?: readonly string[];
}

/**
 * The imported version compared with the one the overlay is written for: < 0 older, > 0 newer,
 * 0 the same or unknown (an overlay without `apiVersion:` is written for every version).
 */
function versionOrder(c: Ctx): number {
  const { import: imported, overlay } = c.versions;
  return imported === undefined || overlay === undefined ? 0 : Math.sign(compareVersions(imported, overlay));
}

/** True when the overlay is written for another version than the import: targets may be missing. */
export function otherVersion(c: Ctx): boolean {
  return versionOrder(c) !== 0;
}

export function js(f: SourceFile, node: unknown): unknown {
  return isNode(node) ? node.toJS(f.doc) : node;
}

/** Copies description / since / deprecated from an overlay node. */
export function applyDocumented(c: Ctx, target: object, node: unknown): void {
  const t = target as Record<string, unknown>;
  for (const key of ['description', 'since'] as const) {
    const v = str(get(node, key));
    if (v === undefined) continue;
    if (key === 'since' && !sinceFits(c, v, c.f.locOf(get(node, key)))) continue;
    t[key] = v;
    if (key === 'description') c.stats.descriptions++;
  }
  const dep = get(node, 'deprecated');
  if (dep !== undefined) t.deprecated = js(c.f, dep);
}

/** A `since` later than the import's own version cannot be true of something the import has. */
export function sinceFits(c: Ctx, since: string, loc: Loc): boolean {
  const api = c.versions.import;
  if (api === undefined || compareVersions(since, api) <= 0) return true;
  c.log.at(
    'error',
    'overlay-since',
    `since ${since} is later than the imported API version ${api}`,
    loc,
    'the import has it, so it cannot be newer than the import: correct or remove the since',
  );
  return false;
}

/**
 * A target the import lacks. In an import of the overlay's own version it is stale curation: an
 * error. In an older import it is history (added later): a note. In a newer import it was removed
 * since, or the curation is stale: a warning (an error with --strict). The last two skip the entry.
 */
export function missing(c: Ctx, loc: Loc, what: string, fix = 'remove or update the overlay entry'): void {
  const order = versionOrder(c);
  const { import: imported, overlay } = c.versions;
  if (order === 0 && c.outside?.length) {
    c.stats.outside = (c.stats.outside ?? 0) + 1;
    c.log.note(
      'overlay-outside',
      `${what}: not in this import, which leaves out ${c.outside.length} services the overlays curate (${c.outside.slice(0, 2).join(', ')}${c.outside.length > 2 ? ', …' : ''}); skipped`,
      loc,
    );
    return;
  }
  if (order === 0) {
    c.log.at('error', 'overlay-target', `${what}, which the import does not have`, loc, fix);
    return;
  }
  c.stats.absent++;
  if (order < 0)
    c.log.note(
      'overlay-absent',
      `${what}: not in this ${imported} import (the overlay is written for ${overlay}); skipped`,
      loc,
    );
  else {
    c.log.at(
      'warning',
      'overlay-absent',
      `${what}: not in this ${imported} import, newer than the overlay (written for ${overlay}); skipped`,
      loc,
      `if ${imported} removed it, keep the entry for the older versions; else update the entry, and the overlay's apiVersion once it fits ${imported}`,
    );
  }
}

// What overlay rules share: the file being applied, the log, type checks, counters.
import { isNode } from 'yaml';
import type { Loc } from '../diagnostics.js';
import { get, str, type SourceFile } from '../spec/yaml-ast.js';
import type { ImportLog } from './draft.js';
import type { OverlayTypes } from './overlay-types.js';

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
}

export interface Ctx {
  f: SourceFile;
  log: ImportLog;
  types: OverlayTypes;
  stats: OverlayStats;
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
    t[key] = v;
    if (key === 'description') c.stats.descriptions++;
  }
  const dep = get(node, 'deprecated');
  if (dep !== undefined) t.deprecated = js(c.f, dep);
}

export function missing(c: Ctx, loc: Loc, what: string, fix = 'remove or update the overlay entry'): void {
  c.log.at('error', 'overlay-target', `${what}, which the import does not have`, loc, fix);
}

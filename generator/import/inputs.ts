// Where an import's other inputs are, when the options do not say: the overlays (beside the output,
// else vcgen's own), the previous version's spec beside them, and the API version imported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { compareVersions } from '../model/version.js';
import { projectRoot } from '../paths.js';
import type { ImportLog } from './shared/draft.js';
import { normalizeVersion } from './shared/names.js';

/**
 * The overlays beside the output (`<out>/../overlays`, as in spec/7.0.3 and spec/overlays), else
 * vcgen's own spec/overlays, said loudly: an import elsewhere gets the project's curation, not none.
 */
export function defaultOverlays(out: string, only: string | undefined, log: ImportLog): string | undefined {
  const beside = join(dirname(out), 'overlays');
  if (existsSync(beside)) return beside;
  const own = join(projectRoot, 'spec', 'overlays');
  // vcgen's overlays curate the API below its specs' root: they fit an import of it or around it.
  const roots = specRoots(join(projectRoot, 'spec'));
  const fits =
    only === undefined || roots.some((r) => r === only || r.startsWith(`${only}.`) || only.startsWith(`${r}.`));
  if (!existsSync(own) || !fits) {
    log.warn(
      'overlays',
      `no overlays: ${shown(beside)} does not exist, so no curation and no bindings facts are applied`,
      '',
      'write the spec beside an overlays folder (spec/<version>), or pass --overlays <dir>; --no-overlays to import without',
    );
    return undefined;
  }
  log.warn(
    'overlays',
    `${shown(beside)} does not exist: applying vcgen's own overlays, ${own}`,
    '',
    'write the spec beside an overlays folder (spec/<version>) or pass --overlays <dir> to choose; --no-overlays to import without',
  );
  return own;
}

/** The roots (`api.yaml`'s `root:`) of the spec directories in `dir`. */
function specRoots(dir: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const roots = new Set<string>();
  for (const n of names) {
    const api = join(dir, n, 'api.yaml');
    if (!existsSync(api)) continue;
    const root = /^root:\s*(\S+)\s*$/m.exec(readFileSync(api, 'utf8'))?.[1];
    if (root) roots.add(root);
  }
  return [...roots];
}

/** The newest spec directory in `parent` (not `out`) of a version older than `version`. */
export function previousSpec(parent: string, out: string, version: string | undefined): string | undefined {
  if (!version) return undefined;
  let best: { dir: string; version: string } | undefined;
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return undefined;
  }
  for (const n of names) {
    const dir = join(parent, n);
    if (dir === out || !VERSION.test(n) || !existsSync(join(dir, 'api.yaml'))) continue;
    const v = normalizeVersion(n);
    if (compareVersions(v, version) < 0 && (!best || compareVersions(v, best.version) > 0)) best = { dir, version: v };
  }
  return best?.dir;
}

const VERSION = /^[0-9]+(\.[0-9]+){1,3}$/;

/** The imported API version: --api-version, the --out directory name, the file's, or one in its name. */
export function versionOf(opts: { apiVersion?: string; file: string }, out: string, doc: unknown): string | undefined {
  const info = (doc as { info?: { version?: unknown } } | undefined)?.info;
  const v =
    opts.apiVersion ??
    (VERSION.test(basename(out)) ? basename(out) : undefined) ??
    (typeof info?.version === 'string' && VERSION.test(info.version) ? info.version : undefined) ??
    basename(opts.file).match(/[0-9]+\.[0-9]+\.[0-9]+(\.[0-9]+)?/)?.[0];
  return v === undefined ? undefined : normalizeVersion(v);
}

/** A path as printed: relative to the working directory. */
export const shown = (path: string): string => relative(process.cwd(), path) || path;

// CHANGES.md of a generated package: what changed for its clients, newest first, one section per
// generation that changed the API surface or was made by another vcgen version (whose changelog
// entries say what changed in the runtime). A pure function of the previous output (manifest.json
// and CHANGES.md found in the output directory) and the new IR, built so that regenerating is
// stable: when the surface is unchanged the previous CHANGES.md comes back byte for byte (hand
// edits included), so `vcgen generate --check` passes right after `vcgen generate`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ir } from '../ir/model.js';
import { generatorChanges, generatorVersionOf, type GeneratorInfo } from './generator-changes.js';
import { surfaceFromIr } from './load.js';
import { diffReport, reportMarkdown } from './report.js';
import { surfaceFromManifest, type Surface } from './surface.js';

export const CHANGES_FILE = 'CHANGES.md';

const HEAD = `# Changes

What changed for code that uses this package, newest first. Each section is written by
\`vcgen generate\` when the API surface differs from the previous generation's (its manifest.json);
edits to this file are kept.
`;

/**
 * The package's CHANGES.md after generating `ir`, or undefined when it should have none.
 * - `previousManifest`: the parsed manifest.json of the output directory before this run
 *   (undefined: none, e.g. the first generation; then the previous CHANGES.md, if any, is kept).
 * - `previousChanges`: the CHANGES.md of the output directory before this run.
 * - `generator`: the vcgen making the package now (version and changelog); when given and the
 *   previous manifest names another version, the section says what changed in vcgen in between.
 * Without changes to the surface or the generator the result is `previousChanges` unchanged;
 * otherwise a section `## <package version> — vSphere API <old> → <new>` (or `— vcgen <old> →
 * <new>`, or both) goes on top of the previous ones.
 */
export function changesMarkdown(
  previousManifest: unknown,
  ir: Ir,
  previousChanges?: string,
  generator?: GeneratorInfo,
): string | undefined {
  if (previousManifest === undefined) return previousChanges;
  let old: Surface;
  try {
    old = surfaceFromManifest(previousManifest);
  } catch {
    return previousChanges; // not a vcgen manifest: nothing to compare with
  }
  const report = diffReport(old, surfaceFromIr(ir));
  // What changed in vcgen: a subsection under the API changes, or a section of its own.
  const api = report.changes.length > 0;
  const vcgen = generatorChanges(generatorVersionOf(previousManifest), generator, api ? 3 : 2);
  if (!api && !vcgen) return previousChanges;
  const body = vcgen ? `${vcgen.lines.join('\n')}\n` : '';
  const section = api
    ? reportMarkdown(report, {
        title: `${ir.package.version} — vSphere API ${old.apiVersion} → ${ir.apiVersion}${vcgen ? `; ${vcgen.title}` : ''}`,
        level: 2,
      }) + (vcgen ? `\n### ${vcgen.title}\n\n${body}` : '')
    : `## ${ir.package.version} — ${vcgen!.title}\n\n${body}`;
  if (previousChanges === undefined) return `${HEAD}\n${section}`;
  const lines = previousChanges.split('\n');
  const at = lines.findIndex((l) => l.startsWith('## '));
  if (at < 0) return `${previousChanges.replace(/\n*$/, '\n')}\n${section}`;
  return [...lines.slice(0, at), ...section.split('\n').slice(0, -1), '', ...lines.slice(at)].join('\n');
}

/** What changesMarkdown needs from an output directory. */
export interface PreviousOutput {
  /** The parsed manifest.json. */
  manifest?: unknown;
  /** The text of CHANGES.md. */
  changes?: string;
}

/** The previous output of a directory; absent or unreadable files are undefined. */
export function previousOutput(outDir: string): PreviousOutput {
  const read = (name: string): string | undefined => {
    const p = join(outDir, name);
    try {
      return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  const text = read('manifest.json');
  let manifest: unknown;
  try {
    manifest = text === undefined ? undefined : JSON.parse(text);
  } catch {
    manifest = undefined;
  }
  const changes = read(CHANGES_FILE);
  return { ...(manifest !== undefined ? { manifest } : {}), ...(changes !== undefined ? { changes } : {}) };
}

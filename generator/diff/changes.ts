// CHANGES.md of a generated package: what changed for its clients, newest first, one section per
// generation that changed the API surface. A pure function of the previous output (manifest.json
// and CHANGES.md found in the output directory) and the new IR, built so that regenerating is
// stable: when the surface is unchanged the previous CHANGES.md comes back byte for byte (hand
// edits included), so `vcgen generate --check` passes right after `vcgen generate`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ir } from '../ir/model.js';
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
 * Without changes to the surface the result is `previousChanges` unchanged; otherwise a section
 * `## <package version> — vSphere API <old> → <new>` goes on top of the previous ones.
 */
export function changesMarkdown(previousManifest: unknown, ir: Ir, previousChanges?: string): string | undefined {
  if (previousManifest === undefined) return previousChanges;
  let old: Surface;
  try {
    old = surfaceFromManifest(previousManifest);
  } catch {
    return previousChanges; // not a vcgen manifest: nothing to compare with
  }
  const report = diffReport(old, surfaceFromIr(ir));
  if (report.changes.length === 0) return previousChanges;
  const section = reportMarkdown(report, { title: `${ir.package.version} — vSphere API ${old.apiVersion} → ${ir.apiVersion}`, level: 2 });
  if (previousChanges === undefined) return `${HEAD}\n${section}`;
  const lines = previousChanges.split('\n');
  const at = lines.findIndex((l) => l.startsWith('## '));
  if (at < 0) return `${previousChanges.replace(/\n*$/, '\n')}\n${section}`;
  return [...lines.slice(0, at), ...section.split('\n').slice(0, -1), '', ...lines.slice(at)].join('\n');
}

/** What changesMarkdown needs from an output directory; absent or unreadable files are undefined. */
export function previousOutput(outDir: string): { manifest?: unknown; changes?: string } {
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

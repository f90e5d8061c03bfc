// --check: compares what would be written with what is on disk, without writing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Drift {
  changed: string[];
  added: string[];
  removed: string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules') walk(full);
      } else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** A file on disk that should be executable and is not (POSIX only: Windows has no such bit). */
const notExecutable = (full: string): boolean => process.platform !== 'win32' && (statSync(full).mode & 0o111) === 0;

export function compareTree(outDir: string, files: Map<string, string>, executables: readonly string[] = []): Drift {
  const drift: Drift = { changed: [], added: [], removed: [] };
  const onDisk = new Set(listFiles(outDir));
  const scripts = new Set(executables);
  for (const [rel, content] of files) {
    const full = join(outDir, rel);
    if (!onDisk.has(rel)) drift.added.push(rel);
    else if (readFileSync(full, 'utf8') !== content || (scripts.has(rel) && notExecutable(full)))
      drift.changed.push(rel);
    onDisk.delete(rel);
  }
  drift.removed.push(...onDisk);
  return drift;
}

export const hasDrift = (d: Drift): boolean => d.changed.length + d.added.length + d.removed.length > 0;

// Writing the package: everything goes to a temporary directory next to the target, which is
// swapped in only when complete. A failed or interrupted run leaves the previous output as it
// was; files no longer produced disappear with the old directory.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A directory vcgen may replace: absent, empty, or holding a previously generated package. */
export function isReplaceable(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) return false;
  const entries = readdirSync(dir);
  return entries.length === 0 || entries.includes('manifest.json');
}

/** A package being written: files go to a temporary directory, swapped in by commit(). */
export interface TreeWriter {
  /** Writes one file (package-relative path) into the temporary directory. */
  write(rel: string, content: string): void;
  /** Puts the written tree in place of the output directory (the old one is removed). */
  commit(): void;
  /** Removes the temporary directory; the output directory stays as it was. */
  abort(): void;
}

/**
 * Starts writing a package next to `outDir`. Files can be written as they are made (generate
 * writes each while the workers format the next), nothing reaches `outDir` before commit().
 */
export function openTree(outDir: string): TreeWriter {
  const parent = dirname(outDir);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(outDir)}.vcgen-tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.vcgen-old-${tag}`);
  const dirs = new Set<string>();
  const abort = (): void => rmSync(tmp, { recursive: true, force: true });
  return {
    write(rel, content) {
      const full = join(tmp, rel);
      const dir = dirname(full);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFileSync(full, content);
    },
    commit() {
      try {
        mkdirSync(tmp, { recursive: true }); // an empty package is still a directory
        if (existsSync(outDir)) renameSync(outDir, old);
        renameSync(tmp, outDir);
      } catch (e) {
        abort();
        if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    },
    abort,
  };
}

/** Writes a whole package at once (see openTree). */
export function writeTree(outDir: string, files: Map<string, string>): void {
  const tree = openTree(outDir);
  try {
    for (const [rel, content] of files) tree.write(rel, content);
  } catch (e) {
    tree.abort();
    throw e;
  }
  tree.commit();
}

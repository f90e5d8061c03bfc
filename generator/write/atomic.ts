// Writing the package: everything goes to a temporary directory next to the target, which is
// swapped in only when complete. A failed or interrupted run leaves the previous output as it
// was; files no longer produced disappear with the old directory. What a killed run left behind
// (its temporary or old directory) is removed by the next run, never while that run still lives.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The file in the way when `outDir` cannot be written at all: `outDir` itself, or the nearest
 * existing path above it, when that is not a directory. Undefined when writing can be tried.
 */
export function fileInTheWay(outDir: string): string | undefined {
  for (let d = outDir; ; d = dirname(d)) {
    if (existsSync(d)) return statSync(d).isDirectory() ? undefined : d;
    if (dirname(d) === d) return undefined;
  }
}

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
  /** Makes a written file executable (a command's script: rwxr-xr-x). */
  executable(rel: string): void;
  /** Puts the written tree in place of the output directory (the old one is removed). */
  commit(): void;
  /** Removes the temporary directory (and parent directories it created); the output stays as it was. */
  abort(): void;
}

/** This machine, as it appears in the names of temporary directories (letters, digits, dashes). */
const HOST =
  hostname()
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'host';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a process with this id runs on this machine (a process of another user counts). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a run killed before it could clean up left next to `outDir`. */
export interface Debris {
  /** Directories removed (their names). */
  removed: string[];
  /** An `-old-` directory put back because the output directory was missing (a kill mid-swap). */
  restored?: string;
}

/**
 * Removes the `.<name>.vcgen-tmp-…` and `.<name>.vcgen-old-…` directories of runs that no longer
 * live. Their names carry the machine and the process id: a directory of a run that still lives,
 * or of another machine (a shared file system), is left alone. When a run was killed between its
 * two renames, the output directory is missing and its old copy is put back first.
 */
export function cleanDebris(outDir: string): Debris {
  const parent = dirname(outDir);
  const base = basename(outDir);
  // Names written before the machine was part of them have no host: treated as this machine's.
  const re = new RegExp(`^\\.${escapeRe(base)}\\.vcgen-(tmp|old)-(?:([A-Za-z0-9-]+)-)?(\\d+)-[0-9a-f]{8}$`);
  const out: Debris = { removed: [] };
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return out;
  }
  const stale = names
    .map((name) => ({ name, m: re.exec(name) }))
    .filter(
      ({ m }) => m && (m[2] === undefined || m[2] === HOST) && Number(m[3]) !== process.pid && !alive(Number(m[3])),
    )
    .filter(({ name }) => {
      try {
        return lstatSync(join(parent, name)).isDirectory();
      } catch {
        return false;
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (!existsSync(outDir)) {
    const old = stale.find(({ m }) => m![1] === 'old');
    if (old) {
      try {
        renameSync(join(parent, old.name), outDir);
        out.restored = old.name;
      } catch {
        // another run restored it first
      }
    }
  }
  for (const { name } of stale) {
    if (name === out.restored) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    out.removed.push(name);
  }
  return out;
}

/** The directories `mkdir -p dir` would create, deepest first. */
function missingAncestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    out.push(d);
    if (dirname(d) === d) break;
  }
  return out;
}

/**
 * Starts writing a package next to `outDir`. Files can be written as they are made (generate
 * writes each while the workers format the next), nothing reaches `outDir` before commit().
 * Directories above `outDir` that did not exist are created for the temporary directory and
 * removed again by abort(), so that a failed run leaves the file system as it found it.
 */
export function openTree(outDir: string): TreeWriter & { debris: Debris } {
  const parent = dirname(outDir);
  const debris = cleanDebris(outDir);
  const created = missingAncestors(parent);
  const tag = `${HOST}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(outDir)}.vcgen-tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.vcgen-old-${tag}`);
  const dirs = new Set<string>();
  const abort = (): void => {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // nothing was made there (its parent is not a directory): nothing to remove
    }
    for (const d of created) {
      try {
        rmdirSync(d);
      } catch {
        break; // not empty (something else was put there meanwhile) or gone: leave it
      }
    }
  };
  return {
    debris,
    write(rel, content) {
      const full = join(tmp, rel);
      const dir = dirname(full);
      if (!dirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        dirs.add(dir);
      }
      writeFileSync(full, content);
    },
    executable(rel) {
      chmodSync(join(tmp, rel), 0o755);
    },
    commit() {
      try {
        mkdirSync(tmp, { recursive: true }); // an empty package is still a directory
        if (existsSync(outDir)) renameSync(outDir, old);
        renameSync(tmp, outDir);
      } catch (e) {
        if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
        abort();
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    },
    abort,
  };
}

/** Writes a whole package at once (see openTree). */
export function writeTree(outDir: string, files: Map<string, string>, executables: readonly string[] = []): void {
  const tree = openTree(outDir);
  try {
    for (const [rel, content] of files) tree.write(rel, content);
    for (const rel of executables) tree.executable(rel);
  } catch (e) {
    tree.abort();
    throw e;
  }
  tree.commit();
}

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

export function writeTree(outDir: string, files: Map<string, string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(outDir)}.vcgen-tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.vcgen-old-${tag}`);
  try {
    for (const [rel, content] of files) {
      const full = join(tmp, rel);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

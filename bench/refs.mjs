// `path` of the repository as another commit has it, for before/after figures (the typecheck
// bench's --before, ab.mjs's --spec-before). Extracted with `git archive` under bench/.work/refs/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rm, ROOT, WORK } from './lib.mjs';

/**
 * `path` (a file or folder of the repository) as commit `ref` has it, extracted once with `git
 * archive` under bench/.work/refs/<commit>/ (outside any timing). Returns the extracted path and
 * the commit. For before/after figures against another branch: `generated/vcenter-vm` (its
 * package), `spec/7.0.3` (its spec).
 */
export function committedTree(ref, path) {
  const git = (args, input) => {
    const r = spawnSync('git', args, { cwd: ROOT, input, maxBuffer: 512 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${String(r.stderr).trim()}`);
    return r.stdout;
  };
  const commit = String(git(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
  const dir = join(WORK, 'refs', commit.slice(0, 12));
  const done = join(dir, `.done-${path.replace(/[^\w.-]+/g, '_')}`);
  if (!existsSync(done)) {
    rm(join(dir, path));
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync('tar', ['-x', '-C', dir], { input: git(['archive', commit, path]) });
    if (tar.status !== 0) throw new Error(`tar -x of ${ref}:${path}: ${String(tar.stderr).trim()}`);
    writeFileSync(done, '');
  }
  return { path: join(dir, path), commit };
}

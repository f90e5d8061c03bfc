// Atomic output: the package appears complete or not at all; a failed write leaves the previous
// output untouched and no temporary directory behind; files no longer produced disappear.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDebris, isReplaceable, openTree, writeTree } from '../../generator/write/atomic.js';
import { compareTree, hasDrift } from '../../generator/write/check.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'vcgen-write-'));
const files = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('writeTree', () => {
  it('writes a new directory and replaces an old one, dropping files no longer produced', () => {
    const out = join(fresh(), 'pkg');
    writeTree(out, files({ 'manifest.json': '{}', 'src/a.ts': 'a', 'src/old.ts': 'old' }));
    writeTree(out, files({ 'manifest.json': '{}', 'src/a.ts': 'a2' }));
    expect(readdirSync(join(out, 'src'))).toEqual(['a.ts']);
    expect(readFileSync(join(out, 'src/a.ts'), 'utf8')).toBe('a2');
    expect(readdirSync(join(out, '..'))).toEqual(['pkg']);
  });

  it('leaves the previous output untouched when a write fails half-way', () => {
    const parent = fresh();
    const out = join(parent, 'pkg');
    writeTree(out, files({ 'manifest.json': '{"v":1}', 'src/a.ts': 'a' }));
    // The second file cannot be created (its parent path is a file), after the first was written.
    expect(() =>
      writeTree(out, files({ 'manifest.json': '{"v":2}', 'src/a.ts': 'new', 'src/a.ts/x.ts': 'boom' })),
    ).toThrow();
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"v":1}');
    expect(readFileSync(join(out, 'src/a.ts'), 'utf8')).toBe('a');
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('streams files into a hidden directory that replaces the output only on commit', () => {
    const parent = fresh();
    const out = join(parent, 'pkg');
    writeTree(out, files({ 'manifest.json': '{"v":1}' }));
    const tree = openTree(out);
    tree.write('src/a.ts', 'a');
    tree.write('src/b/c.ts', 'c');
    tree.write('manifest.json', '{"v":2}');
    // Nothing visible yet: the output is the previous one, the new files wait next to it.
    expect(readdirSync(out)).toEqual(['manifest.json']);
    expect(readdirSync(parent).filter((n) => n.startsWith('.pkg.vcgen-tmp-'))).toHaveLength(1);
    tree.commit();
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"v":2}');
    expect(readFileSync(join(out, 'src/b/c.ts'), 'utf8')).toBe('c');
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('abort leaves the previous output and no temporary directory', () => {
    const parent = fresh();
    const out = join(parent, 'pkg');
    writeTree(out, files({ 'manifest.json': '{"v":1}' }));
    const tree = openTree(out);
    tree.write('manifest.json', '{"v":2}');
    tree.abort();
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"v":1}');
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('only replaces directories that hold a generated package', () => {
    const d = fresh();
    expect(isReplaceable(join(d, 'absent'))).toBe(true);
    expect(isReplaceable(d)).toBe(true);
    writeFileSync(join(d, 'notes.txt'), 'mine');
    expect(isReplaceable(d)).toBe(false);
    writeFileSync(join(d, 'manifest.json'), '{}');
    expect(isReplaceable(d)).toBe(true);
  });
});

describe('what interrupted runs left behind', () => {
  const host =
    hostname()
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'host';
  /** The id of a process that has ended (a child that ran and exited). */
  const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;
  const leave = (parent: string, name: string): string => {
    mkdirSync(join(parent, name, 'src'), { recursive: true });
    writeFileSync(join(parent, name, 'manifest.json'), name);
    return name;
  };

  it('removes the temporary and old directories of runs that ended, and only those', () => {
    const parent = fresh();
    const out = join(parent, 'pkg');
    writeTree(out, files({ 'manifest.json': '{"v":1}' }));
    const dead = deadPid();
    const gone = [
      leave(parent, `.pkg.vcgen-tmp-${host}-${dead}-0badc0de`),
      leave(parent, `.pkg.vcgen-old-${dead}-00c0ffee`),
    ];
    const kept = [
      leave(parent, `.pkg.vcgen-tmp-${host}-${process.ppid}-12345678`), // a run that still lives
      leave(parent, `.pkg.vcgen-tmp-other-machine-${dead}-12345678`), // another machine's (shared disk)
      leave(parent, `.other.vcgen-tmp-${host}-${dead}-12345678`), // another output directory's
      leave(parent, `.pkg.vcgen-tmp-${host}-${dead}-notmine`), // not a name vcgen makes
    ];
    expect(cleanDebris(out)).toEqual({ removed: gone.sort() });
    expect(readdirSync(parent).sort()).toEqual([...kept, 'pkg'].sort());
    // openTree cleans up the same way before it writes.
    leave(parent, gone[0]!);
    const tree = openTree(out);
    expect(tree.debris.removed).toEqual([gone[0]]);
    tree.abort();
    expect(readdirSync(parent).sort()).toEqual([...kept, 'pkg'].sort());
  });

  it('puts the old output back when a run was killed between its two renames', () => {
    const parent = fresh();
    const out = join(parent, 'pkg');
    const dead = deadPid();
    const old = leave(parent, `.pkg.vcgen-old-${host}-${dead}-0badc0de`);
    const tmp = leave(parent, `.pkg.vcgen-tmp-${host}-${dead}-0badc0de`);
    expect(cleanDebris(out)).toEqual({ removed: [tmp], restored: old });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(old);
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('removes the parent directories a failed run created, and keeps those of a committed one', () => {
    const root = fresh();
    const failed = openTree(join(root, 'a', 'b', 'pkg'));
    failed.write('manifest.json', '{}');
    expect(existsSync(join(root, 'a', 'b'))).toBe(true);
    failed.abort();
    expect(readdirSync(root)).toEqual([]);
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'mine.txt'), 'keep');
    const again = openTree(join(root, 'a', 'b', 'c', 'pkg'));
    again.write('manifest.json', '{}');
    again.abort();
    expect(readdirSync(root)).toEqual(['a']);
    expect(readdirSync(join(root, 'a'))).toEqual(['mine.txt']);
    writeTree(join(root, 'a', 'b', 'pkg'), files({ 'manifest.json': '{}' }));
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['pkg']);
  });
});

describe('compareTree', () => {
  it('reports changed, missing and extra files, ignoring node_modules', () => {
    const out = join(fresh(), 'pkg');
    writeTree(out, files({ 'manifest.json': '{}', 'a.ts': 'a', 'b.ts': 'b' }));
    mkdirSync(join(out, 'node_modules/x'), { recursive: true });
    writeFileSync(join(out, 'node_modules/x/i.js'), '');
    writeFileSync(join(out, 'extra.ts'), '');
    const drift = compareTree(out, files({ 'manifest.json': '{}', 'a.ts': 'A', 'c.ts': 'c', 'b.ts': 'b' }));
    expect(drift).toEqual({ changed: ['a.ts'], added: ['c.ts'], removed: ['extra.ts'] });
    expect(hasDrift(drift)).toBe(true);
    expect(hasDrift(compareTree(out, files({ 'manifest.json': '{}', 'a.ts': 'a', 'b.ts': 'b', 'extra.ts': '' })))).toBe(
      false,
    );
    expect(existsSync(join(out, 'node_modules/x/i.js'))).toBe(true);
  });
});

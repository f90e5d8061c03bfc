// Atomic output: the package appears complete or not at all; a failed write leaves the previous
// output untouched and no temporary directory behind; files no longer produced disappear.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReplaceable, openTree, writeTree } from '../../generator/write/atomic.js';
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

// The generator's layout shows its architecture: no module imports itself back through others,
// and the stage folders of the generator and of the importer depend on each other in the order
// their READMEs list them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';

const GENERATOR = join(ROOT, 'generator');

/** Every .ts file below `dir`, with the files of the generator it imports (type-only imports too). */
function importGraph(dir: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) files.push(p);
    }
  };
  walk(dir);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const deps = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)]
      .map((m) => resolve(dirname(f), m[1]!.replace(/\.js$/, '.ts')))
      .filter((d) => known.has(d));
    graph.set(f, [...new Set(deps)]);
  }
  return graph;
}

/** The cycles of a graph (each strongly connected component of more than one node), as node lists. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) out.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The graph between the folders (or files) directly below `dir`. */
function folderGraph(graph: Map<string, string[]>, dir: string): Map<string, string[]> {
  const top = (f: string): string => relative(dir, f).split('/')[0]!;
  const out = new Map<string, Set<string>>();
  for (const [f, deps] of graph) {
    const from = top(f);
    if (!out.has(from)) out.set(from, new Set());
    for (const d of deps) if (top(d) !== from) out.get(from)!.add(top(d));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

const graph = importGraph(GENERATOR);
const shown = (list: string[][]): string[][] => list.map((c) => c.map((f) => relative(GENERATOR, f)));

describe('generator layout', () => {
  it('finds the cycles of a graph', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('has no import cycle between files', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(shown(cycles(graph))).toEqual([]);
  });

  it('has no import cycle between its folders', () => {
    expect(cycles(folderGraph(graph, GENERATOR))).toEqual([]);
  });

  it.each([
    ['generator', GENERATOR],
    ['import', join(GENERATOR, 'import')],
  ])("%s/'s folders import each other only upwards in its README's table", (_, dir) => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const order = [...readme.matchAll(/^\| `([a-z0-9-]+)\/` \|/gm)].map((m) => m[1]!);
    const folders = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
    expect([...order].sort()).toEqual(folders.sort());
    const uses = folderGraph(importGraph(dir), dir);
    const wrong: string[] = [];
    for (const [from, tos] of uses) {
      if (!order.includes(from)) continue; // files: pipeline.ts, run.ts use every stage
      for (const to of tos)
        if (order.includes(to) && order.indexOf(to) >= order.indexOf(from)) wrong.push(`${from} -> ${to}`);
    }
    expect(wrong).toEqual([]);
  });
});

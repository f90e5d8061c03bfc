// The render stage's tools: prettier with doc comments set aside (byte for byte plain prettier),
// oxc's JavaScript and declarations, and the worker threads giving the same results as this one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { splitTopLevel } from '../../generator/render/chunks.js';
import { restoreDocs, stashDocs } from '../../generator/render/docs.js';
import { format, PRETTIER_OPTIONS } from '../../generator/render/format.js';
import { openTools } from '../../generator/render/parallel.js';
import { localTools } from '../../generator/render/tools.js';
import { transpile } from '../../generator/render/transpile.js';
import { ROOT } from '../setup/generate.js';

const plain = (path: string, text: string): Promise<string> =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: path });

const DOC_CASES: [string, string][] = [
  [
    'top-level declarations',
    '/**\n * A thing.\n *\n * More.\n */\nexport type A = string;\n/** One line. */\nexport const b = 1;\n',
  ],
  [
    'members, re-indented',
    'export interface I {\n      /**\n    * badly\n         * indented\n  */\n  x: string;\n  /** short */ y?: number;\n}\n',
  ],
  [
    'a doc whose lines do not all start with *',
    'export class C {\n    /**\n  free text\n      more\n    */\n  m(): void {}\n}\n',
  ],
  ['trailing blanks and tabs', 'export interface J {\n\t/**   \n\t * text   \n\t *\t\n\t */\n\tz: boolean;\n}\n'],
  [
    'a doc inside an object literal',
    'export const o = {\n  /**\n   * a\n   */\n  a: 1,\n  /**\n   * b\n   */\n  b: [1, 2],\n};\n',
  ],
  [
    'a doc before a long union',
    `/**\n * U\n */\nexport type U = ${Array.from({ length: 12 }, (_, i) => `'VALUE_NUMBER_${i}'`).join(' | ')};\n`,
  ],
  [
    'a doc sharing its line with code, then a doc of its own',
    'export interface K {\n  /** a */ x:   string;\n  /**\n   * b\n   */\n  y:   number;\n}\n',
  ],
  ['text that already holds the marker', '/**\n * mentions @vcgen-doc 0 on purpose\n */\nexport type M = 1;\n'],
];

describe('format: doc comments set aside', () => {
  it.each(DOC_CASES)('%s: same bytes as plain prettier', async (_, text) => {
    expect(await format('typescript', 'x.ts', text)).toBe(await plain('x.ts', text));
  });

  it.each(DOC_CASES)('%s, in pieces of a few bytes: same bytes as plain prettier', async (_, text) => {
    expect(await format('typescript', 'x.ts', text, 10)).toBe(await plain('x.ts', text));
  });

  it('joins pieces with the blank lines of the source, and falls back when a piece does not parse', async () => {
    const text = `// head\nimport type {A} from './a.js';\n\n\n/**\n * X\n */\nexport type X = A;\nexport interface I {\n  x:   X;\n}\n\nexport const y   = 1;\nexport type Z = {\n  a: 1;\n};\n`;
    const pieces = splitTopLevel(stashDocs(text).text, 1);
    expect(pieces.map((p) => p.blankBefore)).toEqual([false, true, false, true, false]);
    expect(await format('typescript', 'x.ts', text, 1)).toBe(await plain('x.ts', text));
    // A split the rules allow but the code does not: still plain prettier's bytes.
    const odd = 'export const s = `a;\nexport const t = 1;`;\nexport const u = 2;\n';
    expect(await format('typescript', 'x.ts', odd, 1)).toBe(await plain('x.ts', odd));
  });

  it('never takes code between two comments for a comment', () => {
    const { docs } = stashDocs('  /** a */ x: string;\n  /**\n   * b\n   */\n  y: number;\n');
    expect(docs).toEqual(['/**\n   * b\n   */']);
  });

  it('replaces only comments that stand on their own lines', () => {
    const { text, docs } = stashDocs('/** a */\nexport const x = /** inline */ 1;\n  /**\n   * b\n   */\n');
    expect(docs).toEqual(['/** a */', '/**\n   * b\n   */']);
    expect(text).toBe('/** @vcgen-doc 0 */\nexport const x = /** inline */ 1;\n  /** @vcgen-doc 1 */\n');
  });

  it('gives up (so the file is formatted the plain way) when a marker leaves its line', () => {
    const { docs } = stashDocs('/**\n * a\n */\nexport const x = 1;\n');
    expect(restoreDocs('export const x = /** @vcgen-doc 0 */ 1;\n', docs)).toBeUndefined();
    expect(restoreDocs('export const x = 1;\n', docs)).toBeUndefined();
    expect(restoreDocs('  /** @vcgen-doc 0 */\nexport const x = 1;\n', docs)).toBe(
      '  /**\n   * a\n   */\nexport const x = 1;\n',
    );
  });

  it('leaves the committed package as plain prettier leaves it', async () => {
    const src = join(ROOT, 'generated/vcenter-vm/src');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.ts')) files.push(p);
      }
    };
    walk(src);
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(await plain(f, text), f).toBe(text);
      // …and formatting it in pieces changes nothing either.
      if (text.length > 8000) expect(await format('typescript', f, text, 4000), f).toBe(text);
    }
  }, 60_000);

  it("leaves the hostile fixture's package as plain prettier leaves it", async () => {
    const { files } = await runPipeline({ specDir: join(ROOT, 'test/scenarios/fixtures/hostile') });
    const sources = [...files].filter(([p]) => p.startsWith('src/') && p.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const [p, text] of sources) {
      expect(await plain(p, text), p).toBe(text);
      expect(await format('typescript', p, text, 300), `${p} in pieces`).toBe(text);
    }
  }, 60_000);

  // The pipeline gives package.json no prettier pass (its template is written as prettier
  // prints it): it must come out as prettier would print it, whatever the spec's texts.
  it.each(['minimal', 'hostile'])(
    "writes the %s fixture's package.json as prettier would",
    async (name) => {
      const { files } = await runPipeline({ specDir: join(ROOT, 'test/scenarios/fixtures', name) });
      const text = files.get('package.json')!;
      expect(await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'json' })).toBe(text);
    },
    60_000,
  );

  it("the committed package's package.json is as prettier prints it", async () => {
    const text = readFileSync(join(ROOT, 'generated/vcenter-vm/package.json'), 'utf8');
    expect(await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'json' })).toBe(text);
  });
});

describe('transpile (oxc)', () => {
  const banner = '// banner\n';

  it('a module of types only: empty JavaScript, its source as declarations', () => {
    const src = `${banner}/** A. */\nexport type A = 'x' | 'y';\nexport interface B {\n  a: A;\n}\n`;
    const out = transpile('types.ts', src, banner);
    expect(out).toEqual({ js: '// banner\nexport {};\n', dts: src, diagnostics: [] });
  });

  it('a module with code: types gone from the JavaScript, declarations tidy and documented', () => {
    const src = `${banner}import type { T } from './t.js';\n/** Makes one. */\nexport function make(t: T): number {\n  return t.n as number;\n}\nexport class S {\n  /**\n   * Calls.\n   */\n  call(x: string): string {\n    return x;\n  }\n}\n`;
    const out = transpile('s.ts', src, banner);
    expect(out.diagnostics).toEqual([]);
    expect(out.js.startsWith('// banner\n')).toBe(true);
    expect(out.js).not.toMatch(/: T\b|as number|import type/);
    expect(out.js).toContain('return t.n;');
    expect(out.dts).toBe(
      `// banner\nimport type { T } from "./t.js";\n/** Makes one. */\nexport declare function make(t: T): number;\nexport declare class S {\n  /**\n   * Calls.\n   */\n  call(x: string): string;\n}\n`,
    );
  });

  it('syntax errors become diagnostics at their line and column', () => {
    const out = transpile('bad.ts', `${banner}export const ok = 1;\nexport const = 2;\n`, banner);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ rule: 'generated-code', loc: { file: 'bad.ts', line: 3, col: 14 } });
  });

  it('an export without an explicit type is reported (declarations are emitted file by file)', () => {
    const out = transpile('iso.ts', `${banner}declare function f(): number;\nexport const v = f();\n`, banner);
    expect(out.diagnostics[0]?.message).toMatch(/explicit type annotation/);
    expect(out.diagnostics[0]?.loc).toMatchObject({ line: 3 });
  });
});

describe('worker threads', () => {
  it('assemble and format exactly as this thread does', async () => {
    const files = [
      {
        path: 'a.ts',
        text: '/**\n * A.\n */\nexport   const a : A = {x:1}',
        imports: [{ from: './t.js', named: ['A'], typeOnly: true }],
      },
      { path: 'b.ts', text: 'export type B = "b"', exports: [{ from: './a.js', named: ['a'] }] },
    ];
    const here = await localTools();
    const there = await openTools({ parallel: true });
    try {
      const mine = await here.assemble(files, '// b\n');
      expect(await there.assemble(files, '// b\n')).toEqual(mine);
      for (const f of mine) {
        const source = { ...f, language: 'typescript' as const };
        expect(await there.format(source)).toEqual(await here.format(source));
      }
      expect(mine[0]!.text).toContain("import type { A } from './t.js';");
    } finally {
      await Promise.all([here.close(), there.close()]);
    }
  }, 60_000);
});

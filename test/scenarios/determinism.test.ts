// Same spec → byte-identical output, whatever the YAML key order, the file names and order on
// disk, the line endings or the locale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isPair, isSeq, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { FIXTURES, fixtureDir, ROOT } from '../setup/generate.js';

/** A small deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Keys whose value is a list: its order means something and is kept. */
const ORDERED = new Set(['fields', 'params', 'values', 'errors', 'privileges', 'require', 'unions']);

function shuffledCopy(name: string, seed: number): string {
  const random = rng(seed);
  const src = fixtureDir(name);
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-shuffle-'));
  const files = readdirSync(src).filter((f) => f.endsWith('.yaml'));
  files.forEach((file, i) => {
    const doc = parseDocument(readFileSync(join(src, file), 'utf8'));
    visit(doc, {
      Map(_, map) {
        if (!isMap(map)) return;
        // Shuffle the entries of every map (a list's order is part of the spec and stays).
        for (let j = map.items.length - 1; j > 0; j--) {
          const k = Math.floor(random() * (j + 1));
          [map.items[j], map.items[k]] = [map.items[k]!, map.items[j]!];
        }
      },
      Pair(_, pair) {
        if (isPair(pair) && isSeq(pair.value) && !ORDERED.has(String((pair.key as { value?: unknown })?.value)))
          pair.value.items.reverse();
      },
    });
    // Other file names (and so another order on disk) and CRLF line endings.
    const renamed = `${String(files.length - i).padStart(2, '0')}-${file.replace('.yaml', '')}.yml`;
    writeFileSync(join(dir, renamed), doc.toString({ lineWidth: 0 }).replace(/\n/g, '\r\n'));
  });
  return dir;
}

describe.each(readdirSync(FIXTURES).sort())('scenario %s', (name) => {
  it('generates byte-identical output from shuffled keys, renamed files and CRLF line endings', async () => {
    const base = await runPipeline({ specDir: fixtureDir(name) });
    for (const seed of [1, 2, 3]) {
      const shuffled = await runPipeline({ specDir: shuffledCopy(name, seed) });
      expect([...shuffled.files.keys()]).toEqual([...base.files.keys()]);
      for (const [path, text] of base.files) expect(shuffled.files.get(path), `${path} (seed ${seed})`).toBe(text);
    }
  });
});

it('does not depend on the locale', () => {
  const outs = ['C', 'tr_TR.UTF-8', 'de_DE.UTF-8'].map((lang) => {
    const out = join(mkdtempSync(join(tmpdir(), 'vcgen-locale-')), 'pkg');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/vcgen.js'), 'generate', '--spec', fixtureDir('hostile'), '--out', out, '--quiet'],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: lang, LC_ALL: lang, TZ: lang === 'C' ? 'UTC' : 'Asia/Kolkata' },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(join(out, 'src/types.ts'), 'utf8') + readFileSync(join(out, 'manifest.json'), 'utf8');
  });
  expect(outs[1]).toBe(outs[0]);
  expect(outs[2]).toBe(outs[0]);
});

// CHANGES.md of a generated package (generator/diff/changes.ts): a new section when the API surface
// differs from the previous generation's manifest.json, the previous file byte for byte otherwise,
// so that `generate` then `generate --check` agree; prettier leaves it as it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { changesMarkdown, previousOutput } from '../../generator/diff/changes.js';
import { manifestOf } from '../../generator/emit/index.js';
import { buildIr } from '../../generator/ir/build.js';
import type { Ir } from '../../generator/ir/model.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { pairDir, ROOT, tmp } from './util.js';

const ir = (dir: string): Ir => buildIr(checkSpec(loadSpec(dir)));
const oldIr = ir(pairDir('ops', 'old'));
const newIr = ir(pairDir('ops', 'new'));
/** The manifest as it lies in the output directory after generating `x` (parsed JSON). */
const written = (x: Ir): unknown => JSON.parse(JSON.stringify(manifestOf(x, '0.1.0')));

describe('changesMarkdown', () => {
  it('writes nothing on the first generation and keeps a CHANGES.md that has no manifest to compare with', () => {
    expect(changesMarkdown(undefined, newIr)).toBeUndefined();
    expect(changesMarkdown(undefined, newIr, 'kept\n')).toBe('kept\n');
    expect(changesMarkdown({ not: 'a manifest' }, newIr, 'kept\n')).toBe('kept\n');
  });

  it('gives the previous text back unchanged when the surface is the same', () => {
    expect(changesMarkdown(written(newIr), newIr)).toBeUndefined();
    const hand = '# Changes\n\nEdited by hand.\n\n## 1.0.0 — vSphere API 7.0.1 → 7.0.2\n\n- something\n';
    expect(changesMarkdown(written(newIr), newIr, hand)).toBe(hand);
  });

  it('starts the file with a section for the new version', async () => {
    const text = changesMarkdown(written(oldIr), newIr)!;
    expect(text.startsWith('# Changes\n\n')).toBe(true);
    expect(text).toContain('\n## 1.4.2 — vSphere API 7.0.2 → 7.0.3\n\n30 changes: 16 breaking');
    expect(text).toContain('\n### Breaking changes (16)\n\n#### Services\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/CHANGES.md');
  });

  it('puts a new section above the previous ones and keeps what was edited', () => {
    const before = '# Changes\n\nOur own words.\n\n## 1.0.0 — vSphere API 7.0.1 → 7.0.2\n\n- hand-written entry\n';
    const text = changesMarkdown(written(oldIr), newIr, before)!;
    expect(text.startsWith('# Changes\n\nOur own words.\n\n## 1.4.2 — vSphere API 7.0.2 → 7.0.3\n')).toBe(true);
    expect(text.endsWith('\n\n## 1.0.0 — vSphere API 7.0.1 → 7.0.2\n\n- hand-written entry\n')).toBe(true);
    // A file without sections gets the section at its end.
    expect(changesMarkdown(written(oldIr), newIr, 'Just notes.')).toMatch(/^Just notes\.\n\n## 1\.4\.2 — /);
  });

  it('is stable over generate, then generate --check (the same inputs again)', () => {
    // Run 1: the output directory holds the old package; the new one is generated.
    const first = changesMarkdown(written(oldIr), newIr);
    // Run 2 (--check or a second generate): the directory now holds run 1's output.
    expect(changesMarkdown(written(newIr), newIr, first)).toBe(first);
  });

  it('is what prettier writes (the pipeline may format it)', async () => {
    const text = changesMarkdown(written(oldIr), newIr)!;
    const config = (await prettier.resolveConfig(join(ROOT, 'CHANGES.md'))) ?? {};
    expect(await prettier.format(text, { ...config, parser: 'markdown' })).toBe(text);
  });
});

describe('previousOutput', () => {
  it('reads manifest.json and CHANGES.md when they are there, and nothing else', () => {
    const dir = join(tmp(), 'pkg');
    expect(previousOutput(dir)).toEqual({});
    mkdirSync(dir);
    writeFileSync(join(dir, 'manifest.json'), '{ broken');
    expect(previousOutput(dir)).toEqual({});
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(written(oldIr)));
    writeFileSync(join(dir, 'CHANGES.md'), '# Changes\n');
    const prev = previousOutput(dir);
    expect(prev).toEqual({ manifest: written(oldIr), changes: '# Changes\n' });
    expect(changesMarkdown(prev.manifest, newIr, prev.changes)).toMatch(/^# Changes\n\n## 1\.4\.2 — vSphere API 7\.0\.2 → 7\.0\.3\n/);
  });
});

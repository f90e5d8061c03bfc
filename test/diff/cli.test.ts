// `vcgen diff` as users run it (bin/vcgen.js over the bundled generator): formats, --fail-on exit
// codes, --out, bad input, and the same report from two spec directories, from two generated
// packages and from their manifest.json files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSurface } from '../../generator/diff/load.js';
import { diffReport, reportJson, reportMarkdown } from '../../generator/diff/report.js';
import { manifestDir, pairDir, ROOT, tmp, vcgen } from './util.js';

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.js')), 'run `npm run build` first (npm test does)').toBe(true);
});

const expected = (pair: 'ops' | 'types' | 'deprecations') =>
  diffReport(loadSurface(pairDir(pair, 'old')), loadSurface(pairDir(pair, 'new')));

describe('vcgen diff', () => {
  it('prints help, and is listed in the tool help', () => {
    const h = vcgen('diff', '--help');
    expect(h.code).toBe(0);
    for (const opt of ['--format md|json', '--fail-on', '--out', 'breaking', 'deprecation', 'any'])
      expect(h.out).toContain(opt);
    expect(vcgen('--help').out).toMatch(/^ {2}diff {7}report what changed/m);
  });

  it('writes Markdown by default and JSON with --format json, exactly as the library does', () => {
    const md = vcgen('diff', pairDir('types', 'old'), pairDir('types', 'new'));
    expect(md).toMatchObject({ code: 0, err: '' });
    expect(md.out).toBe(reportMarkdown(expected('types')));
    const json = vcgen('diff', pairDir('types', 'old'), pairDir('types', 'new'), '--format', 'json');
    expect(json.code).toBe(0);
    expect(json.out).toBe(reportJson(expected('types')));
    expect(JSON.parse(json.out)).toMatchObject({ version: 1, semver: { bump: 'major', from: '0.3.1', to: '0.4.0' } });
  });

  it.each([
    // pair, --fail-on, exit code
    ['ops', 'breaking', 1],
    ['ops', 'deprecation', 1],
    ['ops', 'any', 1],
    ['deprecations', 'breaking', 0],
    ['deprecations', 'deprecation', 1],
    ['deprecations', 'any', 1],
  ] as const)('%s with --fail-on %s exits %i', (pair, gate, code) => {
    const r = vcgen('diff', pairDir(pair, 'old'), pairDir(pair, 'new'), '--fail-on', gate);
    expect(r.code).toBe(code);
    expect(r.out).toBe(reportMarkdown(expected(pair))); // the report is written either way
    if (code)
      expect(r.err).toMatch(
        new RegExp(`^vcgen diff: failing \\(--fail-on ${gate} catches \\d+ of them\\): \\d+ changes: `),
      );
    else expect(r.err).toBe('');
  });

  it('exits 0 for identical inputs, whatever the gate', () => {
    const r = vcgen('diff', pairDir('ops', 'new'), pairDir('ops', 'new'), '--fail-on', 'any');
    expect(r.code).toBe(0);
    expect(r.out).toBe("## @fixture/diff-ops: vSphere API 7.0.3 → 7.0.3\n\nNo changes to the client's API.\n");
  });

  it('--out writes the report to a file', () => {
    const file = join(tmp(), 'report.json');
    const r = vcgen('diff', pairDir('ops', 'old'), pairDir('ops', 'new'), '--format', 'json', '--out', file);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(file, 'utf8')).toBe(reportJson(expected('ops')));
  });

  it('rejects bad arguments and unusable inputs with exit 1', () => {
    expect(vcgen('diff', pairDir('ops', 'old'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('give exactly two inputs'),
    });
    expect(vcgen('diff', pairDir('ops', 'old'), pairDir('ops', 'new'), '--format', 'xml')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--format must be md or json'),
    });
    expect(vcgen('diff', pairDir('ops', 'old'), pairDir('ops', 'new'), '--fail-on', 'minor')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--fail-on must be'),
    });
    expect(vcgen('diff', pairDir('ops', 'old'), join(ROOT, 'no-such-dir'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('does not exist'),
    });
    expect(vcgen('diff', pairDir('ops', 'old'), ROOT)).toMatchObject({
      code: 1,
      err: expect.stringContaining('neither a spec directory'),
    });
    const junk = join(tmp(), 'manifest.json');
    writeFileSync(junk, '{"hello": 1}');
    expect(vcgen('diff', junk, pairDir('ops', 'new'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('not a vcgen manifest'),
    });
  });

  it('prints a spec problem as file:line:col and exits 1', () => {
    const bad = tmp();
    for (const f of ['api.yaml', 'std.yaml', 'errors.yaml'])
      writeFileSync(join(bad, f), readFileSync(join(pairDir('ops', 'old'), f), 'utf8'));
    writeFileSync(
      join(bad, 'x.yaml'),
      'service: com.vmware.vcenter.vm.x\noperations:\n  get:\n    result: { type: nothing_here }\n    http:\n      api: { method: GET, path: /api/x }\n      rest: null\n',
    );
    const r = vcgen('diff', bad, pairDir('ops', 'new'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/x\.yaml:4:\d+: error \[unknown-type\] unknown type 'nothing_here'/);
  });

  it('compares generated packages and manifest.json files exactly like their spec directories', () => {
    const out = join(tmp(), 'old-pkg');
    const gen = vcgen('generate', '--spec', pairDir('ops', 'old'), '--out', out, '--quiet');
    expect(gen.code, gen.err).toBe(0);
    const want = reportJson(expected('ops'));
    expect(vcgen('diff', out, pairDir('ops', 'new'), '--format', 'json').out).toBe(want);
    const newer = manifestDir(pairDir('ops', 'new'));
    expect(vcgen('diff', join(out, 'manifest.json'), join(newer, 'manifest.json'), '--format', 'json').out).toBe(want);
  });
});

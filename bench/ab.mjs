// `node bench/ab.mjs <before> [--spec-before <git ref>] [--rounds N] [-- <generate options>]`: a cold
// `vcgen generate` of spec/7.0.3 (empty cache, new process) by another checkout of vcgen (<before>,
// built; `.` for this one) and by this one, alternating run by run. With `--spec-before <ref>` the
// before run reads spec/7.0.3 as commit <ref> has it (extracted under bench/.work/refs), so that
// growth of the spec can be set against growth of the time. Prints min, median and max of the wall
// time, the median CPU (user+sys) and peak RSS of each, the ratios after ÷ before paired run by run,
// and the median of each stage from vcgen's summary line beside the growth in operations and
// structures. On a busy machine compare the minimums and the paired ratios. Not part of
// `npm run bench` (it needs a second checkout or a ref).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSummary } from './gen.mjs';
import { fmt, median, measure, ROOT, stats, table } from './lib.mjs';
import { committedTree } from './refs.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash < 0 ? argv : argv.slice(0, dash);
const extra = dash < 0 ? [] : argv.slice(dash + 1);
const valued = new Set(['--rounds', '--spec-before']);
const option = (name) => (own.includes(name) ? own[own.indexOf(name) + 1] : undefined);
const rounds = Math.min(100, Number(option('--rounds')) || 10);
const before = own.find((a, i) => !a.startsWith('--') && !valued.has(own[i - 1]));
if (!before || !existsSync(join(before, 'bin/vcgen.js')) || !existsSync(join(before, 'dist/cli.js'))) {
  console.error(
    'usage: node bench/ab.mjs <checkout of vcgen, built; . for this one> [--spec-before <git ref>] [--rounds N] [-- <generate options>]',
  );
  process.exit(1);
}
const specBefore = option('--spec-before');
const old = specBefore ? committedTree(specBefore, 'spec/7.0.3') : undefined;
const trees = { before: resolve(before), after: resolve(ROOT) };
const specs = { before: old?.path ?? join(ROOT, 'spec/7.0.3'), after: join(ROOT, 'spec/7.0.3') };
const runs = { before: [], after: [] };
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-ab-'));
    const args = [join(trees[v], 'bin/vcgen.js'), 'generate', '--spec', specs[v], '--out', join(dir, 'out'), ...extra];
    const m = measure(process.execPath, args, { cwd: dir, env: { VCGEN_CACHE_DIR: join(dir, 'cache') } });
    rmSync(dir, { recursive: true, force: true });
    if (m.status !== 0) throw new Error(`${v} failed:\n${m.stderr}`);
    runs[v].push({ ...m, summary: parseSummary(m.stdout) });
  }
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const size = (v) => runs[v][0].summary;
for (const v of ['before', 'after'])
  console.log(
    `${v}: ${trees[v] === resolve(ROOT) ? 'this checkout' : trees[v]} on ${specBefore && v === 'before' ? `spec/7.0.3 at ${old.commit.startsWith(specBefore) ? old.commit.slice(0, 7) : `${specBefore} (${old.commit.slice(0, 7)})`}` : 'spec/7.0.3'}: ` +
      `${size(v).services} services, ${size(v).operations} operations, ${size(v).structures} structures → ${size(v).files} files`,
  );
const grow = (k) => size('after')[k] / size('before')[k];
console.log(
  `growth after ÷ before: operations ${fmt.x(grow('operations'))}, structures ${fmt.x(grow('structures'))}\n`,
);
console.log(
  `| ${rounds} rounds${extra.length ? ` (${extra.join(' ')})` : ''} | wall min | median | max | CPU median | peak RSS |`,
);
console.log('|---|--:|--:|--:|--:|--:|');
for (const [v, list] of Object.entries(runs)) {
  const wall = stats(list.map((m) => m.ms));
  const cpu = median(list.map((m) => m.cpuMs));
  const rss = median(list.map((m) => m.rssKB));
  console.log(
    `| ${v} | ${s(wall.min)} | ${s(wall.median)} | ${s(wall.max)} | ${s(cpu)} | ${Math.round(rss / 1024)} MB |`,
  );
}
const pair = (f) => stats(runs.after.map((m, i) => f(m) / f(runs.before[i])));
const ratio = (r) => `${fmt.x(r.median)} (${fmt.x(r.min)} – ${fmt.x(r.max)})`;
console.log(
  `\nafter ÷ before, paired run by run (median, min – max): wall ${ratio(pair((m) => m.ms))}, CPU ${ratio(pair((m) => m.cpuMs))}\n`,
);

if (!runs.after[0].summary.line || !runs.before[0].summary.line) {
  console.log('(no summary line, e.g. with --quiet: stages left out)');
  process.exit(0);
}
// Stages: medians of each over the runs ("startup" is what the summary does not see: node start
// and module loading); the ratio is of the medians.
const stage = (v, f) => median(runs[v].map(f));
const names = [...new Set(runs.after.flatMap((m) => Object.keys(m.summary.stages)))];
const rows = [
  ['startup + module loading', (m) => m.ms - m.summary.total],
  ...names.map((n) => [n, (m) => m.summary.stages[n]]),
  ['whole process (wall)', (m) => m.ms],
  ['CPU (user+sys)', (m) => m.cpuMs],
].map(([n, f]) => {
  const [b, a] = [stage('before', f), stage('after', f)];
  return [n, fmt.ms(b), fmt.ms(a), b >= 5 ? fmt.x(a / b) : '–'];
});
console.log(table(['stage (median)', 'before', 'after', 'after ÷ before'], rows));
console.log(`\n(ratios of stages under 5 ms are left out; operations grew ${fmt.x(grow('operations'))})`);

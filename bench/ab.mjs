// `node bench/ab.mjs <before> [--rounds N] [-- <generate options>]`: a cold `vcgen generate` of
// spec/7.0.3 (empty cache, new process) by another checkout of vcgen (<before>, built) and by this
// one, alternating run by run, for a change that should not move generation time. Prints min,
// median and max of the wall time, the median CPU (user+sys) and peak RSS of each; on a busy
// machine compare the minimums. Not part of `npm run bench` (it needs a second checkout).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, measure, ROOT } from './lib.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash < 0 ? argv : argv.slice(0, dash);
const extra = dash < 0 ? [] : argv.slice(dash + 1);
const rounds = Number(own[own.indexOf('--rounds') + 1]) || 10;
const before = own.find((a, i) => !a.startsWith('--') && own[i - 1] !== '--rounds');
if (!before || !existsSync(join(before, 'bin/vcgen.js')) || !existsSync(join(before, 'dist/cli.js'))) {
  console.error('usage: node bench/ab.mjs <checkout of vcgen, built> [--rounds N] [-- <generate options>]');
  process.exit(1);
}
const trees = { before: resolve(before), after: ROOT };
const spec = join(ROOT, 'spec/7.0.3');
const runs = { before: [], after: [] };
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-ab-'));
    const args = [join(trees[v], 'bin/vcgen.js'), 'generate', '--spec', spec, '--out', join(dir, 'out'), ...extra];
    const m = measure(process.execPath, args, { cwd: dir, env: { VCGEN_CACHE_DIR: join(dir, 'cache') } });
    rmSync(dir, { recursive: true, force: true });
    if (m.status !== 0) throw new Error(`${v} failed:\n${m.stderr}`);
    runs[v].push(m);
  }
}
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `| ${rounds} rounds${extra.length ? ` (${extra.join(' ')})` : ''} | wall min | median | max | CPU median | peak RSS |`,
);
console.log('|---|--:|--:|--:|--:|--:|');
for (const [v, list] of Object.entries(runs)) {
  const wall = list.map((m) => m.ms).sort((a, b) => a - b);
  const cpu = median(list.map((m) => m.cpuMs));
  const rss = median(list.map((m) => m.rssKB));
  console.log(
    `| ${v} | ${s(wall[0])} | ${s(median(wall))} | ${s(wall.at(-1))} | ${s(cpu)} | ${Math.round(rss / 1024)} MB |`,
  );
}

// `npm run bench [-- <bench>…] [--runs N] [--quick]`: runs all benchmarks (or the named ones) and
// prints one table per bench. Not part of `npm test`. See bench/README.md.
import { loadavg } from 'node:os';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { busyCores, machine, ROOT, WORK } from './lib.mjs';

const BENCHES = {
  gen: () => import('./gen.mjs'),
  scale: () => import('./scale.mjs'),
  typecheck: () => import('./typecheck.mjs'),
  bundle: () => import('./bundle.mjs'),
  calls: () => import('./calls.mjs'),
  fake: () => import('./fake.mjs'),
  profile: () => import('./profile.mjs'),
  load: () => import('./load.mjs'),
};

const argv = process.argv.slice(2);
if (argv.includes('-h') || argv.includes('--help')) {
  console.log(`Usage: npm run bench [-- <bench>…] [--runs N] [--quick]

Benches: ${Object.keys(BENCHES).join(', ')} (default: all, in this order)
  --runs N   repetitions per measurement (default: per bench, ≥ 5 where it matters)
  --quick    fewer repetitions and calls, for a smoke test (numbers are not for reporting)
  calls and fake also take --calls N (per client and mode, default 20000) and --rounds N
  typecheck also takes --before <git ref>: rows for the package committed at that ref, paired by round`);
  process.exit(0);
}
const valued = new Set(['--runs', '--calls', '--rounds', '--before']);
const picked = argv.filter((a, i) => !a.startsWith('-') && !valued.has(argv[i - 1]));
const unknown = picked.filter((a) => !(a in BENCHES));
if (unknown.length) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(1);
}
const names = picked.length ? picked : Object.keys(BENCHES);
const log = (s) => console.log(s);
mkdirSync(WORK, { recursive: true });

console.log(`# vcgen benchmarks — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(
  `machine: ${machine()}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; others busy ${busyCores(1000).toFixed(2)} cores`,
);
// bin/vcgen.js runs the bundle dist/cli.js: say so when it is older than the generator's sources.
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (m, e) =>
      Math.max(
        m,
        e.isDirectory() ? newest(join(dir, e.name)) : e.name.endsWith('.ts') ? statSync(join(dir, e.name)).mtimeMs : 0,
      ),
    0,
  );
const cli = join(ROOT, 'dist/cli.js');
if (existsSync(cli) && newest(join(ROOT, 'generator')) > statSync(cli).mtimeMs) {
  console.log(
    'note: dist/cli.js is older than generator/**/*.ts: these numbers are for the last build; run `npm run build` first to bench the current source',
  );
}
let failed = 0;
for (const name of names) {
  const mod = await BENCHES[name]();
  console.log(`\n## ${name}: ${mod.title}\n`);
  const t0 = performance.now();
  try {
    const out = await mod.run({ ...parse(argv) }, log);
    console.log(`\n${out.trim()}`);
  } catch (e) {
    failed++;
    console.log(`\nFAILED: ${e?.stack ?? e}`);
  }
  console.log(
    `\n(${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s; load afterwards ${loadavg()[0].toFixed(2)})`,
  );
}
process.exitCode = failed ? 1 : 0;

function parse(args) {
  const o = {
    quick: args.includes('--quick'),
    runs: undefined,
    calls: undefined,
    rounds: undefined,
    before: undefined,
  };
  for (const k of ['runs', 'calls', 'rounds']) {
    const i = args.indexOf(`--${k}`);
    if (i >= 0) o[k] = Math.max(1, Number(args[i + 1]) || 1);
  }
  const b = args.indexOf('--before');
  if (b >= 0) o.before = args[b + 1];
  return o;
}

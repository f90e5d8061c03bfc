// `node bench/fake-ab.mjs <package before> <package after> [--sessions N]`: the fake bench's client
// (fake-client.mjs) with two generated packages (directories with dist/, e.g. made by
// `node bin/vcgen.js generate --spec spec/7.0.3 --out <dir>` in two checkouts), alternating
// session by session (3 rounds of 2,000 calls each), each package's fake server in its own
// process; prints the median calls per second of every variant and mode, and the range. For a
// runtime or fake change that could move the in-process figures. Not part of `npm run bench`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fmt, median, table } from './lib.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const argv = process.argv.slice(2);
const sessions = Number(argv[argv.indexOf('--sessions') + 1]) || 6;
const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--sessions').map((d) => resolve(d));
if (dirs.length != 2 || !dirs.every((d) => existsSync(join(d, 'dist/fake/index.js')))) {
  console.error('usage: node bench/fake-ab.mjs <package before> <package after> [--sessions N]');
  process.exit(1);
}
const packages = { before: dirs[0], after: dirs[1] };

/** Starts a server script in its own process; resolves with the first line it prints. */
async function serve(script, args = []) {
  const child = spawn(process.execPath, [join(HERE, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise((res, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    createInterface({ input: child.stdout }).once('line', res);
  });
  return { line, stop: () => child.kill('SIGTERM') };
}

const plain = await serve('calls-server.mjs');
const fakes = {
  before: await serve('fake-server.mjs', [packages.before]),
  after: await serve('fake-server.mjs', [packages.after]),
};
const rounds = { before: [], after: [] };
try {
  for (let i = 0; i < sessions; i++)
    for (const v of i % 2 ? ['after', 'before'] : ['before', 'after']) {
      const config = {
        pkg: packages[v],
        perRound: 2000,
        rounds: 3,
        warmup: 2000,
        concurrency: 16,
        plainUrl: `http://127.0.0.1:${plain.line}`,
        fakeUrl: fakes[v].line,
        user: { username: 'administrator@vsphere.local', password: 'VMware1!' },
      };
      const r = spawnSync(process.execPath, [join(HERE, 'fake-client.mjs'), JSON.stringify(config)], {
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`fake-client (${v}) failed:\n${r.stderr}`);
      rounds[v].push(...JSON.parse(r.stdout));
    }
} finally {
  plain.stop();
  fakes.before.stop();
  fakes.after.stop();
}
const modes = Object.keys(rounds.before[0]);
const names = Object.keys(rounds.before[0][modes[0]]);
const cell = (v, mode, n) => {
  const xs = rounds[v].map((r) => r[mode][n]);
  return `${fmt.int(median(xs))} (${fmt.int(Math.min(...xs))}–${fmt.int(Math.max(...xs))})`;
};
console.log(
  `${sessions} sessions of 3 rounds of 2,000 calls per variant and mode; median calls/s (min–max over rounds)\n`,
);
console.log(
  table(
    ['variant', ...modes.flatMap((m) => [`before: ${m}`, `after: ${m}`])],
    names.map((n) => [n, ...modes.flatMap((m) => [cell('before', m, n), cell('after', m, n)])]),
  ),
);

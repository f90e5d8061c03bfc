// The fake's throughput: calls per second of the generated client against the package's fake in
// process (its fetch: no sockets) and over HTTP (its server, in its own process, keep-alive),
// beside plain fetch against a bare node:http server answering the same JSON (calls-server.mjs).
// Target: ≥ 10,000 calls/s in process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fmt, median, table, waitForQuiet } from './lib.mjs';
import { vcgenPackage } from './inputs.mjs';

export const title = 'Fake vCenter: calls per second, in process and over HTTP';

const HERE = new URL('.', import.meta.url).pathname;

/** Starts a server script in its own process; resolves with the first line it prints. */
async function serve(script, args = []) {
  const child = spawn(process.execPath, [join(HERE, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return { line, stop: () => child.kill('SIGTERM') };
}

function runClient(config) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'fake-client.mjs'), JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`fake-client exited with ${code}`)),
    );
  });
}

export async function run(opts, log) {
  const calls = opts.calls ?? (opts.quick ? 2000 : 20_000);
  const rounds = opts.rounds ?? (opts.quick ? 4 : 10);
  const perRound = Math.ceil(calls / rounds);
  const pkg = vcgenPackage(log);
  waitForQuiet({ log });
  const plain = await serve('calls-server.mjs');
  const fake = await serve('fake-server.mjs', [pkg]);
  let result;
  try {
    log(`  ${calls} calls per variant and mode in ${rounds} rounds of ${perRound}, variants in rotating order`);
    result = await runClient({
      pkg,
      perRound,
      rounds,
      warmup: opts.quick ? 200 : 2000,
      concurrency: 16,
      plainUrl: `http://127.0.0.1:${plain.line}`,
      fakeUrl: fake.line,
      user: { username: 'administrator@vsphere.local', password: 'VMware1!' },
    });
  } finally {
    plain.stop();
    fake.stop();
  }
  const modes = Object.keys(result[0]);
  const names = Object.keys(result[0][modes[0]]);
  const rows = names.map((n) => [
    n,
    ...modes.map((m) => fmt.int(median(result.map((r) => r[m][n])))),
    n.includes('in process: power') ? (median(result.map((r) => r.sequential[n])) >= 10_000 ? 'met' : 'MISSED') : '',
  ]);
  return [
    `Medians over ${rounds} rounds of ${perRound} calls; "plain fetch" answers a constant JSON from a bare node:http server; the fake validates, routes, ` +
      `checks its result against the result type and records every call. Both servers run in their own processes; the in-process fake in the client's.`,
    '',
    table(['variant', ...modes.map((m) => `${m} calls/s`), 'target ≥ 10,000/s sequential'], rows),
  ].join('\n');
}

// Per-call overhead: many calls against a local keep-alive HTTP server (its own process) by the
// vcgen client, plain fetch, openapi-fetch and hey-api's SDK, sequential and 16 in flight;
// calls/s and the time per call relative to plain fetch (paired per round, then the median).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fmt, median, NM, table, waitForQuiet, workDir } from './lib.mjs';
import { heySdk, vcgenPackage } from './inputs.mjs';

export const title = 'Per-call overhead (local HTTP server, keep-alive, tiny JSON)';

const HERE = new URL('.', import.meta.url).pathname;

async function startServer() {
  const child = spawn(process.execPath, [join(HERE, 'calls-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    createInterface({ input: child.stdout }).once('line', (l) => resolve(Number(l)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

function runClient(config) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'calls-client.mjs'), JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`calls-client exited with ${code}`)),
    );
  });
}

export async function run(opts, log) {
  const calls = opts.calls ?? (opts.quick ? 2000 : 20_000);
  // Many short rounds: the per-round ratios to plain fetch pair out drift; their median is robust.
  const rounds = opts.rounds ?? (opts.quick ? 10 : 50);
  const perRound = Math.ceil(calls / rounds);
  const warmup = opts.quick ? 200 : 2000;
  const concurrency = 16;
  const pkg = vcgenPackage(log);
  // hey-api's SDK is TypeScript: bundle it (with its client) into one ESM file for Node.
  const heyBundle = join(workDir('calls'), 'hey-sdk.mjs');
  await build({
    stdin: {
      contents: `export { client } from './client.gen'; export { vmPowerGet } from './sdk.gen';`,
      resolveDir: heySdk(log),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: heyBundle,
    logLevel: 'warning',
  });
  const q = waitForQuiet({ log });
  const server = await startServer();
  let result;
  try {
    log(
      `  ${calls} calls per client and mode in ${rounds} rounds of ${perRound} (after a ${warmup}-call warm-up), clients in rotating order`,
    );
    result = await runClient({
      baseUrl: server.url,
      perRound,
      rounds,
      warmup,
      concurrency,
      vcgenPkg: pkg,
      openapiFetch: join(NM, 'openapi-fetch/dist/index.mjs'),
      heyBundle,
    });
  } finally {
    server.stop();
  }

  const modes = Object.keys(result.rounds[0]);
  const names = Object.keys(result.rounds[0][modes[0]]);
  const sections = [];
  for (const mode of modes) {
    const rows = names.map((n) => {
      const rates = result.rounds.map((r) => r[mode][n].rate);
      const f = (r) => r[mode]['plain fetch'];
      // Paired per round: (time per call of n) / (time per call of plain fetch) = fetch rate / n's rate.
      const ratios = result.rounds.map((r) => f(r).rate / r[mode][n].rate);
      const cpuRatios = result.rounds.map((r) => r[mode][n].cpuUs / f(r).cpuUs);
      const extraUs = median(result.rounds.map((r) => 1e6 / r[mode][n].rate - 1e6 / f(r).rate));
      const ratio = median(ratios);
      const cpuRatio = median(cpuRatios);
      const base = n === 'plain fetch';
      return [
        n,
        fmt.int(median(rates)),
        `${fmt.int(quantile(rates, 0.25))} – ${fmt.int(quantile(rates, 0.75))}`,
        base
          ? '1.00×'
          : `${ratio.toFixed(3)}× (${quantile(ratios, 0.25).toFixed(2)} – ${quantile(ratios, 0.75).toFixed(2)})`,
        base ? '–' : `${extraUs >= 0 ? '+' : '−'}${Math.abs(extraUs).toFixed(1)} µs`,
        `${median(result.rounds.map((r) => r[mode][n].cpuUs)).toFixed(1)} µs`,
        base
          ? '1.00×'
          : `${cpuRatio.toFixed(3)}× (${quantile(cpuRatios, 0.25).toFixed(2)} – ${quantile(cpuRatios, 0.75).toFixed(2)})`,
        n === 'vcgen' ? `wall ${ratio <= 1.03 ? 'met' : 'MISSED'}, CPU ${cpuRatio <= 1.03 ? 'met' : 'MISSED'}` : '',
      ];
    });
    sections.push(
      `${mode}:`,
      '',
      table(
        [
          'client',
          'calls/s',
          'IQR',
          'wall/call vs fetch (IQR)',
          'extra wall/call',
          'client CPU/call',
          'CPU/call vs fetch (IQR)',
          'target ≤ 1.03×',
        ],
        rows,
      ),
      '',
    );
  }
  const busy = result.busy.map((b) => b.toFixed(2)).join(', ');
  function quantile(xs, q) {
    const s = [...xs].sort((a, b) => a - b);
    const i = (s.length - 1) * q;
    return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
  }
  return [
    `Call: GET /api/vcenter/vm/vm-42/power → {"state":"POWERED_ON"} (each client parses the JSON). Server: node:http in its own process on 127.0.0.1, keep-alive. ` +
      `${calls} calls per client and mode in ${rounds} rounds of ${perRound}, clients in rotating order within each round; medians over rounds, ` +
      `IQR = 25th–75th percentile over rounds; ratios paired within a round. "client CPU/call" is the client process's user+system CPU ` +
      `per call (process.cpuUsage), which other people's load disturbs less than wall time. ` +
      `"vcgen (timeoutMs: 0)" is the same client without its default 60 s per-call timeout (a deadline checked by one shared timer), for diagnosis.`,
    '',
    ...sections,
    `Others' CPU use every 10 rounds (cores): ${busy}${q.quiet ? '' : '; started on a busy machine, re-run for clean numbers'}.`,
  ].join('\n');
}

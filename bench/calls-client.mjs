// The per-call bench's client process: every client makes the same call (GET
// /api/vcenter/vm/vm-42/power, JSON result) `perRound` times sequentially and then with 16 in
// flight, in many short rounds with a rotating order (so that drift and other people's load hit
// all clients alike and can be paired out per round). Prints JSON results.
//   node bench/calls-client.mjs '<config json>'
import { pathToFileURL } from 'node:url';
import { busyCores } from './lib.mjs';

const cfg = JSON.parse(process.argv[2]);
const { baseUrl, perRound, rounds, warmup, concurrency } = cfg;
const SESSION = 'bench-session-0123456789';
const url = `${baseUrl}/api/vcenter/vm/vm-42/power`;
const headers = { accept: 'application/json', 'vmware-api-session-id': SESSION };

const vcgen = await import(pathToFileURL(`${cfg.vcgenPkg}/dist/index.js`).href);
const openapiFetch = (await import(pathToFileURL(cfg.openapiFetch).href)).default;
const hey = await import(pathToFileURL(cfg.heyBundle).href);

const vm = vcgen.id('VirtualMachine', 'vm-42');
const vc = vcgen.createClient({ baseUrl, sessionId: SESSION });
const vcNoTimeout = vcgen.createClient({ baseUrl, sessionId: SESSION, timeoutMs: 0 });
const of = openapiFetch({ baseUrl, headers: { 'vmware-api-session-id': SESSION } });
hey.client.setConfig({ baseUrl, headers: { 'vmware-api-session-id': SESSION } });

/** Each client's one call; every one must yield the parsed JSON. */
const CLIENTS = {
  'plain fetch': async () => {
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
  vcgen: () => vc.power.get(vm),
  'vcgen (timeoutMs: 0)': () => vcNoTimeout.power.get(vm),
  'openapi-fetch': async () => (await of.GET('/api/vcenter/vm/{vm}/power', { params: { path: { vm: 'vm-42' } } })).data,
  'hey-api sdk': async () => (await hey.vmPowerGet({ path: { vm: 'vm-42' } })).data,
};
const names = Object.keys(CLIENTS);

for (const n of names) {
  const v = await CLIENTS[n]();
  if (v?.state !== 'POWERED_ON') throw new Error(`${n}: unexpected result ${JSON.stringify(v)}`);
}

async function sequential(fn, n) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return performance.now() - t0;
}

async function parallel(fn, n, width) {
  let next = 0;
  const worker = async () => {
    while (next++ < n) await fn();
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: width }, worker));
  return performance.now() - t0;
}

const MODES = {
  sequential: (fn) => sequential(fn, perRound),
  [`concurrency ${concurrency}`]: (fn) => parallel(fn, perRound, concurrency),
};
for (const n of names) await sequential(CLIENTS[n], warmup);
for (const n of names) await parallel(CLIENTS[n], warmup, concurrency);

const out = { rounds: [], busy: [] };
for (let r = 0; r < rounds; r++) {
  if (r % 10 === 0) out.busy.push(busyCores(200));
  const round = {};
  for (const [mode, runMode] of Object.entries(MODES)) {
    round[mode] = {};
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + r) % names.length];
      const cpu0 = process.cpuUsage();
      const ms = await runMode(CLIENTS[n]);
      const cpu = process.cpuUsage(cpu0);
      // Calls per second (wall), and this process's CPU µs per call (less sensitive to other load).
      round[mode][n] = { rate: (perRound / ms) * 1000, cpuUs: (cpu.user + cpu.system) / perRound };
    }
  }
  out.rounds.push(round);
  if ((r + 1) % 10 === 0 || r + 1 === rounds) process.stderr.write(`  round ${r + 1}/${rounds} done\n`);
}
process.stdout.write(JSON.stringify(out));

// The fake bench's client process: the generated client against the package's fake, in process
// (fake.fetch, no sockets) and over HTTP (the fake's server in this process's sibling), beside
// plain fetch against a bare node:http server; sequentially and 16 in flight, in rounds with a
// rotating order. Prints JSON results.
//   node bench/fake-client.mjs '<config json>'
import { pathToFileURL } from 'node:url';

const cfg = JSON.parse(process.argv[2]);
const { perRound, rounds, warmup, concurrency, fakeUrl, plainUrl } = cfg;
const pkg = await import(pathToFileURL(`${cfg.pkg}/dist/index.js`).href);
const { createFake } = await import(pathToFileURL(`${cfg.pkg}/dist/fake/index.js`).href);

const fake = createFake({ maxRecorded: 1000 });
const vm = pkg.id('VirtualMachine', fake.vm.id);
const inProcess = pkg.createClient({ baseUrl: 'https://vcenter.fake', fetch: fake.fetch, sessionId: fake.login() });
const overHttp = pkg.createClient({ baseUrl: fakeUrl, auth: pkg.login(cfg.user) });
const disk = pkg.id('com.vmware.vcenter.vm.hardware.Disk', '2000');
const plain = `${plainUrl}/api/vcenter/vm/vm-42/power`;
const headers = { accept: 'application/json', 'vmware-api-session-id': 'bench' };

/** Each variant's one call; each must yield the parsed result. */
const VARIANTS = {
  'plain fetch, node:http': async () => {
    const res = await fetch(plain, { headers });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
  'fake in process: power.get': () => inProcess.power.get(vm),
  'fake in process: hardware.disk.get': () => inProcess.hardware.disk.get(vm, disk),
  'fake over HTTP: power.get': () => overHttp.power.get(vm),
};
const names = Object.keys(VARIANTS);
for (const n of names) if (!(await VARIANTS[n]())) throw new Error(`${n}: no result`);

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
  [`${concurrency} in flight`]: (fn) => parallel(fn, perRound, concurrency),
};
for (const n of names) for (const run of Object.values(MODES)) await run(VARIANTS[n], warmup);

const out = [];
for (let r = 0; r < rounds; r++) {
  const round = {};
  for (const [mode, run] of Object.entries(MODES)) {
    round[mode] = {};
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const n of order) {
      const ms = await run(VARIANTS[n]);
      round[mode][n] = (perRound / ms) * 1000;
    }
  }
  out.push(round);
}
if (fake.defects.length) throw new Error(`fake defects: ${fake.defects.join('; ')}`);
process.stdout.write(JSON.stringify(out));

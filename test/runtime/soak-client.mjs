// The client side of the soak test (soak.test.ts), in a process of its own so that its handles,
// memory and exit can be measured: a few thousand calls with random timeouts and aborts, a
// login strategy and retries, against the fake vCenter the test runs. Prints one JSON report
// when the process exits.
//   node --expose-gc soak-client.mjs '<config json>'
import { getEventListeners, setMaxListeners } from 'node:events';

const { dist, baseUrl, calls, concurrency, seed, nodeFetch } = JSON.parse(process.argv[2]);

// Timers the runtime sets (dist/runtime/*.js) and neither clears nor sees fire.
const made = [];
const original = globalThis.setTimeout;
globalThis.setTimeout = (...args) => {
  const t = original(...args);
  if (/[/\\]dist[/\\]runtime[/\\]/.test(new Error().stack ?? '')) made.push(t);
  return t;
};

const { createClient, id, login, retry } = await import(`${dist}/index.js`);
const { createNodeFetch } = await import(`${dist}/runtime/node-fetch.js`);

let s = seed >>> 0;
const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;

const client = createClient({
  baseUrl,
  auth: login({ username: 'soak', password: 'soak-password-secret' }),
  plugins: [retry({ attempts: 2, delayMs: 5, maxDelayMs: 50 })],
  timeoutMs: 1_000,
  fetch: nodeFetch ? createNodeFetch({}) : undefined,
});
const vm = id('VirtualMachine', 'vm-1');
// One signal shared by many calls that never aborts: each call must remove what it added to it.
const shared = new AbortController();
setMaxListeners(concurrency * 2, shared.signal);

const outcomes = {};
const heap = [];
const gcHeap = () => (globalThis.gc(), process.memoryUsage().heapUsed);
let started = 0;
let settled = 0;

async function one() {
  const r = random();
  const options = { timeoutMs: 20 + Math.floor(random() * 280) };
  if (r < 0.1) {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), Math.floor(random() * 100));
    options.signal = ac.signal;
  } else if (r < 0.11) options.signal = AbortSignal.abort();
  else if (r < 0.4) options.signal = shared.signal;
  let outcome;
  try {
    await client.hardware.cdrom.list(vm, options);
    outcome = 'ok';
  } catch (e) {
    outcome = e.kind ?? e.type ?? e.name;
  }
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  if (++settled % (calls / 3) === 0) heap.push(gcHeap());
}

async function worker() {
  while (started < calls) {
    started++;
    await one();
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const ms = performance.now() - t0;
const done = performance.now();
process.on('exit', () => {
  const text = JSON.stringify({
    settled,
    ms,
    outcomes,
    heap,
    pendingRuntimeTimers: made.filter((t) => !t._destroyed).length,
    sharedListeners: getEventListeners(shared.signal, 'abort').length,
    afterSettled: performance.now() - done,
  });
  process.stdout.write(text);
});

// Soak: 3,000 calls (32 in flight) with random timeouts (20–300 ms) and aborts, a login strategy
// and retries, against a fake vCenter that sometimes hangs, answers slowly, answers 503, resets
// the connection and expires every session; once with each fetch. The client runs in a process
// of its own (soak-client.mjs). Bounded in count and time. At the end: every call settled, the
// server has no request left open, the runtime no timer, the shared signal no listener, the heap
// is flat, and the process exits at once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { until } from './handles.js';
import { startServer, type Recorded, type Reply, type TestServer } from './server.js';

const DIST = join(ROOT, 'test/scenarios/__snapshots__/minimal/dist');
const CALLS = 3_000;
const basic = `Basic ${Buffer.from('soak:soak-password-secret').toString('base64')}`;

interface Report {
  settled: number;
  ms: number;
  outcomes: Record<string, number>;
  heap: number[];
  pendingRuntimeTimers: number;
  sharedListeners: number;
  afterSettled: number;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The fake vCenter: sessions that all expire every 150 requests; hangs, slow answers, 503s, resets. */
async function vcenter(seed: number) {
  let s = seed;
  const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const valid = new Set<string>();
  let issued = 0;
  let logins = 0;
  let served = 0;
  server = await startServer((r: Recorded): Reply => {
    if (++served % 150 === 0) valid.clear();
    const x = random();
    if (r.url === '/api/session') {
      logins++;
      if (r.headers.authorization !== basic) return { status: 401 };
      if (x < 0.03) return { hang: true };
      const sid = `sid-${++issued}`;
      valid.add(sid);
      return { body: JSON.stringify(sid), delayMs: Math.floor(random() * 30) };
    }
    if (!valid.has(String(r.headers['vmware-api-session-id'])))
      return { status: 401, body: { error_type: 'UNAUTHENTICATED', messages: [] } };
    if (x < 0.06) return { hang: true };
    if (x < 0.1) return { status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: [] } };
    if (x < 0.12) return { reset: true };
    if (x < 0.17) return { body: [], delayMs: 100 + Math.floor(random() * 200) };
    return { body: [{ cdrom: '3000' }], delayMs: Math.floor(random() * 15) };
  });
  return { server, logins: () => logins };
}

function runClient(config: object): Promise<{ report: Report; stderr: string; code: number | null }> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', join(ROOT, 'test/runtime/soak-client.mjs'), JSON.stringify(config)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let stderr = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (stderr += d));
  const kill = setTimeout(() => child.kill(), 40_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(kill);
      resolve({ report: (out ? JSON.parse(out) : {}) as Report, stderr, code });
    }),
  );
}

describe.each([
  ['the global fetch', false],
  ['createNodeFetch', true],
])('soak with %s', (_, nodeFetch) => {
  it(`${CALLS} calls with random timeouts, aborts, hangs and expiring sessions leave nothing behind`, async () => {
    const { server: s, logins } = await vcenter(7);
    const { report, stderr, code } = await runClient({
      dist: DIST,
      baseUrl: s.url,
      calls: CALLS,
      concurrency: 32,
      seed: 11,
      nodeFetch,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.settled, JSON.stringify(report)).toBe(CALLS);
    const { ok = 0, timeout = 0, aborted = 0 } = report.outcomes;
    // Every kind of ending happened, and most calls still got their result.
    expect(ok).toBeGreaterThan(CALLS / 2);
    expect(timeout).toBeGreaterThan(50);
    expect(aborted).toBeGreaterThan(50);
    expect(logins()).toBeGreaterThan(10);
    expect(report.ms).toBeLessThan(20_000);
    // Nothing held: no request open on the server, no timer, no listener on the shared signal.
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    expect(report.pendingRuntimeTimers).toBe(0);
    expect(report.sharedListeners).toBe(0);
    // A flat heap: the last 2,000 calls added less than 2 MB after garbage collection.
    const [first, , last] = report.heap;
    expect(last! - first!).toBeLessThan(2 * 2 ** 20);
    expect(report.afterSettled).toBeLessThan(1_000);
  });
});

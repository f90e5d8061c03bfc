// Interception and retries on a local server: the global fetch is looked up at each call (so a
// test framework that replaces it after the client was made sees the calls); retry() waits as
// long as Retry-After asks (seconds or an HTTP date), gives up at once when that wait would pass
// the call's deadline or maxDelayMs, and jitters its backoff.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimal } from './load.js';
import { serverPerTest, type Handler } from './server.js';

const { createClient, id, login, retry, TransportError } = minimal;
const unavailable = expect.objectContaining({ type: 'SERVICE_UNAVAILABLE', status: 503 });
const vm = id('VirtualMachine', 'vm-1');

afterEach(() => vi.restoreAllMocks());
const serve = serverPerTest();

/** When each request arrived, in ms since the first. */
function arrivals(handler: Handler) {
  const at: number[] = [];
  return {
    at,
    handler: ((r) => {
      at.push(performance.now());
      return handler(r);
    }) as Handler,
    gaps: () => at.slice(1).map((t, i) => t - at[i]!),
  };
}

describe('the global fetch', () => {
  it('is looked up at each call: one replaced after the client was made sees the calls, login included', async () => {
    const s = await serve(() => ({ body: [] }));
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'u', password: 'p' }) });
    const original = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(`${init?.method} ${String(input).slice(s.url.length)}`);
      return new Response(String(input).endsWith('/session') ? '"sid-mock"' : '[{"cdrom":"1"}]', { status: 200 });
    }) as typeof fetch;
    try {
      await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '1' }]);
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual(['POST /api/session', 'GET /api/vcenter/vm/vm-1/hardware/cdrom']);
    expect(s.requests).toHaveLength(0);
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    expect(s.requests).toHaveLength(1);
  });
});

describe('retry() and Retry-After', () => {
  it('waits the seconds a 503 asks for before it retries', async () => {
    const a = arrivals(() => (a.at.length === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: [] }));
    const s = await serve(a.handler);
    const c = createClient({ baseUrl: s.url, sessionId: 's', plugins: [retry({ delayMs: 10 })] });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    expect(a.gaps()[0]).toBeGreaterThanOrEqual(990);
    expect(a.gaps()[0]).toBeLessThan(1_500);
  });

  it('waits until the HTTP date a 429 names (a date in the past: the backoff alone)', async () => {
    const date = new Date(Date.now() + 1_500).toUTCString();
    const a = arrivals(() =>
      a.at.length === 1
        ? { status: 429, headers: { 'retry-after': date } }
        : a.at.length === 2
          ? { status: 429, headers: { 'retry-after': 'Thu, 01 Jan 1970 00:00:00 GMT' } }
          : { body: [] },
    );
    const s = await serve(a.handler);
    const c = createClient({ baseUrl: s.url, sessionId: 's', plugins: [retry({ delayMs: 10 })] });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    const [first, second] = a.gaps();
    // HTTP dates have whole seconds: the date is 0.5 to 1.5 s ahead when it is sent.
    expect(first).toBeGreaterThanOrEqual(400);
    expect(second).toBeLessThan(200);
  });

  it.each([
    ['the call deadline', { timeoutMs: 1_000 }, {}],
    ['maxDelayMs', { timeoutMs: 0 }, { maxDelayMs: 5_000 }],
  ])('gives up at once when the wait asked for would pass %s, with the 503 itself', async (_, call, options) => {
    const s = await serve(() => ({ status: 503, headers: { 'retry-after': '10' } }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', plugins: [retry(options)] });
    const started = performance.now();
    await expect(c.hardware.cdrom.list(vm, call)).rejects.toEqual(unavailable);
    expect(performance.now() - started).toBeLessThan(500);
    expect(s.requests).toHaveLength(1);
  });

  it('gives up at once when its backoff after a network failure would pass the deadline', async () => {
    const s = await serve(() => ({ reset: true }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', plugins: [retry({ delayMs: 2_000 })] });
    const started = performance.now();
    const e = await c.hardware.cdrom.list(vm, { timeoutMs: 800 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'network' });
    expect(performance.now() - started).toBeLessThan(700);
    expect(s.requests).toHaveLength(1);
  });

  it('jitters the backoff: between half and all of delayMs × 2ⁿ, as Math.random says', async () => {
    for (const [random, low, high] of [
      [0, 0.5, 0.95],
      [0.999, 0.95, 1.5],
    ]) {
      vi.spyOn(Math, 'random').mockReturnValue(random!);
      const a = arrivals(() => ({ status: 503 }));
      const s = await serve(a.handler);
      const c = createClient({ baseUrl: s.url, sessionId: 's', plugins: [retry({ attempts: 3, delayMs: 100 })] });
      await expect(c.hardware.cdrom.list(vm)).rejects.toEqual(unavailable);
      a.gaps().forEach((gap, i) => {
        expect(gap, `wait ${i} with Math.random() = ${random}`).toBeGreaterThanOrEqual(100 * 2 ** i * low! - 5);
        expect(gap, `wait ${i} with Math.random() = ${random}`).toBeLessThan(100 * 2 ** i * high!);
      });
      await s.close();
    }
  });
});

// waitFor against a local server: a getter of the package polled until a condition holds; bounded
// (a timeout that says what it waited for and what it last saw, without secrets), abortable,
// transient failures read again, others ending the wait, nothing left behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runtimeTimers, until } from './handles.js';
import { minimal } from './load.js';
import { serverPerTest, type Reply } from './server.js';

const { createClient, id, isTransient, NotFoundError, TransportError, waitFor } = minimal;
const vm = id('VirtualMachine', 'vm-1');

const timers = runtimeTimers();
beforeEach(() => timers.install());
afterEach(() => timers.restore());
const start = serverPerTest();

/** Answers `cdrom.list` with each reply in turn (the last one repeats). */
async function cdroms(replies: Reply[]) {
  let n = 0;
  const s = await start(() => replies[Math.min(n++, replies.length - 1)]!);
  return { c: createClient({ baseUrl: s.url, sessionId: 's' }), s, reads: () => n };
}
const list = (...ids: string[]): Reply => ({ body: ids.map((cdrom) => ({ cdrom })) });
const fast = { intervalMs: 5, maxIntervalMs: 20 };
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('resolved');
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );

describe('waitFor', () => {
  it('reads until the condition holds and resolves to that value', async () => {
    const { c, reads } = await cdroms([list(), list(), list('3000'), list('3000', '3001')]);
    const got = await waitFor(
      (o) => c.hardware.cdrom.list(vm, o),
      (l) => l.length > 0,
      fast,
    );
    expect(got).toEqual([{ cdrom: '3000' }]);
    expect(reads()).toBe(3);
    expect(timers.pending()).toBe(0);
  });

  it('reads at once: a condition that already holds costs one read', async () => {
    const { c, reads } = await cdroms([list('3000')]);
    const started = performance.now();
    await waitFor(
      (o) => c.hardware.cdrom.list(vm, o),
      (l) => l.length == 1,
    );
    expect(reads()).toBe(1);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('times out saying what it waited for and what it last saw, secrets left out, at most 200 characters', async () => {
    const { s } = await cdroms([list()]);
    let n = 0;
    const read = async () => ({ state: 'POWERED_OFF', password: 'hunter2', reads: ++n, note: 'x'.repeat(500) });
    const started = performance.now();
    const e = await rejection(
      waitFor(read, (v) => v.state == 'POWERED_ON', { ...fast, timeoutMs: 150, what: 'vm-1 to power on' }),
    );
    expect(performance.now() - started).toBeGreaterThan(100);
    expect(e).toBeInstanceOf(TransportError);
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(
      /^waitFor: waited 150 ms for vm-1 to power on; last seen: \{"state":"POWERED_OFF","password":"\[redacted\]","reads":\d+,"note":"x+…$/,
    );
    expect(e.message).not.toContain('hunter2');
    expect(e.message.length).toBeLessThan(300);
    expect(n).toBeGreaterThan(3);
    expect(s.requests).toHaveLength(0);
    expect(timers.pending()).toBe(0);
  });

  it('describe: the last value as the caller wants it shown', async () => {
    const e = await rejection(
      waitFor(
        async () => ({ state: 'SUSPENDED' }),
        (v) => v.state == 'POWERED_ON',
        {
          ...fast,
          timeoutMs: 50,
          describe: (v) => `power ${v.state}`,
        },
      ),
    );
    expect(e.message).toBe('waitFor: waited 50 ms for the condition; last seen: power SUSPENDED');
  });

  it('a read that hangs is stopped at the deadline (the server sees the request end)', async () => {
    const { c, s } = await cdroms([list(), { hang: true }]);
    const e = await rejection(
      waitFor(
        (o) => c.hardware.cdrom.list(vm, o),
        (l) => l.length > 0,
        { ...fast, timeoutMs: 200 },
      ),
    );
    expect(e.message).toBe('waitFor: waited 200 ms for the condition; last seen: []');
    expect(await until(() => s.inFlight === 0), `${s.inFlight} requests still open`).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('abort: rejects at once with an aborted TransportError, stopping the read in flight', async () => {
    const { c, s } = await cdroms([list(), { hang: true }]);
    const ac = new AbortController();
    const waiting = rejection(
      waitFor(
        (o) => c.hardware.cdrom.list(vm, o),
        (l) => l.length > 0,
        { ...fast, signal: ac.signal, what: 'a CD-ROM' },
      ),
    );
    expect(await until(() => s.requests.length == 2)).toBe(true);
    ac.abort(new Error('stop'));
    const e = await waiting;
    expect(e).toMatchObject({ kind: 'aborted', message: 'waitFor: waiting for a CD-ROM aborted' });
    expect((e.cause as Error).message).toBe('stop');
    expect(await until(() => s.inFlight === 0)).toBe(true);
    expect(timers.pending()).toBe(0);
    // Already aborted: nothing is read.
    await expect(
      waitFor(
        (o) => c.hardware.cdrom.list(vm, o),
        () => true,
        { signal: AbortSignal.abort() },
      ),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(s.requests).toHaveLength(2);
  });

  it('transient failures are read again (503, 504, a reset connection, a read timing out); the timeout says so', async () => {
    const { c, s, reads } = await cdroms([
      { status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: [] } },
      { status: 504 },
      { reset: true },
      { delayMs: 300, body: [] },
      list('3000'),
    ]);
    const got = await waitFor(
      (o) => c.hardware.cdrom.list(vm, { ...o, timeoutMs: 100 }),
      (l) => l.length > 0,
      fast,
    );
    expect(got).toEqual([{ cdrom: '3000' }]);
    expect(reads()).toBe(5);

    await s.close();
    const busy = await cdroms([{ status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: [] } }]);
    const e = await rejection(
      waitFor(
        (o) => busy.c.hardware.cdrom.list(vm, o),
        () => true,
        { ...fast, timeoutMs: 100 },
      ),
    );
    expect(e.message).toMatch(
      /^waitFor: waited 100 ms for the condition; last seen: an error: SERVICE_UNAVAILABLE \(HTTP 503, com\.vmware\.vcenter\.vm\.hardware\.cdrom\.list\)$/,
    );
    expect(timers.pending()).toBe(0);
  });

  it('other failures end the wait at once with their error; retry decides otherwise', async () => {
    const notFound: Reply = { status: 404, body: { error_type: 'NOT_FOUND', messages: [] } };
    const { c, reads } = await cdroms([notFound, notFound, list('3000')]);
    const e = await rejection(
      waitFor(
        (o) => c.hardware.cdrom.list(vm, o),
        () => true,
        fast,
      ),
    );
    expect(e).toBeInstanceOf(NotFoundError);
    expect(reads()).toBe(1);
    const got = await waitFor(
      (o) => c.hardware.cdrom.list(vm, o),
      (l) => l.length > 0,
      {
        ...fast,
        retry: (x) => isTransient(x) || x instanceof NotFoundError,
      },
    );
    expect(got).toEqual([{ cdrom: '3000' }]);
    expect(timers.pending()).toBe(0);
  });

  it('an error of the condition itself ends the wait', async () => {
    const e = await rejection(
      waitFor(
        async () => 1,
        () => {
          throw new RangeError('bad');
        },
      ),
    );
    expect(e).toBeInstanceOf(RangeError);
    expect(timers.pending()).toBe(0);
  });

  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs must be milliseconds ≥ 0 (got -1)'],
    [{ timeoutMs: '5' }, 'timeoutMs must be milliseconds ≥ 0 (got string)'],
    [{ intervalMs: 0 }, 'intervalMs must be milliseconds ≥ 1 (got 0)'],
    [{ intervalMs: 50, maxIntervalMs: 10 }, 'maxIntervalMs must be milliseconds ≥ 50 (got 10)'],
    [{ signal: {} }, 'signal must be an AbortSignal'],
  ])('checks its options: %j', async (options, message) => {
    let reads = 0;
    await expect(
      waitFor(
        async () => reads++,
        () => true,
        options as never,
      ),
    ).rejects.toThrow(message);
    expect(reads).toBe(0);
  });

  it('isTransient', () => {
    const { VapiError } = minimal;
    const vapi = (type: string, status: number) =>
      new VapiError({ type, status, messages: [], operation: 'x' }) as unknown;
    expect(
      [
        new TransportError('network', 'x', 'x'),
        new TransportError('timeout', 'x', 'x'),
        new TransportError('aborted', 'x', 'x'),
        new TransportError('protocol', 'x', 'x'),
        vapi('SERVICE_UNAVAILABLE', 503),
        vapi('TIMED_OUT', 504),
        vapi('ERROR', 502),
        vapi('INVALID_REQUEST', 429),
        vapi('NOT_FOUND', 404),
        vapi('UNAUTHENTICATED', 401),
        new Error('x'),
      ].map(isTransient),
    ).toEqual([true, true, false, false, true, true, true, true, false, false, false]);
  });
});

// Client, call, login and retry options are checked like createNodeFetch's TLS options: a wrong
// type or value (a timeout read from an environment variable as a string, -1, NaN, a header
// value with a line break) is a TypeError that says what is expected, never a silent change of
// behaviour, and never shows a string it was given (it may be a secret). 0 and Infinity turn
// the timeout off, on purpose.
import { describe, expect, it } from 'vitest';
import { runtimeTimers } from './handles.js';
import { minimal } from './load.js';
import { serverPerTest } from './server.js';

const { createClient, id, login, retry } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const base = { baseUrl: 'http://127.0.0.1:9', sessionId: 's' };

const start = serverPerTest();

describe('client options', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'timeoutMs as a string',
      { timeoutMs: '5000' },
      'timeoutMs must be milliseconds ≥ 0 (0 or Infinity: no timeout) (got string)',
    ],
    [
      'a negative timeoutMs',
      { timeoutMs: -1 },
      'timeoutMs must be milliseconds ≥ 0 (0 or Infinity: no timeout) (got -1)',
    ],
    ['timeoutMs NaN', { timeoutMs: NaN }, 'timeoutMs must be milliseconds ≥ 0 (0 or Infinity: no timeout) (got NaN)'],
    ['maxResponseBytes 0', { maxResponseBytes: 0 }, 'maxResponseBytes must be a number of bytes > 0 (got 0)'],
    [
      'maxResponseBytes as a string',
      { maxResponseBytes: '1e6' },
      'maxResponseBytes must be a number of bytes > 0 (got string)',
    ],
    [
      'a baseUrl without scheme',
      { baseUrl: 'vcenter.example.com' },
      'baseUrl must be a URL starting with http:// or https:// (got string)',
    ],
    ['no baseUrl', { baseUrl: undefined }, 'baseUrl must be a URL starting with http:// or https:// (got undefined)'],
    ['an empty sessionId', { sessionId: '' }, 'sessionId must be a string that can be sent in a header (got string)'],
    [
      'a sessionId with a line break',
      { sessionId: 'secret\nx' },
      'sessionId must be a string that can be sent in a header (got string)',
    ],
    [
      'a header value with CR LF',
      { headers: { 'x-a': 'secret\r\nx-b: 1' } },
      'headers must be strings without CR, LF, NUL or characters beyond U+00FF (got object)',
    ],
    [
      'a header value that is a number',
      { headers: { 'x-a': 1 } },
      'headers must be strings without CR, LF, NUL or characters beyond U+00FF (got object)',
    ],
    ['a style that is no wire style', { style: {} }, 'style must be api or rest (got object)'],
    ['a fetch that is no function', { fetch: 'fetch' }, 'fetch must be a function (got string)'],
  ])('refuse %s with a TypeError saying what is expected', (_, options, message) => {
    expect(() => createClient({ ...base, ...options } as never)).toThrow(new TypeError(message));
  });

  it('never show a string they refuse', () => {
    for (const options of [
      { sessionId: 'secret-1\r\n' },
      { headers: { authorization: 'secret-1\n' } },
      { timeoutMs: 'secret-1' },
    ])
      expect(() => createClient({ ...base, ...options } as never)).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('secret-1') }),
      );
  });
});

describe('call options', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'timeoutMs as a string',
      { timeoutMs: '5000' },
      'timeoutMs must be milliseconds ≥ 0 (0 or Infinity: no timeout) (got string)',
    ],
    [
      'a negative timeoutMs',
      { timeoutMs: -5 },
      'timeoutMs must be milliseconds ≥ 0 (0 or Infinity: no timeout) (got -5)',
    ],
    ['a signal that is no AbortSignal', { signal: true }, 'signal must be an AbortSignal (got boolean)'],
    [
      'a header value with LF',
      { headers: { 'x-a': 'a\nb' } },
      'headers must be strings without CR, LF, NUL or characters beyond U+00FF (got object)',
    ],
  ])('refuse %s before anything is sent', async (_, options, message) => {
    const server = await start(() => ({ body: [] }));
    const c = createClient({ baseUrl: server.url, sessionId: 's' });
    await expect(c.hardware.cdrom.list(vm, options as never)).rejects.toThrow(new TypeError(message));
    expect(server.requests).toHaveLength(0);
  });

  it.each([0, Infinity, 2 ** 40])(
    'timeoutMs %s turns the timeout off: a slow answer arrives, no timer is set',
    async (timeoutMs) => {
      const server = await start(() => ({ body: [], delayMs: 150 }));
      const timers = runtimeTimers();
      timers.install();
      try {
        const c = createClient({ baseUrl: server.url, sessionId: 's', timeoutMs: 50 });
        const pending = c.hardware.cdrom.list(vm, { timeoutMs });
        expect(timers.pending()).toBe(0);
        await expect(pending).resolves.toEqual([]);
      } finally {
        timers.restore();
      }
    },
  );
});

describe('login and retry options', () => {
  it('login refuses what basic auth cannot carry', () => {
    expect(() => login({ username: 'a:b', password: 'p' })).toThrow(
      new TypeError('login: a user name for basic auth cannot contain ":"'),
    );
    expect(() => login({ username: '', password: 'p' })).toThrow(
      new TypeError('login needs username and password (strings)'),
    );
    expect(() => login({ username: 'u', password: 42 } as never)).toThrow(
      new TypeError('login needs username and password (strings)'),
    );
  });

  it.each<[Record<string, unknown>, string]>([
    [{ attempts: '3' }, 'retry: attempts must be a whole number from 0 to 10'],
    [{ attempts: 11 }, 'retry: attempts must be a whole number from 0 to 10'],
    [{ attempts: 1.5 }, 'retry: attempts must be a whole number from 0 to 10'],
    [{ delayMs: -1 }, 'retry: delayMs and maxDelayMs must be numbers of milliseconds ≥ 0'],
    [{ delayMs: '200' }, 'retry: delayMs and maxDelayMs must be numbers of milliseconds ≥ 0'],
    [{ maxDelayMs: NaN }, 'retry: delayMs and maxDelayMs must be numbers of milliseconds ≥ 0'],
  ])('retry refuses %j', (options, message) => {
    expect(() => retry(options as never)).toThrow(new TypeError(message));
  });
});

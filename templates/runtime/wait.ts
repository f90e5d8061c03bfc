// Waiting for a condition by polling a getter: bounded in time, abortable, with backoff between
// the reads, and a timeout error that says what it waited for and what it last saw. The tasks of
// tasks.ts wait with it too. A module of its own, so that clients that never wait do not carry
// it. Emitted verbatim into the package (src/runtime/).
import { TransportError, VapiError } from './errors.js';
import { backoff, openScope, sleep } from './scope.js';

/** What each read of `waitFor` is given: pass it on as the call's options (`(o) => client.power.get(vm, o)`). */
export interface WaitReadOptions {
  /** Aborts when the wait ends (its timeout, or the caller's signal): the read in flight stops. */
  readonly signal: AbortSignal;
}

export interface WaitForOptions<T> {
  /**
   * How long to wait in all, in ms (default 300 000, i.e. 5 minutes; `0` or `Infinity`: no
   * limit, the signal alone ends the wait). Each read also has the client's `timeoutMs`.
   */
  timeoutMs?: number;
  /**
   * The pause after the first read, in ms (default 500); each next pause doubles, up to
   * `maxIntervalMs`, half of it random (jitter). The first read is made at once.
   */
  intervalMs?: number;
  /** The longest pause between two reads, in ms (default 5 000; at least `intervalMs`). */
  maxIntervalMs?: number;
  /** Aborts the wait (and the read in flight). */
  signal?: AbortSignal;
  /** What is waited for, for the timeout error: `'vm-42 to power on'` (default `the condition`). */
  what?: string;
  /**
   * Whether a read that failed is tried again (after the usual pause, until the deadline) rather
   * than ending the wait with its error. Default: `isTransient`.
   */
  retry?: (error: unknown) => boolean;
  /**
   * How the last value read appears in the timeout error (default: its JSON, without the values
   * of fields whose names look secret, cut at 200 characters).
   */
  describe?: (value: T) => string;
}

/**
 * The failures worth another read: the network failed or a read timed out (`TransportError` of
 * kind `network` or `timeout`), or the server is briefly unable to answer (HTTP 429, 502, 503 or
 * 504, or a vAPI `SERVICE_UNAVAILABLE` or `TIMED_OUT`). Anything else (NOT_FOUND, a refused
 * login, an abort, an answer that breaks the protocol) ends a wait at once.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof TransportError
    ? error.kind == 'network' || error.kind == 'timeout'
    : error instanceof VapiError &&
        ([429, 502, 503, 504].includes(error.status) || /^(SERVICE_UNAVAILABLE|TIMED_OUT)$/.test(error.type));
}

/** Field names whose values a summary leaves out. */
const SECRET = /pass|secret|token|auth|session|cookie|credential|(^|_)key$/i;

const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * A short, secret-free text of a value: its JSON without the values of secret-looking fields,
 * at most 200 characters.
 * @internal
 */
export function summary(value: unknown): string {
  try {
    return cut(
      JSON.stringify(value, (k, v) => (SECRET.test(k) && typeof v != 'object' ? '[redacted]' : v)) ?? String(value),
    );
  } catch {
    return typeof value;
  }
}

const ms = (v: unknown, name: string, min = 0) => {
  if (v !== undefined && !(typeof v == 'number' && v >= min))
    throw new TypeError(`${name} must be milliseconds ≥ ${min} (got ${typeof v == 'number' ? v : typeof v})`);
};

/**
 * Reads until `until` holds, as `waitFor` does; `operation` names the failures (a canonical id,
 * or `waitFor`).
 * @internal
 */
export async function poll<T>(
  read: (options: WaitReadOptions) => Promise<T>,
  until: (value: T) => boolean,
  options: WaitForOptions<T>,
  operation: string,
): Promise<T> {
  const { timeoutMs = 300_000, intervalMs = 500, signal, what = 'the condition', describe = summary } = options;
  const { maxIntervalMs = Math.max(5_000, intervalMs), retry = isTransient } = options;
  ms(timeoutMs, 'timeoutMs');
  ms(intervalMs, 'intervalMs', 1);
  ms(maxIntervalMs, 'maxIntervalMs', intervalMs);
  if (signal !== undefined && !signal?.addEventListener) throw new TypeError('signal must be an AbortSignal');
  const scope = openScope(operation, signal, timeoutMs);
  let seen = 'nothing read yet';
  // The wait's own errors: its deadline passed (or the next read could not end before it), or it was aborted.
  const end = (): never => {
    const reason = scope.signal.reason as TransportError | undefined;
    throw !reason || reason.kind == 'timeout'
      ? new TransportError('timeout', operation, `${operation}: waited ${timeoutMs} ms for ${what}; last seen: ${seen}`)
      : new TransportError('aborted', operation, `${operation}: waiting for ${what} aborted`, reason.cause);
  };
  try {
    for (let n = 0; ; n++) {
      scope.signal.throwIfAborted();
      const started = performance.now();
      try {
        const value = await read({ signal: scope.signal });
        seen = describe(value);
        if (until(value)) return value;
      } catch (e) {
        if (scope.signal.aborted || !retry(e)) throw e;
        seen = `an error: ${cut(e instanceof Error ? e.message : summary(e))}`;
      }
      // The last pause leaves time for one more read before the deadline, or the wait ends now.
      const pause = Math.min(
        backoff(n, intervalMs, maxIntervalMs),
        scope.deadline - performance.now() - (performance.now() - started),
      );
      if (!(pause > 0 && (await sleep(pause, scope)))) end();
    }
  } catch (e) {
    if (scope.signal.aborted) end();
    throw e;
  } finally {
    scope.close();
  }
}

/**
 * Polls `read` until `until` holds for what it returned, and resolves to that value (narrowed,
 * when `until` is a type guard). Bounded: it rejects with a `TransportError` of kind `timeout`
 * after `timeoutMs` (default 5 minutes), saying what it waited for and what it last saw, and of
 * kind `aborted` when `signal` aborts; the read in flight stops and no timer is left behind. A
 * read that fails transiently (see `isTransient`, or `retry`) is tried again until the deadline;
 * any other failure rejects at once with its error.
 *
 * ```ts
 * const power = await waitFor((o) => client.power.get(vm, o), (p) => p.state === 'POWERED_ON', {
 *   timeoutMs: 120_000,
 *   what: `${vm} to power on`,
 * });
 * ```
 */
export function waitFor<T, S extends T = T>(
  read: (options: WaitReadOptions) => Promise<T>,
  until: ((value: T) => value is S) | ((value: T) => boolean),
  options: WaitForOptions<T> = {},
): Promise<S> {
  return poll(read, until, options, 'waitFor') as Promise<S>;
}

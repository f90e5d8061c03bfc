// What bounds one call: a signal that aborts when the caller's signal does or the deadline
// passes, and that deadline. Every exchange of the call (a login it waits for, retries, a resend
// after a re-login) and every wait between them run under it, so that a call that gives up
// stops its request (freeing the socket) and leaves no timer behind. Emitted verbatim into the
// package (src/runtime/).
import { TransportError } from './errors.js';

/** The bounds of one call (and of anything it waits for). */
export interface CallScope {
  /**
   * Aborts when the caller's signal aborts or the deadline passes; its `reason` is then the
   * call's `TransportError` (kind `aborted` or `timeout`).
   */
  readonly signal: AbortSignal;
  /** When the call times out, in `performance.now()` milliseconds (`Infinity`: never). */
  readonly deadline: number;
}

/**
 * A scope that its opener closes (frees its timer and listener) when the call is done.
 * @internal
 */
export interface OpenScope extends CallScope {
  close(): void;
}

/**
 * Opens the scope of a call to `operation`: `signal` is the caller's (or undefined), `timeoutMs`
 * the time it may take (0 or Infinity: no limit). An already-aborted signal gives an aborted scope.
 * @internal
 */
export function openScope(operation: string, signal: AbortSignal | undefined, timeoutMs: number): OpenScope {
  const ac = new AbortController();
  const end = (kind: 'aborted' | 'timeout', what: string, cause?: unknown) =>
    ac.abort(new TransportError(kind, operation, `${operation}: ${what}`, cause));
  const aborted = () => end('aborted', 'aborted', signal!.reason);
  // Longer than setTimeout can wait (24.8 days) is as good as no limit.
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31
      ? setTimeout(end, timeoutMs, 'timeout', `no complete response within ${timeoutMs} ms`)
      : undefined;
  // The timer never keeps a process alive on its own (the request in flight does).
  (timer as { unref?(): void } | undefined)?.unref?.();
  if (signal?.aborted) aborted();
  else signal?.addEventListener('abort', aborted);
  return {
    signal: ac.signal,
    deadline: timer ? performance.now() + timeoutMs : Infinity,
    close() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
    },
  };
}

/**
 * Settles like `promise`, or rejects with the scope's reason as soon as its signal aborts.
 * @internal
 */
export function within<T>(promise: Promise<T>, { signal }: CallScope): Promise<T> {
  return new Promise((resolve, reject) => {
    const aborted = () => reject(signal.reason);
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', aborted));
  });
}

/**
 * Waits `ms` within the scope: resolves true after the wait, false at once when the wait would
 * end after the deadline (the caller gives up instead of waiting for its timeout), and rejects
 * with the scope's reason when its signal aborts during the wait (clearing the timer).
 * @internal
 */
export function sleep(ms: number, scope: CallScope): Promise<boolean> {
  if (performance.now() + ms >= scope.deadline) return Promise.resolve(false);
  let timer: ReturnType<typeof setTimeout>;
  return within(new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, true))), scope).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * The wait before retry `attempt` (0 for the first): `baseMs` doubled per attempt, at most
 * `capMs`, with jitter (half of it random) so that clients that failed together do not retry
 * together.
 * @internal
 */
export function backoff(attempt: number, baseMs: number, capMs: number = Infinity): number {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
}

// Opt-in behaviour around each HTTP exchange: retries of idempotent calls, hooks, logging. A
// client has it only when its options list the plugin (`plugins: [retry(), logging(console)]`),
// and a bundle carries only the plugins it imports. Emitted verbatim into the package.
import { TransportError } from './errors.js';
import { backoff, sleep } from './scope.js';
import type { Exchange, ExchangeResponse, Plugin } from './transport.js';
import type { WireStyle } from './wire.js';

export interface RetryOptions {
  /** Attempts after the first (default 2, at most 10). */
  attempts?: number;
  /**
   * Base of the backoff in ms (default 200): the wait before retry n is up to `delayMs × 2ⁿ`,
   * half of it random (jitter), so that clients that failed together do not retry together.
   */
  delayMs?: number;
  /**
   * The longest wait in ms (default 30 000). A server that asks for a longer one (`Retry-After`)
   * gets its answer returned instead.
   */
  maxDelayMs?: number;
}

/**
 * Retries idempotent calls (GET) that failed on the network or answered 503 or 429, with
 * jittered exponential backoff, waiting at least as long as the answer's `Retry-After` asks.
 * Never waits past the call's deadline (it returns the answer, or the error, at once instead),
 * and the call's signal ends the wait. Never retries other methods (a POST may have taken
 * effect). List it before `hooks`/`logging` for those to see every attempt.
 */
export function retry(options: RetryOptions = {}): Plugin {
  const { attempts = 2, delayMs = 200, maxDelayMs = 30_000 } = options;
  if (!(Number.isInteger(attempts) && attempts >= 0 && attempts <= 10))
    throw new TypeError('retry: attempts must be a whole number from 0 to 10');
  if (!([delayMs, maxDelayMs].every((ms) => typeof ms == 'number' && ms >= 0) && delayMs < Infinity))
    throw new TypeError('retry: delayMs and maxDelayMs must be numbers of milliseconds ≥ 0');
  return (next: Exchange): Exchange =>
    async (request) => {
      if (request.method != 'GET') return next(request);
      for (let i = 0, reason: string | undefined; ; i++) {
        let wait = backoff(i, delayMs, maxDelayMs);
        let response: ExchangeResponse | undefined;
        let error: unknown;
        try {
          response = await next(i ? { ...request, attempt: request.attempt + i, reason } : request);
          if ((response.status != 503 && response.status != 429) || i >= attempts) return response;
          reason = `answered ${response.status}`;
          const after = retryAfter(response.headers?.get('retry-after'));
          // Waiting at least as long as asked, and some random part of the backoff on top.
          if (after) wait = after > maxDelayMs ? Infinity : after + wait / 2;
        } catch (e) {
          if (!(e instanceof TransportError && e.kind == 'network') || i >= attempts) throw e;
          reason = 'failed on the network';
          error = e;
        }
        // Give up now rather than wait past the call's deadline (or longer than maxDelayMs).
        if (wait == Infinity || !(await sleep(wait, request))) {
          if (response) return response;
          throw error;
        }
        reason += `; retry ${i + 1} of ${attempts}`;
      }
    };
}

/** The wait a `Retry-After` header asks for, in ms: seconds, or an HTTP date (0 when absent or past). */
function retryAfter(value: string | null | undefined): number {
  const ms = value ? (/^\s*\d+\s*$/.test(value) ? +value * 1000 : Date.parse(value) - Date.now()) : 0;
  return ms > 0 ? ms : 0;
}

/** What hooks are told about a request: never a header or a body (they hold secrets). */
export interface RequestEvent {
  operation: string;
  method: string;
  /** Full URL (the session id travels in a header and never appears here). */
  url: string;
  style: WireStyle['name'];
  attempt: number;
  /** Why this request is a resend (a retry, a re-login), if it is one. */
  reason?: string;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  durationMs: number;
}

export interface Hooks {
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
}

/** Calls `onRequest` before each exchange and `onResponse` after it (logins and logouts too). */
export function hooks({ onRequest, onResponse }: Hooks): Plugin {
  return (next: Exchange): Exchange =>
    async (request) => {
      const { operation, method, url, style, attempt, reason } = request;
      const event: RequestEvent = { operation, method, url, style, attempt };
      if (reason) event.reason = reason;
      onRequest?.(event);
      const started = performance.now();
      const response = await next(request);
      onResponse?.({ ...event, status: response.status, durationMs: performance.now() - started });
      return response;
    };
}

export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

/**
 * Reports what the client does to `logger` (`console` works): each response at debug, resends
 * (retries, re-logins) at warn. Never given a secret.
 */
export function logging(logger: Logger): Plugin {
  return hooks({
    onRequest: (e) => e.reason && logger.warn?.(`vcenter: ${e.operation} ${e.reason}`),
    onResponse: (e) =>
      logger.debug?.(`vcenter: ${e.method} ${e.url} -> ${e.status} in ${Math.round(e.durationMs)} ms (${e.operation})`),
  });
}

// Opt-in behaviour around each HTTP exchange: retries of idempotent calls, hooks, logging. A
// client has it only when its options list the plugin (`plugins: [retry(), logging(console)]`),
// and a bundle carries only the plugins it imports. Emitted verbatim into the package.
import { TransportError } from './errors.js';
import type { Exchange, ExchangeRequest, Plugin } from './transport.js';
import type { WireStyle } from './wire.js';

export interface RetryOptions {
  /** Attempts after the first (default 2, at most 10). */
  attempts?: number;
  /** Delay before the first retry in ms (default 200); each further one waits twice as long. */
  delayMs?: number;
}

/**
 * Retries idempotent calls (GET) that failed on the network or answered 503, with exponential
 * backoff; the call's abort signal ends the wait. Never retries other methods (a POST may
 * have taken effect). List it before `hooks`/`logging` for those to see every attempt.
 */
export function retry(options: RetryOptions = {}): Plugin {
  const attempts = Math.max(0, Math.min(options.attempts ?? 2, 10));
  const delayMs = options.delayMs ?? 200;
  return (next: Exchange): Exchange =>
    async (request) => {
      if (request.method != 'GET') return next(request);
      for (let i = 0, reason: string | undefined; ; i++) {
        const sent = i ? { ...request, attempt: request.attempt + i, reason } : request;
        try {
          const response = await next(sent);
          if (response.status != 503 || i >= attempts) return response;
          reason = 'answered 503';
        } catch (e) {
          if (!(e instanceof TransportError && e.kind == 'network') || i >= attempts) throw e;
          reason = 'failed on the network';
        }
        reason += `; retry ${i + 1} of ${attempts}`;
        await delay(delayMs * 2 ** i, request);
      }
    };
}

function delay(ms: number, { signal, operation }: ExchangeRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = (): void => {
      clearTimeout(timer);
      reject(new TransportError('aborted', operation, `${operation}: aborted`));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
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

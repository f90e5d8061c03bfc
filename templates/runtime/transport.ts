// The transport: sessions, headers, timeouts, retries and hooks around one HTTP exchange per call.
// Emitted verbatim into the package (src/runtime/). No dependencies beyond the global fetch
// (and node:https, loaded by node-fetch.ts only when `ca` or `insecure` is given).
import { decodeError, TransportError, VapiError, type ErrorRegistry } from './errors.js';
import { decodeResult, encodeRequest, INVALID, type OperationInfo, type WireStyle } from './wire.js';
import { createNodeFetch, explainTlsErrors } from './node-fetch.js';

export interface RequestEvent {
  operation: string;
  method: string;
  /** Full URL (the session id travels in a header and never appears here). */
  url: string;
  style: WireStyle;
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  durationMs: number;
}

export interface ClientOptions {
  /** Where vCenter answers, e.g. `https://vcenter.example.com`. */
  baseUrl: string;
  /** `api` (default; vSphere 7.0U2+) or the legacy `rest` paths. */
  style?: WireStyle;
  /** An existing session id, sent as `vmware-api-session-id`. */
  sessionId?: string;
  /** Credentials for logging in (lazily, on the first call) and again when the session expires. */
  username?: string;
  password?: string;
  /** A fetch implementation (defaults to the global one); use it for proxies, TLS agents or tests. */
  fetch?: typeof globalThis.fetch;
  /**
   * PEM certificate(s) of the CA(s) that issued vCenter's certificate (e.g. the VMCA root). They
   * replace Node's default CA store for this client. Node only; not together with `fetch`.
   */
  ca?: string | string[];
  /**
   * ⚠ Turns certificate verification OFF: anyone between you and vCenter can read the password
   * and the session. Labs only; prefer `ca`. Only `true` is accepted. Node only; not with `fetch`.
   */
  insecure?: true;
  /** Milliseconds before a call fails with a timeout (default 60 000; 0 disables). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>>;
  /** Retries of idempotent (GET) calls on 503 and network failures: attempts after the first (default 2) and base delay. */
  retry?: { attempts?: number; delayMs?: number };
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  /** Where the client reports what it does (`console` works): requests at debug, retries and re-logins at warn. Never given a secret. */
  logger?: Logger;
}

export interface Logger {
  debug?(message: string): void;
  warn?(message: string): void;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Readonly<Record<string, string>>;
}

export interface Transport {
  readonly style: WireStyle;
  call<T>(op: OperationInfo, args: readonly unknown[], options?: CallOptions): Promise<T>;
  /** Creates a session with the configured credentials. */
  login(): Promise<void>;
  /** Deletes the current session on the server and forgets it. */
  logout(): Promise<void>;
  /** The current session id, if any. Treat it as a secret. */
  sessionId(): string | undefined;
}

const SESSION_HEADER = 'vmware-api-session-id';
const LOGIN: Record<WireStyle, string> = { api: '/api/session', rest: '/rest/com/vmware/cis/session' };
const SESSION_OP = 'com.vmware.cis.session';

function base64(text: string): string {
  return btoa(String.fromCodePoint(...new TextEncoder().encode(text)));
}

/** Creates the transport every service client of one connection shares. */
export function newTransport(options: ClientOptions, registry: ErrorRegistry): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError('baseUrl must start with http:// or https://');
  const style: WireStyle = options.style ?? 'api';
  // ca/insecure need Node's https module (global fetch cannot take them on Node 20 without undici).
  const tls = options.ca !== undefined || options.insecure !== undefined;
  if (tls && options.fetch) throw new TypeError('give fetch or ca/insecure, not both: configure TLS in your own fetch');
  const doFetch = explainTlsErrors(
    options.fetch ?? (tls ? createNodeFetch({ ca: options.ca, insecure: options.insecure }) : globalThis.fetch),
  );
  const defaultTimeout = options.timeoutMs ?? 60_000;
  const retries = Math.max(0, Math.min(options.retry?.attempts ?? 2, 10));
  const retryDelay = options.retry?.delayMs ?? 200;
  // Secrets live in this closure only: nothing enumerable or inspectable holds them.
  const username = options.username;
  const password = options.password;
  let session = options.sessionId;
  let pendingLogin: Promise<void> | undefined;
  const canLogin = username !== undefined && password !== undefined;

  async function exchange(
    operation: string,
    method: string,
    path: string,
    body: string | undefined,
    reqStyle: WireStyle,
    headers: Record<string, string>,
    call: CallOptions | undefined,
    attempt: number,
  ): Promise<{ status: number; text: string }> {
    const timeoutMs = call?.timeoutMs ?? defaultTimeout;
    const signals: AbortSignal[] = [];
    const timer = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    if (timer) signals.push(timer);
    if (call?.signal) signals.push(call.signal);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const url = baseUrl + path;
    const event: RequestEvent = { operation, method, url, style: reqStyle, attempt };
    options.onRequest?.(event);
    const started = performance.now();
    let res: Response;
    try {
      res = await doFetch(url, { method, headers, body, signal });
    } catch (e) {
      if (timer?.aborted)
        throw new TransportError('timeout', operation, `${operation}: no response within ${timeoutMs} ms`, e);
      if (call?.signal?.aborted) throw new TransportError('aborted', operation, `${operation}: aborted`, e);
      throw new TransportError('network', operation, `${operation}: ${(e as Error)?.message ?? 'network error'}`, e);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (timer?.aborted)
        throw new TransportError('timeout', operation, `${operation}: response not complete within ${timeoutMs} ms`, e);
      throw new TransportError(
        call?.signal?.aborted ? 'aborted' : 'network',
        operation,
        `${operation}: response body failed`,
        e,
      );
    }
    const durationMs = performance.now() - started;
    options.onResponse?.({ ...event, status: res.status, durationMs });
    options.logger?.debug?.(
      `vcenter: ${method} ${url} -> ${res.status} in ${Math.round(durationMs)} ms (${operation})`,
    );
    return { status: res.status, text };
  }

  function headersFor(body: string | undefined, call: CallOptions | undefined): Record<string, string> {
    const h: Record<string, string> = { accept: 'application/json', ...options.headers, ...call?.headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (session) h[SESSION_HEADER] = session;
    return h;
  }

  async function doLogin(): Promise<void> {
    if (!canLogin) throw new TypeError('login needs username and password in the client options');
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...options.headers,
      authorization: `Basic ${base64(`${username}:${password}`)}`,
    };
    const { status, text } = await exchange(SESSION_OP, 'POST', LOGIN[style], undefined, style, headers, undefined, 0);
    if (status < 200 || status >= 300) throw decodeError(status, text, `${SESSION_OP}.create`, registry);
    const value = decodeResult(text, style);
    if (typeof value !== 'string' || !value)
      throw new TransportError('protocol', SESSION_OP, 'login answered without a session id (expected a JSON string)');
    session = value;
  }

  /** One login at a time: concurrent callers share it. */
  function login(): Promise<void> {
    pendingLogin ??= doLogin().finally(() => {
      pendingLogin = undefined;
    });
    return pendingLogin;
  }

  async function call<T>(op: OperationInfo, args: readonly unknown[], callOptions?: CallOptions): Promise<T> {
    const req = encodeRequest(op, args, style);
    const idempotent = req.method === 'GET';
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      if (!session && canLogin) await login();
      const sent = session;
      let result: { status: number; text: string };
      try {
        result = await exchange(
          op.id,
          req.method,
          req.path,
          req.body,
          req.style,
          headersFor(req.body, callOptions),
          callOptions,
          attempt,
        );
      } catch (e) {
        if (idempotent && attempt < retries && e instanceof TransportError && e.kind === 'network') {
          options.logger?.warn?.(`vcenter: ${op.id} failed on the network; retry ${attempt + 1} of ${retries}`);
          await delay(retryDelay * 2 ** attempt, callOptions?.signal);
          continue;
        }
        throw e;
      }
      const { status, text } = result;
      if (status >= 200 && status < 300) {
        const value = decodeResult(text, req.style);
        if (value === INVALID)
          throw new TransportError('protocol', op.id, `${op.id}: HTTP ${status} response is not valid JSON`);
        return value as T;
      }
      if (status === 401 && canLogin && !relogged) {
        // The session expired: log in again once (shared with concurrent calls) and retry once.
        relogged = true;
        options.logger?.warn?.(`vcenter: session not accepted by ${op.id}; logging in again`);
        if (session === sent) session = undefined;
        continue;
      }
      if (status === 503 && idempotent && attempt < retries) {
        options.logger?.warn?.(`vcenter: ${op.id} answered 503; retry ${attempt + 1} of ${retries}`);
        await delay(retryDelay * 2 ** attempt, callOptions?.signal);
        continue;
      }
      throw decodeError(status, text, op.id, registry);
    }
  }

  async function logout(): Promise<void> {
    if (!session) return;
    const headers = headersFor(undefined, undefined);
    session = undefined;
    const { status, text } = await exchange(
      SESSION_OP,
      'DELETE',
      LOGIN[style],
      undefined,
      style,
      headers,
      undefined,
      0,
    );
    if ((status < 200 || status >= 300) && status !== 401)
      throw decodeError(status, text, `${SESSION_OP}.delete`, registry);
  }

  const transport: Transport = {
    style,
    call,
    login,
    logout,
    sessionId: () => session,
  };
  return transport;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TransportError('aborted', '', 'aborted'));
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(new TransportError('aborted', '', 'aborted'));
      },
      { once: true },
    );
  });
}

export { VapiError };

// The transport: sessions, headers, timeouts, retries and hooks around one HTTP exchange per call.
// Emitted verbatim into the package (src/runtime/). No dependencies beyond the global fetch
// (and node:https, loaded by node-fetch.ts only when `ca` or `insecure` is given).
import { decodeError, networkMessage, TransportError, VapiError, type ErrorRegistry } from './errors.js';
import type { NodeFetchOptions } from './node-fetch.js';
import { decodeResult, encodeRequest, INVALID, type OperationInfo, type WireStyle } from './wire.js';

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
  if (tls) checkTls(options);
  const doFetch =
    options.fetch ?? (tls ? lazyNodeFetch({ ca: options.ca, insecure: options.insecure }) : globalThis.fetch);
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
    const signal = call?.signal;
    const url = baseUrl + path;
    const observed = options.onRequest || options.onResponse || options.logger;
    const event: RequestEvent | undefined = observed ? { operation, method, url, style: reqStyle, attempt } : undefined;
    if (event) options.onRequest?.(event);
    const started = observed ? performance.now() : 0;
    // The timeout races the exchange rather than riding on an AbortSignal: handing fetch a signal
    // costs more per call than everything else the client does. A timed-out response is
    // discarded (its body cancelled) whenever it arrives; the caller's own signal still aborts.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const deadline =
      timeoutMs > 0
        ? new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              timedOut = true;
              reject(
                new TransportError('timeout', operation, `${operation}: no complete response within ${timeoutMs} ms`),
              );
            }, timeoutMs);
          })
        : undefined;
    const request = doFetch(url, signal ? { method, headers, body, signal } : { method, headers, body });
    const within = <T>(p: Promise<T>): Promise<T> => (deadline ? Promise.race([p, deadline]) : p);
    let res: Response;
    let text: string;
    try {
      try {
        res = await within(request);
      } catch (e) {
        if (timedOut) throw e;
        if (signal?.aborted) throw new TransportError('aborted', operation, `${operation}: aborted`, e);
        throw new TransportError('network', operation, `${operation}: ${networkMessage(e)}`, e);
      }
      try {
        text = await within(res.text());
      } catch (e) {
        if (timedOut) throw e;
        const kind = signal?.aborted ? 'aborted' : 'network';
        throw new TransportError(kind, operation, `${operation}: response body failed`, e);
      }
    } finally {
      clearTimeout(timer);
      if (timedOut)
        request
          .then(
            (r) => r.body?.cancel(),
            () => undefined,
          )
          .catch(() => undefined);
    }
    if (event) {
      const durationMs = performance.now() - started;
      options.onResponse?.({ ...event, status: res.status, durationMs });
      options.logger?.debug?.(
        `vcenter: ${method} ${url} -> ${res.status} in ${Math.round(durationMs)} ms (${operation})`,
      );
    }
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

/** Fails at createClient, not at the first call, on TLS options that cannot work. */
function checkTls({ ca, insecure }: ClientOptions): void {
  if (insecure !== undefined && insecure !== true)
    throw new TypeError('insecure accepts only the literal true (or leave it out)');
  if (insecure && ca !== undefined)
    throw new TypeError('give ca or insecure, not both: insecure turns off the verification ca is for');
  const list = typeof ca === 'string' ? [ca] : ca;
  if (
    list !== undefined &&
    (!Array.isArray(list) ||
      !list.length ||
      !list.every((c) => typeof c === 'string' && c.includes('-----BEGIN CERTIFICATE-----')))
  ) {
    throw new TypeError(
      'ca must be PEM text (-----BEGIN CERTIFICATE-----…) or an array of such texts, not a file name',
    );
  }
}

/**
 * The Node TLS fetch (node-fetch.ts), loaded on the first request and only when `ca`/`insecure`
 * are used. The module is found next to this one at run time (not through a static import), so
 * that bundles of clients without TLS options do not carry it; a bundle that needs it imports
 * `createNodeFetch` from the package's `node-fetch` entry and passes it as `fetch`.
 */
function lazyNodeFetch(tls: NodeFetchOptions): typeof globalThis.fetch {
  let made: Promise<typeof globalThis.fetch> | undefined;
  const here = './node-fetch.js';
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    made ??= (
      import(/* webpackIgnore: true */ /* @vite-ignore */ new URL(here, import.meta.url).href) as Promise<
        typeof import('./node-fetch.js')
      >
    ).then(
      (m) => m.createNodeFetch(tls),
      (e: unknown) => {
        throw new TypeError(
          `ca/insecure need node-fetch.js next to the client (${String(e)}); in a bundle, pass fetch: createNodeFetch({ ca }) from the package's node-fetch entry`,
        );
      },
    );
    return (await made)(input, init);
  }) as typeof globalThis.fetch;
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

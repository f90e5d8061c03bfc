// The transport: sessions, headers and timeouts around one HTTP exchange per call; everything
// else (retries, hooks, logging) is a plugin a client opts into (plugins.ts), so that bundles
// carry only what they use. Emitted verbatim into the package (src/runtime/). No dependencies
// beyond the global fetch.
import { decodeError, networkMessage, TransportError, VapiError } from './errors.js';
import { decodeResult, encodeRequest, INVALID, type OperationInfo, type WireStyle } from './wire.js';

/** One HTTP exchange as plugins see it. */
export interface ExchangeRequest {
  /** Canonical id of the operation (`com.vmware.cis.session` for login and logout). */
  readonly operation: string;
  readonly method: string;
  /** Full URL (the session id travels in a header and never appears here). */
  readonly url: string;
  readonly style: WireStyle;
  /** ⚠ Holds the session id (or, for a login, the credentials): never log these. */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text (may hold secrets such as guest credentials: never log it). */
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** Milliseconds before this exchange fails with a timeout (0: none). */
  readonly timeoutMs: number;
  /** 0 for the first exchange of a call; 1, 2, … for resends (retries, after a re-login). */
  readonly attempt: number;
  /** Why this exchange is a resend, e.g. `answered 503; retry 1 of 2`. */
  readonly reason?: string;
}

export interface ExchangeResponse {
  readonly status: number;
  /** The whole response body. */
  readonly text: string;
}

export type Exchange = (request: ExchangeRequest) => Promise<ExchangeResponse>;

/**
 * Wraps the exchange: a plugin gets the next exchange and returns its own. Plugins apply in the
 * order given: the first one sees each exchange before (and its response after) the later ones.
 */
export type Plugin = (next: Exchange) => Exchange;

/** Where an option went that is now a plugin or a fetch adapter (a type error naming the replacement). */
type Moved<Replacement extends string> = `moved: use ${Replacement} (see the package README)`;

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
  /**
   * A fetch implementation (defaults to the global one): for proxies, tests, or on Node
   * `createNodeFetch({ ca })` / `createNodeFetch({ insecure: true })` from the package's
   * `node-fetch` entry to trust vCenter's own CA.
   */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a call fails with a timeout (default 60 000; 0 disables). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>>;
  /** Opt-in behaviour around each exchange: `[retry(), logging(console)]`, `hooks({ … })`, your own. */
  plugins?: readonly Plugin[];
  /** @deprecated Now a plugin: `plugins: [retry({ attempts, delayMs })]`. */
  retry?: Moved<'plugins: [retry({ attempts, delayMs })]'>;
  /** @deprecated Now a plugin: `plugins: [hooks({ onRequest })]`. */
  onRequest?: Moved<'plugins: [hooks({ onRequest })]'>;
  /** @deprecated Now a plugin: `plugins: [hooks({ onResponse })]`. */
  onResponse?: Moved<'plugins: [hooks({ onResponse })]'>;
  /** @deprecated Now a plugin: `plugins: [logging(logger)]`. */
  logger?: Moved<'plugins: [logging(logger)]'>;
  /** @deprecated Now a fetch adapter: `fetch: createNodeFetch({ ca })` from the `node-fetch` entry. */
  ca?: Moved<'fetch: createNodeFetch({ ca })'>;
  /** @deprecated Now a fetch adapter: `fetch: createNodeFetch({ insecure: true })` from the `node-fetch` entry. */
  insecure?: Moved<'fetch: createNodeFetch({ insecure: true })'>;
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

const SESSION = 'com.vmware.cis.session';
type HeaderMap = Record<string, string>;

// Deadlines of the exchanges in flight. One timer, set for the earliest, checks them: a timer per
// call (set and cleared) costs more than everything else the client does per call.
const deadlines = new Set<{ at: number; expire(): void }>();
let wakeAt = Infinity;
let wake: ReturnType<typeof setTimeout> | undefined;

function watch(at: number): void {
  if (at >= wakeAt) return;
  clearTimeout(wake);
  wake = setTimeout(
    () => {
      wakeAt = Infinity;
      const now = performance.now();
      for (const d of deadlines) d.at > now ? watch(d.at) : d.expire();
    },
    (wakeAt = at) - performance.now(),
  );
  // Waiting for a deadline does not keep a process alive (the exchange in flight does).
  (wake as { unref?(): void }).unref?.();
}

/** Creates the transport every service client of one connection shares. */
export function newTransport(options: ClientOptions): Transport {
  const { username, password, fetch: doFetch = fetch, timeoutMs = 60_000, style = 'api' } = options;
  // Options that became plugins or a fetch adapter fail loudly rather than being ignored.
  for (const k of ['retry', 'onRequest', 'onResponse', 'logger', 'ca', 'insecure'])
    if ((options as unknown as Record<string, unknown>)[k] !== undefined)
      throw new TypeError(`option ${k} moved to plugins or createNodeFetch (see README)`);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError('baseUrl must start with http:// or https://');
  const sessionPath = style == 'api' ? '/api/session' : '/rest/com/vmware/cis/session';
  // Secrets live in this closure only: nothing enumerable or inspectable holds them.
  const canLogin = username != null && password != null;
  let session = options.sessionId;
  let pendingLogin: Promise<void> | undefined;

  // The innermost exchange. Its deadline races it rather than riding on an AbortSignal (handing
  // fetch a signal costs more per call than everything else the client does): a response that
  // arrives after the timeout is discarded (its body cancelled); the caller's signal still aborts.
  const exchange = (options.plugins ?? []).reduceRight<Exchange>(
    (next, plugin) => plugin(next),
    ({ operation, method, url, headers, body, signal, timeoutMs: ms }) =>
      new Promise((resolve, reject) => {
        let done: unknown;
        const deadline = {
          at: performance.now() + ms,
          expire: () => settle(0, 'timeout', `no complete response within ${ms} ms`),
        };
        const settle = (
          response: ExchangeResponse | 0,
          kind?: TransportError['kind'],
          what?: string,
          cause?: unknown,
        ) => {
          if (!done)
            response ? resolve(response) : reject(new TransportError(kind!, operation, `${operation}: ${what}`, cause));
          deadlines.delete((done = deadline));
        };
        const failed = (e: unknown) =>
          signal?.aborted ? settle(0, 'aborted', 'aborted', e) : settle(0, 'network', networkMessage(e), e);
        if (ms > 0) watch(deadlines.add(deadline) && deadline.at);
        doFetch(url, signal ? { method, headers, body, signal } : { method, headers, body }).then(
          (res) =>
            done
              ? res.body?.cancel().catch(failed)
              : res.text().then((text) => settle({ status: res.status, text }), failed),
          failed,
        );
      }),
  );

  /** One exchange through the plugins: the decoded result of a 2xx answer, or the error of any other. */
  const send = (
    operation: string,
    method: string,
    path: string,
    headers: HeaderMap,
    reqStyle = style,
    body?: string,
    call?: CallOptions,
    attempt = 0,
  ): Promise<unknown> =>
    exchange({
      operation,
      method,
      url: baseUrl + path,
      style: reqStyle,
      headers: { accept: 'application/json', ...options.headers, ...call?.headers, ...headers },
      body,
      signal: call?.signal,
      timeoutMs: call?.timeoutMs ?? timeoutMs,
      attempt,
      reason: attempt ? 'session expired, logged in again' : undefined,
    }).then(({ status, text }) => {
      if (status < 200 || status > 299) throw decodeError(status, text, operation);
      const value = decodeResult(text, reqStyle);
      if (value === INVALID)
        throw new TransportError('protocol', operation, `${operation}: HTTP ${status} response is not valid JSON`);
      return value;
    });

  const sessionHeader = (): HeaderMap => (session ? { 'vmware-api-session-id': session } : {});

  /** One login at a time: concurrent callers share it. */
  function login(): Promise<void> {
    return (pendingLogin ??= (async () => {
      if (!canLogin) throw new TypeError('login needs username and password in the client options');
      const basic = btoa(String.fromCodePoint(...new TextEncoder().encode(`${username}:${password}`)));
      const value = await send(`${SESSION}.create`, 'POST', sessionPath, { authorization: `Basic ${basic}` });
      if (typeof value != 'string' || !value)
        throw new TransportError('protocol', SESSION, 'login answered without a session id (expected a JSON string)');
      session = value;
    })().finally(() => (pendingLogin = undefined)));
  }

  async function call<T>(op: OperationInfo, args: readonly unknown[], callOptions?: CallOptions): Promise<T> {
    const { method, path, body, style: reqStyle } = encodeRequest(op, args, style);
    for (let attempt = 0; ; attempt++) {
      if (!session && canLogin) await login();
      const sent = session;
      const headers = sessionHeader();
      if (body) headers['content-type'] = 'application/json';
      try {
        return (await send(op.id, method, path, headers, reqStyle, body, callOptions, attempt)) as T;
      } catch (e) {
        // The session expired: log in again once (shared with concurrent calls) and resend once.
        if (attempt || !canLogin || (e as VapiError).status != 401) throw e;
        if (session === sent) session = undefined;
      }
    }
  }

  async function logout(): Promise<void> {
    const headers = sessionHeader();
    if (!session) return;
    session = undefined;
    await send(`${SESSION}.delete`, 'DELETE', sessionPath, headers).catch((e: VapiError) => {
      if (e.status != 401) throw e;
    });
  }

  return { style, call, login, logout, sessionId: () => session };
}

export { VapiError };

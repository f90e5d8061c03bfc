// The transport: the session header and timeouts around one HTTP exchange per call. The rest is
// opt-in, so that bundles carry only what they use: logging in with credentials is an auth
// strategy (login.ts), the legacy /rest paths a wire style (rest.ts), retries, hooks and logging
// plugins (plugins.ts). Emitted verbatim into the package (src/runtime/). No dependencies beyond
// the global fetch.
import { networkMessage, TransportError, VapiError } from './errors.js';
import { api, type OperationInfo, type WireStyle } from './wire.js';

/** One HTTP exchange as plugins see it. */
export interface ExchangeRequest {
  /** Canonical id of the operation (`com.vmware.cis.session` for login and logout). */
  readonly operation: string;
  readonly method: string;
  /** Full URL (the session id travels in a header and never appears here). */
  readonly url: string;
  readonly style: WireStyle['name'];
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

/** Where an option went that is now a plugin, a strategy or a fetch adapter (a type error naming the replacement). */
type Moved<Replacement extends string> = `moved: use ${Replacement} (see the package README)`;

type HeaderMap = Record<string, string>;

/** What an auth strategy gets from the transport it serves. */
export interface Session {
  /** ⚠ The current session id, undefined when there is none. A secret: never log it. */
  id: string | undefined;
  readonly style: WireStyle;
  /**
   * One exchange through the plugins, without the session header unless `headers` has it: the
   * decoded result of a 2xx answer; any other answer throws its error.
   */
  send(operation: string, method: string, path: string, headers: HeaderMap): Promise<unknown>;
}

/** An auth strategy bound to one transport. */
export interface Authenticator {
  /**
   * Runs one call with a session: `exchange(attempt, reason)` sends it with the current session
   * id; the strategy may log in before, and again (then resending) when the session expired.
   */
  call<T>(exchange: (attempt: number, reason?: string) => Promise<T>): Promise<T>;
  /** Creates a session. */
  login(): Promise<void>;
}

/** How a transport gets its session: `auth: login({ username, password })`, or your own. */
export type Auth = (session: Session) => Authenticator;

export interface ClientOptions {
  /** Where vCenter answers, e.g. `https://vcenter.example.com`. */
  baseUrl: string;
  /** The wire style: `/api` by default (vSphere 7.0U2+), or `rest` (imported from the package) for the legacy paths. */
  style?: WireStyle | Moved<'style: rest, imported from the package (the default is /api)'>;
  /** An existing session id, sent as `vmware-api-session-id`. */
  sessionId?: string;
  /**
   * How to get a session when there is none or it expired: `login({ username, password })`
   * (imported from the package) logs in lazily on the first call and once again on expiry.
   */
  auth?: Auth;
  /** @deprecated Now an auth strategy: `auth: login({ username, password })`. */
  username?: Moved<'auth: login({ username, password })'>;
  /** @deprecated Now an auth strategy: `auth: login({ username, password })`. */
  password?: Moved<'auth: login({ username, password })'>;
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
  /** Creates a session with the configured auth strategy. */
  login(): Promise<void>;
  /** Deletes the current session on the server and forgets it. */
  logout(): Promise<void>;
  /** The current session id, if any. Treat it as a secret. */
  sessionId(): string | undefined;
}

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
  const { fetch: doFetch = fetch, timeoutMs = 60_000, style = api, auth } = options;
  // Options that moved fail loudly rather than being ignored.
  for (const k of 'retry onRequest onResponse logger ca insecure username password style'.split(' '))
    if ((options as unknown as Record<string, unknown>)[k] !== undefined && (k != 'style' || typeof style == 'string'))
      throw new TypeError(`option ${k} moved (see the package README)`);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError('baseUrl must start with http:// or https://');
  // The innermost exchange. Its deadline races it rather than riding on an AbortSignal (handing
  // fetch a signal costs more per call than everything else the client does): a response that
  // arrives after the timeout is discarded (its body cancelled); the caller's signal still aborts.
  const exchange = (options.plugins ?? []).reduceRight<Exchange>(
    (next, plugin) => plugin(next),
    ({ operation, method, url, headers, body, signal, timeoutMs: ms }) =>
      new Promise((resolve, reject) => {
        // The exchange is in `deadlines` (with none when ms is 0) until it settles, which it does once.
        const deadline = {
          at: ms > 0 ? performance.now() + ms : Infinity,
          expire: () => fail('timeout', `no complete response within ${ms} ms`),
        };
        const fail = (kind: TransportError['kind'], what: string, cause?: unknown) =>
          deadlines.delete(deadline) && reject(new TransportError(kind, operation, `${operation}: ${what}`, cause));
        const failed = (e: unknown) =>
          signal?.aborted ? fail('aborted', 'aborted', e) : fail('network', networkMessage(e), e);
        watch(deadlines.add(deadline) && deadline.at);
        doFetch(url, signal ? { method, headers, body, signal } : { method, headers, body }).then(
          (res) =>
            deadlines.has(deadline)
              ? res.text().then((text) => deadlines.delete(deadline) && resolve({ status: res.status, text }), failed)
              : res.body?.cancel().catch(failed),
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
    reqStyle = style as WireStyle,
    body?: string,
    call?: CallOptions,
    attempt = 0,
    reason?: string,
  ): Promise<unknown> =>
    exchange({
      operation,
      method,
      url: baseUrl + path,
      style: reqStyle.name,
      headers: { accept: 'application/json', ...options.headers, ...call?.headers, ...headers },
      body,
      signal: call?.signal,
      timeoutMs: call?.timeoutMs ?? timeoutMs,
      attempt,
      reason,
    }).then(({ status, text }) => {
      if (status < 200 || status > 299) throw reqStyle.error(status, text, operation);
      try {
        return reqStyle.result(text);
      } catch {
        // Never the body itself: it may hold a secret such as a session id.
        throw new TransportError('protocol', operation, `${operation}: HTTP ${status} response is not valid JSON`);
      }
    });

  // Secrets live in this closure and the strategy's only: nothing enumerable or inspectable holds them.
  const session: Session = { id: options.sessionId, style: style as WireStyle, send };
  const authenticator = auth?.(session);
  const sessionHeader = (): HeaderMap => (session.id ? { 'vmware-api-session-id': session.id } : {});

  async function call<T>(op: OperationInfo, args: readonly unknown[], callOptions?: CallOptions): Promise<T> {
    const { method, path, body, style: reqStyle } = session.style.encode(op, args);
    const exchange = (attempt: number, reason?: string) =>
      send(
        op.id,
        method,
        path,
        body ? { ...sessionHeader(), 'content-type': 'application/json' } : sessionHeader(),
        reqStyle,
        body,
        callOptions,
        attempt,
        reason,
      ) as Promise<T>;
    return authenticator ? authenticator.call(exchange) : exchange(0);
  }

  async function logout(): Promise<void> {
    const headers = sessionHeader();
    if (!session.id) return;
    session.id = undefined;
    await send('com.vmware.cis.session.delete', 'DELETE', session.style.session, headers).catch((e: VapiError) => {
      if (e.status != 401) throw e;
    });
  }

  return {
    style: session.style,
    call,
    login: async () => {
      if (!authenticator) throw new TypeError('login needs the auth option');
      await authenticator.login();
    },
    logout,
    sessionId: () => session.id,
  };
}

export { VapiError };

// The transport: the session header and the bounds of each call (its signal and deadline,
// scope.ts) around one HTTP exchange per call, with the client's options checked (options.ts),
// each body read within its size limit (body.ts) and each answer checked (answer.ts). The rest is
// opt-in, so that bundles carry only what they use: logging in with credentials is an auth
// strategy (login.ts), the legacy /rest paths a wire style (rest.ts), retries, hooks and logging
// plugins (plugins.ts). Emitted verbatim into the package (src/runtime/). No dependencies beyond
// the global fetch.
import { answer, redactor } from './answer.js';
import { readBody } from './body.js';
import { networkMessage, TransportError, VapiError } from './errors.js';
import { checkOptions, clientBaseUrl } from './options.js';
import { openScope, type CallScope } from './scope.js';
import { api, type OperationInfo, type ResultKind, type WireStyle } from './wire.js';

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
  /**
   * The call's signal: it aborts when the caller's signal does or the call's deadline passes
   * (its `reason` is then the call's TransportError), and the exchange stops with it.
   */
  readonly signal: AbortSignal;
  /**
   * When the call times out, in `performance.now()` milliseconds (Infinity: never): the bound of
   * every exchange of the call and of the waits between them (a retry's backoff).
   */
  readonly deadline: number;
  /** 0 for the first exchange of a call; 1, 2, … for resends (retries, after a re-login). */
  readonly attempt: number;
  /** Why this exchange is a resend, e.g. `answered 503; retry 1 of 2`. */
  readonly reason?: string;
}

export interface ExchangeResponse {
  readonly status: number;
  /** The whole response body. */
  readonly text: string;
  /** The response headers (absent when a plugin made the response up). */
  readonly headers?: Headers;
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
  /** The client's `timeoutMs`: how long a login may take (0: no limit). */
  readonly timeoutMs: number;
  /**
   * One exchange through the plugins, without the session header unless `headers` has it: the
   * decoded result of a 2xx answer; any other answer throws its error. Bounded by `scope`, or
   * by the client's timeout when there is none.
   */
  send(operation: string, method: string, path: string, headers: HeaderMap, scope?: CallScope): Promise<unknown>;
}

/** An auth strategy bound to one transport. */
export interface Authenticator {
  /**
   * Runs one call with a session: `exchange(attempt, reason)` sends it with the current session
   * id; the strategy may log in before, and again (then resending) when the session expired.
   * Whatever it waits for ends when `scope.signal` aborts.
   */
  call<T>(exchange: (attempt: number, reason?: string) => Promise<T>, scope: CallScope): Promise<T>;
  /** Creates a session (waiting for it within `scope`, when given). */
  login(scope?: CallScope): Promise<void>;
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
   * A fetch implementation (defaults to the global one, looked up at each call, so that a test
   * framework may replace it after the client was made): for proxies, tests, or on Node
   * `createNodeFetch({ ca })` / `createNodeFetch({ insecure: true })` from the package's
   * `node-fetch` entry to trust vCenter's own CA.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Milliseconds a call may take before it fails with a timeout, everything included: a login
   * it waits for, retries and the waits between them (default 60 000). `0` or `Infinity` turns
   * the timeout off.
   */
  timeoutMs?: number;
  /**
   * The largest response body a call reads, in bytes (default 33 554 432, i.e. 32 MiB; `Infinity`:
   * no limit). A larger one fails the call with a TransportError of kind `too-large`.
   */
  maxResponseBytes?: number;
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
  /** Aborts the call: its request, a login it waits for, a retry's wait. */
  signal?: AbortSignal;
  /** The client's `timeoutMs` for this call (`0` or `Infinity`: no timeout). */
  timeoutMs?: number;
  /** Extra headers for this call. */
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

/**
 * Creates the transport every service client of one connection shares.
 * @internal
 */
export function newTransport(options: ClientOptions): Transport {
  const { timeoutMs = 60_000, style = api, auth, maxResponseBytes = 2 ** 25 } = options;
  const baseUrl = clientBaseUrl(options);

  // The innermost exchange: fetch, stopped by the call's signal, and the body read up to the limit.
  const exchange = (options.plugins ?? []).reduceRight<Exchange>(
    (next, plugin) => plugin(next),
    async ({ operation, method, url, headers, body, signal }) => {
      try {
        const res = await (options.fetch ?? fetch)(url, { method, headers, body, signal });
        return { status: res.status, text: await readBody(res, maxResponseBytes, operation), headers: res.headers };
      } catch (e) {
        if (signal.aborted)
          throw signal.reason instanceof TransportError
            ? signal.reason
            : new TransportError('aborted', operation, `${operation}: aborted`, signal.reason);
        if (e instanceof TransportError) throw e;
        // The reason fetch gives, without a secret (an invalid header value is quoted in it).
        const what = networkMessage(e);
        const clean = redactor(headers, session.id)(what);
        throw new TransportError('network', operation, `${operation}: ${clean}`, clean == what ? e : undefined);
      }
    },
  );

  /** One exchange through the plugins: the checked result of a 2xx answer, or the error of any other. */
  const send = (
    operation: string,
    method: string,
    path: string,
    headers: HeaderMap,
    scope: CallScope,
    result?: ResultKind,
    reqStyle = style as WireStyle,
    body?: string,
    call?: CallOptions,
    attempt = 0,
    reason?: string,
  ): Promise<unknown> => {
    const all = { accept: 'application/json', ...options.headers, ...call?.headers, ...headers };
    return exchange({
      operation,
      method,
      url: baseUrl + path,
      style: reqStyle.name,
      headers: all,
      body,
      signal: scope.signal,
      deadline: scope.deadline,
      attempt,
      reason,
    }).then(({ status, text }) => answer(operation, method, path, reqStyle, all, session.id, status, text, result));
  };

  /** Runs `run` within a scope of its own: the caller's signal and a timeout of `ms`. */
  const scoped = async <T>(
    operation: string,
    signal: AbortSignal | undefined,
    ms: number,
    run: (scope: CallScope) => Promise<T>,
  ): Promise<T> => {
    const scope = openScope(operation, signal, ms);
    try {
      scope.signal.throwIfAborted();
      return await run(scope);
    } finally {
      scope.close();
    }
  };

  // Secrets live in this closure and the strategy's only: nothing enumerable or inspectable holds them.
  const session: Session = {
    id: options.sessionId,
    style: style as WireStyle,
    timeoutMs,
    send: (operation, method, path, headers, scope) =>
      scope
        ? send(operation, method, path, headers, scope, '?any')
        : scoped(operation, undefined, timeoutMs, (s) => send(operation, method, path, headers, s, '?any')),
  };
  const authenticator = auth?.(session);
  const sessionHeader = (): HeaderMap => (session.id ? { 'vmware-api-session-id': session.id } : {});

  async function call<T>(op: OperationInfo, args: readonly unknown[], callOptions?: CallOptions): Promise<T> {
    if (callOptions) checkOptions(callOptions);
    const { method, path, body, type, style: reqStyle } = session.style.encode(op, args);
    return scoped(op.id, callOptions?.signal, callOptions?.timeoutMs ?? timeoutMs, (scope) => {
      const exchange = (attempt: number, reason?: string) =>
        send(
          op.id,
          method,
          path,
          body ? { ...sessionHeader(), 'content-type': type ?? 'application/json' } : sessionHeader(),
          scope,
          op.result,
          reqStyle,
          body,
          callOptions,
          attempt,
          reason,
        ) as Promise<T>;
      return authenticator ? authenticator.call(exchange, scope) : exchange(0);
    });
  }

  async function logout(): Promise<void> {
    const headers = sessionHeader();
    if (!session.id) return;
    session.id = undefined;
    await session
      .send('com.vmware.cis.session.delete', 'DELETE', session.style.session, headers)
      .catch((e: VapiError) => {
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

// Logging in with a user name and password: `createClient({ …, auth: login({ username, password }) })`.
// A strategy of its own so that clients given a session id do not carry it. Emitted verbatim into
// the package (src/runtime/).
import { EndpointNotFoundError, TransportError, type VapiError } from './errors.js';
import { openScope, within, type CallScope } from './scope.js';
import { sendable } from './options.js';
import type { Auth } from './transport.js';

export interface Credentials {
  username: string;
  /** A secret: kept in the strategy's closure, never in an error or a log. */
  password: string;
}

/**
 * Logs in lazily, on the first call without a session, with HTTP basic auth; when a call answers
 * 401 and the server no longer knows the session (it expired), logs in again once, shared by the
 * calls in flight, and resends it once. A 401 while the session is alive is the operation's own
 * answer (guest or host credentials rejected): it is thrown as it came, and the session is kept
 * (a new login would leave the live one behind on the server). A call waits for the shared login only within its own signal and deadline; the login
 * itself has the client's timeout, and stops when every call waiting for it has given up.
 */
export function login({ username, password }: Credentials): Auth {
  if (typeof username != 'string' || !username || typeof password != 'string')
    throw new TypeError('login needs username and password (strings)');
  // RFC 7617: the user name ends at the first colon.
  if (username.includes(':')) throw new TypeError('login: a user name for basic auth cannot contain ":"');
  return (session) => {
    const id = 'com.vmware.cis.session.create';
    let pending: { done: Promise<void>; waiters: number; stop(): void } | undefined;
    const start = () => {
      const stop = new AbortController();
      const scope = openScope(id, stop.signal, session.timeoutMs);
      const done = (async () => {
        // Byte by byte: spreading a long password into String.fromCharCode would overflow the stack.
        let bytes = '';
        for (const b of new TextEncoder().encode(`${username}:${password}`)) bytes += String.fromCharCode(b);
        const value = await session
          .send(id, 'POST', session.style.session, { authorization: `Basic ${btoa(bytes)}` }, scope)
          .catch((e: unknown) => {
            // No /api/session: the server predates /api (vSphere 7.0U2).
            throw e instanceof EndpointNotFoundError && e.style == 'api'
              ? new EndpointNotFoundError(
                  id,
                  `${e.message}; vCenter before 7.0U2 has no /api: try style: rest (imported from the package)`,
                  e,
                )
              : e;
          });
        if (!sendable(value))
          throw new TransportError(
            'protocol',
            id,
            `${id}: login answered no usable session id (expected a JSON string that can be sent in a header)`,
          );
        session.id = value as string;
      })().finally(() => {
        scope.close();
        pending = undefined;
      });
      // A login that every caller gave up on rejects unheard.
      done.catch(() => undefined);
      return (pending = { done, waiters: 0, stop: () => stop.abort() });
    };
    // Waits for the shared login within the caller's scope (without one: until it ends); the
    // last caller to give up stops it.
    const wait = async (scope?: CallScope): Promise<void> => {
      const p = pending ?? start();
      p.waiters += scope ? 1 : Infinity;
      try {
        await (scope ? within(p.done, scope) : p.done);
      } finally {
        if (!--p.waiters) {
          // Later callers start a login of their own rather than join the one being stopped.
          if (pending == p) pending = undefined;
          p.stop();
        }
      }
    };
    // Whether the server still knows session `sid`: one read of the session, shared by the calls
    // that got a 401 with it meanwhile. Anything but a 2xx counts as no (then: log in again).
    let probe: { sid: string; alive: Promise<boolean> } | undefined;
    const alive = (sid: string, scope: CallScope): Promise<boolean> => {
      if (probe?.sid === sid) return probe.alive;
      const [method, path] = session.style.sessionGet;
      const p = {
        sid,
        alive: session
          .send('com.vmware.cis.session.get', method, path, { 'vmware-api-session-id': sid }, scope)
          .then(
            () => true,
            () => false,
          )
          .finally(() => {
            if (probe == p) probe = undefined;
          }),
      };
      return (probe = p).alive;
    };
    return {
      login: wait,
      async call(exchange, scope) {
        for (let attempt = 0; ; attempt++) {
          if (!session.id) await wait(scope);
          const sent = session.id;
          try {
            return await exchange(attempt, attempt ? 'session expired, logged in again' : undefined);
          } catch (e) {
            if (attempt || (e as VapiError).status != 401) throw e;
            // The operation's own 401 (credentials it was given are wrong): the session is fine.
            if (sent && session.id === sent && (await alive(sent, scope))) throw e;
            // The session expired: log in again once (shared with concurrent calls) and resend once.
            if (session.id === sent) session.id = undefined;
          }
        }
      },
    };
  };
}

// Logging in with a user name and password: `createClient({ …, auth: login({ username, password }) })`.
// A strategy of its own so that clients given a session id do not carry it. Emitted verbatim into
// the package (src/runtime/).
import { TransportError, type VapiError } from './errors.js';
import type { Auth } from './transport.js';

export interface Credentials {
  username: string;
  /** A secret: kept in the strategy's closure, never in an error or a log. */
  password: string;
}

/**
 * Logs in lazily, on the first call without a session, with HTTP basic auth; when a call answers
 * 401 (the session expired), logs in again once, shared by the calls in flight, and resends it once.
 */
export function login({ username, password }: Credentials): Auth {
  if (username == null || password == null) throw new TypeError('login needs username and password');
  return (session) => {
    let pending: Promise<void> | undefined;
    // One login at a time: concurrent callers share it.
    const login = (): Promise<void> =>
      (pending ??= (async () => {
        const basic = btoa(String.fromCodePoint(...new TextEncoder().encode(`${username}:${password}`)));
        const id = 'com.vmware.cis.session';
        const value = await session.send(`${id}.create`, 'POST', session.style.session, {
          authorization: `Basic ${basic}`,
        });
        if (typeof value != 'string' || !value)
          throw new TransportError('protocol', id, 'login answered without a session id (expected a JSON string)');
        session.id = value;
      })().finally(() => (pending = undefined)));
    return {
      login,
      async call(exchange) {
        for (let attempt = 0; ; attempt++) {
          if (!session.id) await login();
          const sent = session.id;
          try {
            return await exchange(attempt, attempt ? 'session expired, logged in again' : undefined);
          } catch (e) {
            // The session expired: log in again once (shared with concurrent calls) and resend once.
            if (attempt || (e as VapiError).status != 401) throw e;
            if (session.id === sent) session.id = undefined;
          }
        }
      },
    };
  };
}

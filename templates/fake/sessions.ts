// Users and sessions: login with HTTP basic auth (`POST /api/session`, `POST
// /rest/com/vmware/cis/session`), the session id in `vmware-api-session-id`, idle expiry on the
// fake's clock, expiry on demand, and privileges: a read-only user may only call operations that
// need no more than reading. Emitted verbatim into the package (src/fake/).
import type { Clock, Random } from './clock.js';
import { Fault } from './faults.js';

export interface FakeUser {
  username: string;
  /** A secret: never recorded. */
  password: string;
  /**
   * What the user may do: `'all'` (the default), `'read-only'` (operations that need only
   * System.Read / System.View / System.Anonymous, or none), or the privilege ids the user holds.
   */
  privileges?: 'all' | 'read-only' | readonly string[];
}

/** The user every fake knows unless given others. */
export const DEFAULT_USER: Readonly<FakeUser> = Object.freeze({
  username: 'administrator@vsphere.local',
  password: 'VMware1!',
});

/** What reading needs: the privileges of vCenter's Read-only role. */
const READ = new Set(['System.Anonymous', 'System.Read', 'System.View']);

export interface Session {
  readonly user: FakeUser;
  readonly created: number;
  lastAccessed: number;
}

export interface SessionInfo {
  user: string;
  created_time: string;
  last_accessed_time: string;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();
  private users: FakeUser[];

  constructor(
    users: readonly FakeUser[],
    private readonly clock: Clock,
    private readonly random: Random,
    /** Idle time after which a session is gone (0: never). */
    readonly idleMs: number,
  ) {
    this.users = users.map((u) => ({ ...u }));
  }

  /** Logs a user in from an `Authorization: Basic …` header; UNAUTHENTICATED when it does not match. */
  login(authorization: string | undefined): string {
    const m = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
    let decoded = '';
    try {
      decoded = m ? new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0))) : '';
    } catch {
      // not base64: refused below
    }
    const colon = decoded.indexOf(':');
    const user =
      colon > 0 &&
      this.users.find((u) => u.username == decoded.slice(0, colon) && u.password == decoded.slice(colon + 1));
    if (!user)
      throw unauthenticated(m ? 'the user name or password is not valid' : 'log in with HTTP basic authentication');
    return this.open(user);
  }

  /** A session for a configured user, without a password (for `sessionId` clients). */
  open(user: FakeUser): string {
    // Sessions that went idle are dropped here too, so that logins without logouts stay bounded.
    for (const old of this.byId.keys()) this.live(old);
    const id = this.random.hex(32);
    const now = this.clock.now();
    this.byId.set(id, { user, created: now, lastAccessed: now });
    return id;
  }

  user(name: string): FakeUser | undefined {
    return this.users.find((u) => u.username == name);
  }

  addUser(user: FakeUser): void {
    this.users = [...this.users.filter((u) => u.username != user.username), { ...user }];
  }

  /** The live session of `id` (its idle time restarts), or UNAUTHENTICATED. */
  use(id: string | undefined): Session {
    const s = id ? this.live(id) : undefined;
    if (!s) throw unauthenticated(id ? 'the session is not valid or has expired' : 'this call needs a session');
    s.lastAccessed = this.clock.now();
    return s;
  }

  private live(id: string): Session | undefined {
    const s = this.byId.get(id);
    if (s && this.idleMs > 0 && this.clock.now() - s.lastAccessed >= this.idleMs) {
      this.byId.delete(id);
      return undefined;
    }
    return s;
  }

  info(s: Session): SessionInfo {
    const iso = (t: number): string => new Date(t).toISOString();
    return { user: s.user.username, created_time: iso(s.created), last_accessed_time: iso(s.lastAccessed) };
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  /** Ends one session, or every session; the next call with it answers UNAUTHENTICATED. */
  expire(id?: string): void {
    if (id === undefined) this.byId.clear();
    else this.byId.delete(id);
  }

  /** Sessions alive now. */
  get active(): number {
    for (const id of [...this.byId.keys()]) this.live(id);
    return this.byId.size;
  }

  /** UNAUTHORIZED unless the user holds every privilege the operation needs. */
  authorize(user: FakeUser, required: readonly string[] | undefined, operation: string, method: string): void {
    const p = user.privileges ?? 'all';
    if (p == 'all') return;
    const needs = required ?? [];
    const held = (x: string): boolean => (p == 'read-only' ? READ.has(x) : p.includes(x) || READ.has(x));
    // A read-only user with an operation that documents no privileges: reads (GET) only.
    const ok = needs.length ? needs.every(held) : p != 'read-only' || method == 'GET';
    if (!ok)
      throw new Fault(
        'UNAUTHORIZED',
        `${user.username} may not call ${operation}${needs.length ? ` (needs ${needs.join(', ')})` : ''}`,
      );
  }
}

export function unauthenticated(message: string): Fault {
  return new Fault('UNAUTHENTICATED', message, undefined, { challenge: 'Basic realm="VMware vAPI"' });
}

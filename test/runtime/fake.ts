// The generated package's fake vCenter for the runtime's behaviour tests: the package's client
// (generated/vcenter-vm, imported from dist/ like users do) on the fake's in-process fetch, which
// keeps sessions, validates requests against the spec and answers in each style's wire shape; and
// a recorder of what the client handed to fetch and what it got back, for the facts a test
// asserts about the request itself (a header, a path, a body).
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { createFake, DEFAULT_USER, type FakeOptions } from '../../generated/vcenter-vm/dist/fake/index.js';

export { vc, createFake, DEFAULT_USER };
export type Fake = ReturnType<typeof createFake>;
export type Client = ReturnType<typeof vc.createClient>;
export type VmId = vc.Id<'VirtualMachine'>;

/** One exchange as the client's fetch saw it. */
export interface Sent {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The request body ('' when none). */
  body: string;
  status: number;
  /** The response body. */
  text: string;
}

/** `fetch`, recording each exchange in `sent` (the response is read from a clone). */
export function recording(fetch: typeof globalThis.fetch): { fetch: typeof globalThis.fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init = {}) => {
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((v, k) => (headers[k] = v));
      const url = new URL(String(input));
      const res = await fetch(input, init);
      sent.push({
        method: init.method ?? 'GET',
        url: url.pathname + url.search,
        headers,
        body: typeof init.body == 'string' ? init.body : '',
        status: res.status,
        text: await res.clone().text(),
      });
      return res;
    },
  };
}

export const credentials = { username: DEFAULT_USER.username, password: DEFAULT_USER.password };

/**
 * A fake (made with `fakeOptions`) and a client of it over its recorded fetch, with `options`, or
 * what `options(fake)` returns (default: logging in as the fake's default user; give `sessionId`,
 * e.g. `fake.login()`, or another `auth` instead).
 */
export function fakeClient(
  options: Partial<vc.ClientOptions> | ((fake: Fake) => Partial<vc.ClientOptions>) = {},
  fakeOptions: FakeOptions = {},
) {
  const fake = createFake(fakeOptions);
  const { fetch, sent } = recording(fake.fetch);
  const given = typeof options == 'function' ? options(fake) : options;
  const c = vc.createClient({
    baseUrl: 'https://vcenter.fake',
    fetch,
    ...(given.sessionId === undefined && !given.auth ? { auth: vc.login(credentials) } : {}),
    ...given,
  });
  return { fake, c, sent, vm: vc.id('VirtualMachine', fake.vm.id) };
}

/** The calls of the fake that created sessions. */
export const logins = (fake: Fake): number => fake.callsTo('com.vmware.cis.session.create').length;

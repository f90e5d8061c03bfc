// Secrets never reach any rendering of an error (message, String, JSON.stringify, util.inspect
// with hidden fields, stack, cause) nor the logging plugin and hooks: a session id that cannot be
// sent in a header (CR, LF, NUL), given by the user or answered by a login, and error bodies that
// echo the request's headers (as some proxies' error pages do), in HTML or in JSON.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { minimal } from './load.js';
import { serverPerTest, type Recorded } from './server.js';

const { createClient, hooks, id, logging, login, retry, TransportError, VapiError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const SID = 'sid-0123456789abcdef-secret';
const PASSWORD = 'pa55word-very-secret';

const serve = serverPerTest();

/** Every way an error is shown: its message, String, JSON, inspect (hidden fields too), stack, cause. */
function renderings(e: unknown): string {
  const err = e as Error;
  return [
    err.message,
    String(err),
    JSON.stringify(err),
    inspect(err, { depth: 20, showHidden: true }),
    err.stack,
    String(err.cause),
    inspect(err.cause, { depth: 20, showHidden: true }),
    JSON.stringify((err as { messages?: unknown }).messages),
    JSON.stringify((err as { fields?: unknown }).fields),
  ].join('\n');
}

/** What the logging plugin and the hooks were told. */
function recorder() {
  const lines: string[] = [];
  const plugins = [
    logging({ debug: (m) => lines.push(m), warn: (m) => lines.push(m) }),
    hooks({ onRequest: (e) => lines.push(JSON.stringify(e)), onResponse: (e) => lines.push(JSON.stringify(e)) }),
  ];
  return { plugins, text: () => lines.join('\n') };
}

const basic = `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`;
const secrets = [SID, PASSWORD, basic.slice(6), 'cookie-secret-1', 'key-secret-2'];
function expectClean(text: string): void {
  for (const s of secrets) expect(text, `leaks ${s}`).not.toContain(s);
}

/** A proxy's error page that echoes the request: its line and its headers. */
const echo = (r: Recorded, json: boolean) =>
  json
    ? { status: 502, body: { error: 'bad gateway', request: { url: r.url, headers: r.headers } } }
    : {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: `<html><pre>${r.method} ${r.url}\n${Object.entries(r.headers)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join('\n')}</pre></html>`,
      };

describe.each([
  ['the global fetch', undefined],
  ['createNodeFetch', createNodeFetch({})],
] as const)('with %s', (_, fetch) => {
  it.each(['\r\nx-injected: 1', '\nx', '\u0000x', '\u2028'])(
    'refuses a session id with %j without showing it',
    async (tail) => {
      let thrown: unknown;
      try {
        createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: SID + tail, fetch });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toBe('sessionId must be a string that can be sent in a header (got string)');
      expectClean(renderings(thrown));
    },
  );

  it('fails a login that answers a session id with CR and LF, without showing it', async () => {
    const s = await serve(() => ({ body: JSON.stringify(`${SID}\r\nset-cookie: x`) }));
    const log = recorder();
    const c = createClient({
      baseUrl: s.url,
      auth: login({ username: 'admin', password: PASSWORD }),
      plugins: log.plugins,
      fetch,
    });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'protocol', operation: 'com.vmware.cis.session.create' });
    expect(c.transport.sessionId()).toBeUndefined();
    expectClean(renderings(e) + log.text());
  });

  it('redacts a session id that fetch refuses to send (a strategy of your own set it)', async () => {
    const s = await serve(() => ({ body: [] }));
    const c = createClient({
      baseUrl: s.url,
      fetch,
      auth: (session) => ({
        login: async () => undefined,
        call: (exchange) => ((session.id = `${SID}\r\nx`), exchange(0)),
      }),
    });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: 'network' });
    expect((e as Error).message).toContain('[redacted]');
    expect((e as Error).cause).toBeUndefined();
    expectClean(renderings(e));
    expect(s.requests).toHaveLength(0);
  });

  it.each([
    ['HTML', false],
    ['JSON', true],
  ])('redacts the headers a proxy error page in %s echoes, in every rendering and log', async (__, json) => {
    const s = await serve((r) => echo(r, json));
    const log = recorder();
    const c = createClient({
      baseUrl: s.url,
      sessionId: SID,
      headers: { cookie: 'vmware=cookie-secret-1', 'x-api-key': 'key-secret-2' },
      plugins: [retry({ attempts: 1, delayMs: 1 }), ...log.plugins],
      fetch,
    });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VapiError);
    const text = renderings(e);
    expect(text).toContain('[redacted]');
    // The rest of the page is still there, for whoever debugs the proxy.
    expect(text).toContain('/api/vcenter/vm/vm-1/hardware/cdrom');
    expectClean(text + log.text());
  });

  it('redacts the credentials a proxy echoes when the login fails', async () => {
    const s = await serve((r) => echo(r, false));
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'admin', password: PASSWORD }), fetch });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VapiError);
    expect(s.requests[0]!.headers.authorization).toBe(basic);
    expectClean(renderings(e));
  });

  it('redacts a session id that a vAPI error message quotes', async () => {
    const s = await serve(() => ({
      status: 401,
      body: {
        error_type: 'UNAUTHENTICATED',
        messages: [{ id: 'x', default_message: `session ${SID} is not valid`, args: [SID] }],
        challenge: `Bearer ${SID}`,
      },
    }));
    const c = createClient({ baseUrl: s.url, sessionId: SID, fetch });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect((e as Error).message).toBe(
      'UNAUTHENTICATED: session [redacted] is not valid (HTTP 401, com.vmware.vcenter.vm.hardware.cdrom.list)',
    );
    expect(e).toMatchObject({ messages: [{ args: ['[redacted]'] }], challenge: 'Bearer [redacted]' });
    expectClean(renderings(e));
  });
});

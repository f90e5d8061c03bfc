// The small core of the runtime: timeouts kept by one shared timer, error classes made on first
// use (and UnknownVapiError without a class of its own), and a one-operation bundle that leaves
// out what it does not import (plugins, error classes, the Node TLS adapter, login, /rest).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { minimal } from './load.js';
import { serverPerTest, type Handler } from './server.js';

const { createClient, id, NotFoundError, TransportError, UnknownVapiError, VapiError, VapiStdError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '1');
const DIST = join(ROOT, 'test/scenarios/__snapshots__/minimal/dist');

const start = serverPerTest();
async function serve(handler: Handler) {
  return createClient({ baseUrl: (await start(handler)).url, sessionId: 's' });
}

describe('timeouts', () => {
  it('keeps each call to its own deadline, whatever the order they were made in', async () => {
    const c = await serve((r) => (r.url.includes('cdrom/1') ? { body: { label: 'x' } } : { body: [], delayMs: 150 }));
    const started = performance.now();
    const [slow, fast, quick] = await Promise.allSettled([
      c.hardware.cdrom.list(vm, { timeoutMs: 2_000 }),
      c.hardware.cdrom.list(vm, { timeoutMs: 40 }),
      c.hardware.cdrom.get(vm, cd, { timeoutMs: 1_000 }),
    ]);
    expect(slow).toMatchObject({ status: 'fulfilled', value: [] });
    expect(fast.status === 'rejected' && (fast.reason as InstanceType<typeof TransportError>).kind).toBe('timeout');
    expect(quick.status).toBe('fulfilled');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('does not keep a process alive once its calls are done (the 60 s default is pending)', () => {
    const script = `
import { createServer } from 'node:http';
const { createClient, id } = await import(${JSON.stringify(join(DIST, 'index.js'))});
const server = createServer((req, res) => res.end('[]')).listen(0, '127.0.0.1', async () => {
  const c = createClient({ baseUrl: 'http://127.0.0.1:' + server.address().port, sessionId: 's' });
  console.log(JSON.stringify(await c.hardware.cdrom.list(id('VirtualMachine', 'vm-1'))));
  server.close();
  server.closeAllConnections();
});
`;
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('[]');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('error classes', () => {
  it('gives every error type one class, the one the package exports, named after the type', async () => {
    const c = await serve((r) =>
      r.url.includes('cdrom/1')
        ? { status: 500, body: { error_type: 'ERROR', messages: [] } }
        : { status: 409, body: { error_type: 'CONCURRENT_CHANGE', messages: [], detail: 'x' } },
    );
    const known = await c.hardware.cdrom.get(vm, cd).catch((e: unknown) => e);
    expect(known).toBeInstanceOf(VapiStdError);
    expect((known as Error).name).toBe('VapiStdError');
    expect(known).not.toBeInstanceOf(UnknownVapiError);
    const unknown = await c.hardware.cdrom.list(vm).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(VapiError);
    expect(unknown).toBeInstanceOf(UnknownVapiError);
    expect(unknown).not.toBeInstanceOf(NotFoundError);
    expect((unknown as Error).name).toBe('ConcurrentChangeError');
    expect(unknown).toMatchObject({ type: 'CONCURRENT_CHANGE', status: 409, detail: 'x' });
    // toJSON leaves out the raw body, which the properties already show
    expect(JSON.parse(JSON.stringify(unknown))).toEqual({
      name: 'ConcurrentChangeError',
      type: 'CONCURRENT_CHANGE',
      status: 409,
      messages: [],
      operation: 'com.vmware.vcenter.vm.hardware.cdrom.list',
      detail: 'x',
    });
  });
});

describe('a response without a vAPI error body', () => {
  // The status alone stands for the error type vAPI sends with it on /api (openapi.json's table).
  it.each([
    [400, 'INVALID_ARGUMENT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'UNAUTHORIZED'],
    [409, 'CONCURRENT_CHANGE'],
    [500, 'ERROR'],
    [503, 'SERVICE_UNAVAILABLE'],
    [504, 'TIMED_OUT'],
    [418, 'INVALID_REQUEST'],
    [502, 'ERROR'],
  ])('HTTP %i is %s', async (status, type) => {
    const c = await serve(() => ({ status }));
    await expect(c.hardware.cdrom.list(vm).catch((e: unknown) => e)).resolves.toMatchObject({
      type,
      status,
    });
  });
});

describe('a one-operation bundle', () => {
  const bundle = async (contents: string) => {
    const r = await build({
      stdin: { contents, resolveDir: ROOT },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return r.outputFiles[0]!.text;
  };
  const index = JSON.stringify(join(DIST, 'index.js'));
  // Text that only the login strategy, the /rest style and the query and body encoder hold.
  const login = ['logged in again', 'authorization', 'login answered'];
  const rest = ['/rest/com/vmware/cis/session'];
  const parts = ['Object.entries', 'JSON.stringify'];

  it('carries neither the plugins, nor error classes it does not name, nor the TLS adapter, login, /rest or a body encoder', async () => {
    const text = await bundle(`import { createTransport, hardwareCdromGet, id } from ${index};
export const run = () => hardwareCdromGet(createTransport({ baseUrl: 'https://vc', sessionId: 's' }), id('VirtualMachine', 'vm-1'), id('x', '1'));`);
    expect(text).toContain('com.vmware.vcenter.vm.hardware.cdrom.get');
    expect(text).not.toMatch(/(?<!Endpoint)NotFoundError/);
    for (const absent of [
      'answered 503',
      'durationMs',
      'UnauthenticatedError',
      'rejectUnauthorized',
      'hardware.cdrom.list',
      ...login,
      ...rest,
      ...parts,
    ])
      expect(text, absent).not.toContain(absent);
  });

  it('carries login, the /rest style and the body encoder when the consumer imports or calls them', async () => {
    const text = await bundle(`import { createTransport, hardwareCdromUpdate, id, login, rest } from ${index};
const t = createTransport({ baseUrl: 'https://vc', auth: login({ username: 'u', password: 'p' }), style: rest });
export const run = () => hardwareCdromUpdate(t, id('VirtualMachine', 'vm-1'), id('x', '1'), {});`);
    for (const present of ['/rest/com/vmware/cis/session', 'logged in again', 'authorization', 'JSON.stringify'])
      expect(text, present).toContain(present);
  });
});

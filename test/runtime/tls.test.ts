// TLS of the generated client against an HTTPS server on 127.0.0.1 whose CA and certificate this
// file makes with the openssl CLI: verification is on by default, `createNodeFetch({ ca })` (the
// package's node-fetch entry, passed as `fetch`) trusts a private CA instead of Node's store,
// `{ insecure: true }` turns checks off, and the node:https adapter keeps sessions, bodies,
// statuses, aborts and timeouts working.
// Skipped, with a message in the suite name, when openssl is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { minimal } from './load.js';
import { serverPerTest, startServer, type Handler, type Recorded, type ServerTls } from './server.js';
import { requires } from '../setup/requires.js';

const { createClient, id, NotFoundError, TransportError, UnauthenticatedError } = minimal;
type TransportErr = InstanceType<typeof TransportError>;
const vm = id('VirtualMachine', 'vm-1');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
const DIST = join(ROOT, 'test/scenarios/__snapshots__/minimal/dist');

const hasOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8', timeout: 10_000 }).status === 0;

interface Pki {
  ca: string;
  otherCa: string;
  server: ServerTls;
  /** Signed by the CA but issued for vcenter.example only. */
  otherName: ServerTls;
}

function openssl(dir: string, args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
}

/** A CA, a second unrelated CA, and a server certificate for 127.0.0.1 signed by the first. */
function makePki(dir: string): Pki {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const caConf = (cn: string) =>
    `[req]\ndistinguished_name = dn\nprompt = no\nx509_extensions = v3_ca\n[dn]\nCN = ${cn}\n` +
    `[v3_ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n`;
  writeFileSync(join(dir, 'ca.cnf'), caConf('vcgen test CA'));
  writeFileSync(join(dir, 'other.cnf'), caConf('vcgen other CA'));
  writeFileSync(join(dir, 'server.cnf'), '[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = 127.0.0.1\n');
  writeFileSync(
    join(dir, 'ext.cnf'),
    '[srv]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\n' +
      'subjectAltName = IP:127.0.0.1,DNS:localhost\nauthorityKeyIdentifier = keyid\n' +
      '[named]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = DNS:vcenter.example\n',
  );
  openssl(dir, ['req', '-x509', ...ec, '-config', 'ca.cnf', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2']);
  openssl(dir, [
    'req',
    '-x509',
    ...ec,
    '-config',
    'other.cnf',
    '-keyout',
    'other.key',
    '-out',
    'other.pem',
    '-days',
    '2',
  ]);
  openssl(dir, ['req', '-new', ...ec, '-config', 'server.cnf', '-keyout', 'server.key', '-out', 'server.csr']);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    '4242',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'srv',
    '-out',
    'server.pem',
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    '4243',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'named',
    '-out',
    'named.pem',
  ]);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const key = read('server.key');
  return {
    ca: read('ca.pem'),
    otherCa: read('other.pem'),
    server: { key, cert: read('server.pem') },
    otherName: { key, cert: read('named.pem') },
  };
}

describe('TLS options', () => {
  requires(
    hasOpenssl ? undefined : 'needs the openssl command (apt-get install openssl), which makes the test certificates',
  );
  let dir: string;
  let pki: Pki;
  const start = serverPerTest();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vcgen-tls-'));
    if (hasOpenssl) pki = makePki(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const serve = (handler: Handler) => start(handler, pki.server);

  /** A fake vCenter (api style): login, cdrom list/update, 404 for an unknown CD-ROM, logout. */
  function fakeVcenter(): Handler {
    return (r: Recorded) => {
      if (r.url === '/api/session' && r.method === 'POST') return { body: JSON.stringify('sid-tls') };
      if (r.url === '/api/session' && r.method === 'DELETE') return { status: 204 };
      if (r.headers['vmware-api-session-id'] !== 'sid-tls')
        return { status: 401, body: { error_type: 'UNAUTHENTICATED', messages: [] } };
      if (r.url.endsWith('/hardware/cdrom') && r.method === 'GET') return { body: [{ cdrom: '3000' }] };
      if (r.url.endsWith('/hardware/cdrom/3000') && r.method === 'PATCH') return { status: 204 };
      return {
        status: 404,
        body: { error_type: 'NOT_FOUND', messages: [{ id: 'x', default_message: 'no such cdrom', args: [] }] },
      };
    };
  }
  const login = { auth: minimal.login({ username: 'admin@vsphere.local', password: 's3cret!' }) };

  it('verifies certificates by default: a private CA fails with a TLS error before any request', async () => {
    const s = await serve(fakeVcenter());
    const c = createClient({ baseUrl: s.url, ...login });
    const err = (await c.hardware.cdrom.list(vm).catch((e: unknown) => e)) as TransportErr;
    expect(err).toBeInstanceOf(TransportError);
    expect(err.kind).toBe('network');
    // fetch's own reason and code, not a bare "fetch failed"
    expect(err.message).toMatch(/: fetch failed \(.*certificate.*\) \[[A-Z_]+\]$/);
    expect(err.message).not.toContain('s3cret');
    expect(s.requests).toHaveLength(0);
  });

  it('trusts the server with ca: session, headers, bodies and statuses round-trip', async () => {
    const s = await serve(fakeVcenter());
    const c = createClient({ baseUrl: s.url, ...login, fetch: createNodeFetch({ ca: pki.ca }) });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
    expect(s.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('admin@vsphere.local:s3cret!').toString('base64')}`,
    );
    expect(s.requests[0]!.headers['content-length']).toBe('0'); // a POST without body, as fetch sends it
    expect(s.requests[0]!.headers['transfer-encoding']).toBeUndefined();
    expect(s.requests[1]!.headers['vmware-api-session-id']).toBe('sid-tls');
    expect(s.requests[1]!.headers.accept).toBe('application/json');

    await c.hardware.cdrom.update(vm, cd, { backing: { type: 'ISO_FILE', iso_file: '[ds1] iso/é.iso' } } as never);
    const patch = s.requests[2]!;
    expect(patch.method).toBe('PATCH');
    expect(patch.headers['content-type']).toBe('application/json');
    expect(JSON.parse(patch.body)).toEqual({ backing: { type: 'ISO_FILE', iso_file: '[ds1] iso/é.iso' } });
    expect(Number(patch.headers['content-length'])).toBe(Buffer.byteLength(patch.body));

    const err = await c.hardware.cdrom
      .get(vm, id('com.vmware.vcenter.vm.hardware.Cdrom', '9'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as InstanceType<typeof NotFoundError>).status).toBe(404);
    expect((err as InstanceType<typeof NotFoundError>).messages[0]?.default_message).toBe('no such cdrom');

    await c.logout();
    expect(s.requests.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/session' });
    expect(s.connections).toBe(1); // keep-alive: one TLS connection for all five exchanges
  });

  it('accepts a list of CAs, and ca replaces the default store (an unrelated CA fails)', async () => {
    const s = await serve(fakeVcenter());
    await expect(
      createClient({
        baseUrl: s.url,
        ...login,
        fetch: createNodeFetch({ ca: [pki.otherCa, pki.ca] }),
      }).hardware.cdrom.list(vm),
    ).resolves.toHaveLength(1);
    const err = (await createClient({ baseUrl: s.url, ...login, fetch: createNodeFetch({ ca: pki.otherCa }) })
      .hardware.cdrom.list(vm)
      .catch((e: unknown) => e)) as TransportErr;
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/certificate.* \[[A-Z_]+\]$/);
  });

  it('says when the certificate names another host', async () => {
    const named = await startServer(fakeVcenter(), pki.otherName);
    try {
      const c = createClient({ baseUrl: named.url, sessionId: 'sid-tls', fetch: createNodeFetch({ ca: pki.ca }) });
      const err = (await c.hardware.cdrom.list(vm).catch((e: unknown) => e)) as TransportErr;
      expect(err.kind).toBe('network');
      expect(err.message).toMatch(/altnames.*\[ERR_TLS_CERT_ALTNAME_INVALID\]$/);
    } finally {
      await named.close();
    }
  });

  it('skips verification with insecure: true', async () => {
    const s = await serve(fakeVcenter());
    const c = createClient({ baseUrl: s.url, ...login, fetch: createNodeFetch({ insecure: true }) });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([{ cdrom: '3000' }]);
    expect(s.requests[1]!.headers['vmware-api-session-id']).toBe('sid-tls');
  });

  it('maps a 401 through the adapter to UnauthenticatedError', async () => {
    const s = await serve(fakeVcenter());
    const c = createClient({ baseUrl: s.url, sessionId: 'bogus', fetch: createNodeFetch({ ca: pki.ca }) });
    await expect(c.hardware.cdrom.list(vm)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('times out and aborts through the adapter', async () => {
    const s = await serve(() => ({ body: [], delayMs: 1_000 }));
    const c = createClient({ baseUrl: s.url, sessionId: 'x', fetch: createNodeFetch({ ca: pki.ca }) });
    const started = performance.now();
    const timedOut = (await c.hardware.cdrom.list(vm, { timeoutMs: 50 }).catch((e: unknown) => e)) as TransportErr;
    expect(timedOut).toBeInstanceOf(TransportError);
    expect(timedOut.kind).toBe('timeout');

    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const aborted = (await c.hardware.cdrom.list(vm, { signal: ac.signal }).catch((e: unknown) => e)) as TransportErr;
    expect(aborted.kind).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(900);

    const before = new AbortController();
    before.abort();
    const early = (await c.hardware.cdrom.list(vm, { signal: before.signal }).catch((e: unknown) => e)) as TransportErr;
    expect(early.kind).toBe('aborted');
  });

  it('serves plain http URLs too when TLS options are set', async () => {
    const server = await start(() => ({ body: [] }));
    const c = createClient({ baseUrl: server.url, sessionId: 'x', fetch: createNodeFetch({ insecure: true }) });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
  });
});

describe('TLS option checks', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('accepts only the literal true for insecure, PEM text for ca, and not both', () => {
    expect(() => createNodeFetch({ insecure: false as unknown as true })).toThrow(/only the literal true/);
    expect(() => createNodeFetch({ insecure: 'yes' as unknown as true })).toThrow(TypeError);
    expect(() => createNodeFetch({ ca: '/etc/ssl/vcenter.pem' })).toThrow(/PEM text/);
    expect(() => createNodeFetch({ ca: [] })).toThrow(/PEM text/);
    expect(() => createNodeFetch({ ca: pem, insecure: true })).toThrow(/not both/);
    expect(() => createNodeFetch({ ca: [pem, pem] })).not.toThrow();
  });

  it('loads node:https only on the first request that needs it', () => {
    const script = `
const loaded = () => process.moduleLoadList.some((m) => m === 'NativeModule https');
const { createClient, id } = await import(${JSON.stringify(join(DIST, 'index.js'))});
const { createNodeFetch } = await import(${JSON.stringify(join(DIST, 'runtime/node-fetch.js'))});
const out = [loaded()];
const c = createClient({ baseUrl: 'https://127.0.0.1:1', sessionId: 's', fetch: createNodeFetch({ insecure: true }) });
out.push(loaded());
await c.hardware.cdrom.list(id('VirtualMachine', 'vm-1')).catch(() => undefined);
out.push(loaded());
console.log(JSON.stringify(out));
`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, false, true]);
  });

  it('bundles for the browser without resolving any node: module', async () => {
    const result = await build({
      entryPoints: [join(DIST, 'index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const text = result.outputFiles[0]!.text;
    expect(text).not.toMatch(/from\s*["']node:/);
    expect(text).not.toMatch(/import\(\s*["']node:/);
  });
});

// Sizes on a local server, with both fetches: credentials of any length are encoded (a 200,000
// character password logs in, byte for byte, non-ASCII included), and a response body is read up
// to maxResponseBytes (32 MiB by default): a larger one fails the call with a TransportError of
// kind too-large and stops the download, whether its length is announced or not.
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { until } from './handles.js';
import { minimal } from './load.js';
import { ownResponses, serverPerTest, type Handler } from './server.js';

const { createClient, id, login, TransportError } = minimal;
const vm = id('VirtualMachine', 'vm-1');
const MiB = 2 ** 20;

const start = serverPerTest();
const serve = (handler: Handler, maxHeaderSize?: number) => start(handler, undefined, { maxHeaderSize });

/**
 * Writes `total` bytes of a JSON array of strings in 64 KiB chunks, as fast as the client reads
 * them (announcing the length or not); `sent()` says how many went out before the client stopped.
 */
function offer(total: number, announce: boolean) {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return {
    sent: () => sent,
    reply: {
      headers: (announce ? { 'content-length': String(total) } : {}) as Record<string, string>,
      write(res: ServerResponse) {
        const pump = (): void => {
          while (sent < total && !res.destroyed) {
            const part = sent === 0 ? Buffer.from('["') : total - sent <= chunk.length + 2 ? undefined : chunk;
            const data = part ?? Buffer.concat([chunk.subarray(0, total - sent - 2), Buffer.from('"]')]);
            sent += data.length;
            if (!res.write(data)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
    },
  };
}

describe.each([
  ['the global fetch', undefined],
  ['createNodeFetch', createNodeFetch({})],
] as const)('with %s', (_, fetch) => {
  it('logs in with a 200,000-character password, encoded byte for byte', async () => {
    const password = 'pässwörd-€-'.repeat(20_000).slice(0, 200_000);
    const s = await serve(
      (r) =>
        r.url === '/api/session'
          ? Buffer.from(String(r.headers.authorization).slice(6), 'base64').toString('utf8') === `admin:${password}`
            ? { body: JSON.stringify('sid-1') }
            : { status: 401 }
          : { body: [] },
      1_000_000,
    );
    const c = createClient({ baseUrl: s.url, auth: login({ username: 'admin', password }), fetch });
    await expect(c.hardware.cdrom.list(vm)).resolves.toEqual([]);
    expect(c.transport.sessionId()).toBe('sid-1');
  });

  it.each([
    ['announced', true],
    ['chunked', false],
  ])('reads a body of exactly maxResponseBytes (%s), and fails one byte more with too-large', async (__, announce) => {
    const ok = offer(1_000, announce);
    let s = await serve(() => ok.reply);
    const c = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: 1_000, fetch });
    expect(await c.hardware.cdrom.list(vm)).toHaveLength(1);
    await s.close();
    const over = offer(1_001, announce);
    s = await serve(() => over.reply);
    const big = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: 1_000, fetch });
    const e = await big.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'too-large', operation: 'com.vmware.vcenter.vm.hardware.cdrom.list' });
    expect((e as Error).message).toBe(
      'com.vmware.vcenter.vm.hardware.cdrom.list: the response body is larger than maxResponseBytes (1000 bytes)',
    );
  });

  it('stops downloading 100 MB at the default limit of 32 MiB and closes the connection', async () => {
    const big = offer(100 * MiB, false);
    const s = await serve(() => big.reply);
    const c = createClient({ baseUrl: s.url, sessionId: 's', fetch });
    const e = await c.hardware.cdrom.list(vm).catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: 'too-large' });
    expect((e as Error).message).toContain('(33554432 bytes)');
    expect(await until(() => s.inFlight === 0)).toBe(true);
    // What the socket buffers took on top of what the client read, not the 100 MB.
    expect(big.sent()).toBeLessThan(48 * MiB);
  });

  it('applies the limit to error bodies too, and Infinity turns it off', async () => {
    const s = await serve((r) => (r.url.includes('cdrom') ? { status: 500, body: 'x'.repeat(5_000) } : { body: [] }));
    const small = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: 1_000, fetch });
    await expect(small.hardware.cdrom.list(vm)).rejects.toMatchObject({ kind: 'too-large' });
    const c = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: Infinity, fetch });
    await expect(c.hardware.cdrom.list(vm)).rejects.toMatchObject({ status: 500 });
  });
});

/** A Response of a class of its own, as a fake or a mock answers: read whole when its length is announced. */
class OwnResponse extends Response {}
const ownFetch = ownResponses(fetch);

describe('a body whose length is announced, in a Response of a class of its own', () => {
  it.each([
    ['the global fetch (read through its stream)', fetch],
    ['a Response class of its own (read whole)', ownFetch],
  ])('is decoded alike with %s', async (__, f) => {
    const bytes = Buffer.from(`\ufeff${JSON.stringify([{ cdrom: 'ä€😀', n: 1 }])}`);
    const s = await serve(() => ({
      headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
      write: (res) => res.end(bytes),
    }));
    const c = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: bytes.length, fetch: f });
    expect(await c.hardware.cdrom.list(vm)).toEqual([{ cdrom: 'ä€😀', n: 1 }]);
  });

  it('is read whole: text() is asked, the stream never', async () => {
    const asked: string[] = [];
    class Watched extends Response {
      override text() {
        asked.push('text');
        return super.text();
      }
      override get body() {
        asked.push('body');
        return super.body;
      }
    }
    const json = JSON.stringify([{ cdrom: '1' }]);
    const fetch = async () => new Watched(json, { headers: { 'content-length': String(json.length) } });
    const c = createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 's', fetch });
    expect(await c.hardware.cdrom.list(vm)).toEqual([{ cdrom: '1' }]);
    expect(asked).toEqual(['text']);
  });

  it('still fails as too large when the body is longer than announced', async () => {
    // A mock whose content-length is stale.
    const body = JSON.stringify(['x'.repeat(2_000)]);
    const fetch = async () => new OwnResponse(body, { headers: { 'content-length': '10' } });
    const c = createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 's', maxResponseBytes: 1_000, fetch });
    await expect(c.hardware.cdrom.list(vm)).rejects.toMatchObject({ kind: 'too-large' });
    const roomy = createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 's', maxResponseBytes: 3_000, fetch });
    await expect(roomy.hardware.cdrom.list(vm)).resolves.toEqual(['x'.repeat(2_000)]);
  });

  it.each([
    ['the global fetch', fetch],
    ['a Response class of its own', ownFetch],
  ])('compressed, is held to the limit after decompression, whatever length it announces (%s)', async (__, f) => {
    // The global fetch asks for gzip and inflates it; content-length is then the compressed size.
    // 90,000 bytes in 30,000 characters: only counting the bytes finds it too large.
    const gz = gzipSync(JSON.stringify(['€'.repeat(30_000)]));
    const s = await serve(() => ({
      headers: { 'content-encoding': 'gzip', 'content-length': String(gz.length) },
      write: (res) => res.end(gz),
    }));
    expect(gz.length).toBeLessThan(1_000);
    const c = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: 50_000, fetch: f });
    await expect(c.hardware.cdrom.list(vm)).rejects.toMatchObject({ kind: 'too-large' });
    const roomy = createClient({ baseUrl: s.url, sessionId: 's', maxResponseBytes: 200_000, fetch: f });
    await expect(roomy.hardware.cdrom.list(vm)).resolves.toEqual(['€'.repeat(30_000)]);
  });
});

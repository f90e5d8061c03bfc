// The fake over HTTP for tools that are not JavaScript (curl, govc, REST calls of your own):
// Node's http (or https, with a certificate made at run time) on 127.0.0.1, port 0 (any free one)
// unless told. The REST styles only, not vAPI's JSON-RPC (see the README). The package's
// `fake/server` entry; Node only. Declares the few Node shapes it uses (no @types/node needed)
// and loads node:http(s) when started. Emitted verbatim (src/fake/).
import { selfSigned } from './cert.js';
import { createFake, type Fake, type FakeOptions } from './index.js';
import { byteLength } from './response.js';

interface NodeRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  destroy(): void;
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): void;
  on(event: 'close', listener: () => void): unknown;
  readonly writableFinished: boolean;
}
interface NodeServer {
  listen(port: number, host: string, cb: () => void): unknown;
  address(): { port: number } | string | null;
  close(cb: (e?: Error) => void): unknown;
  closeAllConnections?(): void;
  on(event: 'error', listener: (e: Error) => void): unknown;
  once(event: 'error', listener: (e: Error) => void): unknown;
}
type Listener = (req: NodeRequest, res: NodeResponse) => void;
interface NodeHttp {
  createServer(listener: Listener): NodeServer;
}
interface NodeHttps {
  createServer(options: { key: string; cert: string }, listener: Listener): NodeServer;
}

const HTTP = 'node:http';
const HTTPS = 'node:https';
/** Largest request body taken (a vAPI request is a few kilobytes). */
const MAX_BODY = 16 * 1024 * 1024;

export interface FakeServerOptions extends FakeOptions {
  /** A fake to serve (default: a new one made from the other options, with the system clock). */
  fake?: Fake;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** HTTPS: `true` for a self-signed certificate made now (see `cert`), or your own PEM key and certificate. */
  tls?: boolean | { key: string; cert: string };
}

export interface FakeServer {
  /** `http://127.0.0.1:<port>` (or https). */
  readonly url: string;
  readonly port: number;
  readonly fake: Fake;
  /** The PEM certificate served over HTTPS, to trust it: `createNodeFetch({ ca: server.cert })`. */
  readonly cert: string | undefined;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 (by default) and resolves once it listens. */
export async function startFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const { fake = createFake({ clock: 'system', ...options }), port = 0, host = '127.0.0.1', tls } = options;
  const pair = tls === true ? await selfSigned() : tls || undefined;
  const listener: Listener = (req, res) => serve(fake, req, res);
  const server = pair
    ? ((await import(HTTPS)) as NodeHttps).createServer({ key: pair.key, cert: pair.cert }, listener)
    : ((await import(HTTP)) as NodeHttp).createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  server.on('error', () => undefined);
  const address = server.address();
  const bound = typeof address == 'object' && address ? address.port : port;
  return {
    url: `${pair ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    fake,
    cert: pair?.cert,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections?.();
      }),
  };
}

function serve(fake: Fake, req: NodeRequest, res: NodeResponse): void {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const aborted = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) aborted.abort(new Error('the client went away'));
  });
  req.on('error', () => aborted.abort(new Error('the request failed')));
  req.on('data', (c) => {
    size += c.length;
    if (size <= MAX_BODY) chunks.push(c);
  });
  req.on('end', () => {
    if (size > MAX_BODY) {
      res.writeHead(413, {});
      res.end();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const body = new TextDecoder().decode(join(chunks, size));
    fake.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body, signal: aborted.signal }).then(
      (r) => {
        res.writeHead(r.status, r.body ? { ...r.headers, 'content-length': String(byteLength(r.body)) } : r.headers);
        res.end(r.body);
      },
      () => req.destroy(),
    );
  });
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length == 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let i = 0;
  for (const c of chunks) {
    out.set(c, i);
    i += c.length;
  }
  return out;
}

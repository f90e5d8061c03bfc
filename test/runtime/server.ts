// A real HTTP (or, given a key and certificate, HTTPS) server on 127.0.0.1 for behaviour tests:
// records every request and answers with what the test's handler returns.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach } from 'vitest';

export interface Recorded {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  /** A string is sent as is; anything else as JSON. Absent: empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the socket instead of answering (a connection reset). */
  reset?: boolean;
  /** Never answer (a hung server): the request stays open until the client gives up. */
  hang?: boolean;
  /** Write the body yourself (after the status and headers are sent), e.g. a large stream. */
  write?: (res: ServerResponse) => void;
}

export interface TestServer {
  url: string;
  requests: Recorded[];
  /** TCP connections accepted so far (keep-alive reuses one). */
  readonly connections: number;
  /** TCP connections open now (idle keep-alive ones included). */
  readonly open: number;
  /** Requests received and not answered whose connection is still open (a client that gave up closes it). */
  readonly inFlight: number;
  close(): Promise<void>;
}

export type Handler = (req: Recorded) => Reply | Promise<Reply>;

/** PEM key and certificate chain: the server speaks HTTPS. */
export interface ServerTls {
  key: string;
  cert: string;
}

export async function startServer(
  handler: Handler,
  tls?: ServerTls,
  options: { maxHeaderSize?: number } = {},
): Promise<TestServer> {
  const requests: Recorded[] = [];
  let connections = 0;
  const open = new Set<Socket>();
  const inFlight = new Set<ServerResponse>();
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const rec: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(rec);
      const reply = await handler(rec);
      if (reply.hang) return;
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (res.destroyed) return;
      if (reply.reset) {
        req.socket.destroy();
        return;
      }
      const text =
        reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      const headers: Record<string, string> = {
        ...(reply.body !== undefined && typeof reply.body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...reply.headers,
      };
      res.writeHead(reply.status ?? 200, headers);
      if (reply.write) reply.write(res);
      else res.end(text);
    });
  };
  const server: Server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert, ...options }, listener)
    : createServer(options, listener);
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get connections() {
      return connections;
    },
    get open() {
      return open.size;
    },
    get inFlight() {
      return inFlight.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `fetch`, answering Responses of a class of their own over the network's body and headers, as
 * an in-process fake or a mock does (the runtime reads those whole when their length is announced).
 */
export function ownResponses(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  class OwnResponse extends Response {}
  return async (url, init) => {
    const res = await fetch(url, init);
    return new OwnResponse(res.body, res);
  };
}

/**
 * The servers of each test, closed after it: call once at the top of a test file (or of a
 * `describe`); the function it returns starts a server for the running test.
 */
export function serverPerTest(): (
  handler: Handler,
  tls?: ServerTls,
  options?: { maxHeaderSize?: number },
) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (handler, tls, options) => {
    const s = await startServer(handler, tls, options);
    started.push(s);
    return s;
  };
}

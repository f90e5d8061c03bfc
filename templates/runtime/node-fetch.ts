// A small fetch for Node built on node:https / node:http, used only when the client options carry
// TLS settings (`ca`, `insecure`) that the global fetch cannot take on Node 20 without undici.
// Emitted verbatim into the package (src/runtime/). No dependencies: the node modules are loaded
// with a dynamic import on the first request, so a browser or bundler never pulls them in unless
// these options are used. Declares the few Node shapes it uses itself (no @types/node needed).
//
// What it does: method, headers, a string body, an AbortSignal (abort destroys the request and
// rejects with the signal's reason, like fetch, also while the body is read), keep-alive
// connections, and a real global `Response` with status, headers and a body that streams as it
// arrives (cancelling it destroys the request). What it does not do: redirects (a 3xx is
// returned as is, so a session header never follows one to another host), compression,
// streaming request bodies, cookies.

export interface NodeFetchOptions {
  /**
   * PEM certificate(s) of the CA(s) to trust. They replace Node's default CA store for this
   * client (the server's chain must lead to one of them), like `curl --cacert`.
   */
  ca?: string | string[];
  /** Turns certificate verification off. Labs only: anyone on the path can read the session. */
  insecure?: true;
}

// The parts of node:http(s) this file uses.
interface NodeAgent {
  destroy(): void;
}
interface NodeIncomingMessage {
  statusCode?: number;
  statusMessage?: string;
  rawHeaders: string[];
  pause(): void;
  resume(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}
interface NodeClientRequest {
  on(event: 'response', listener: (res: NodeIncomingMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(body?: Uint8Array): void;
  destroy(error?: Error): void;
}
interface NodeHttpModule {
  Agent: new (options: Record<string, unknown>) => NodeAgent;
  request(url: URL, options: Record<string, unknown>): NodeClientRequest;
}
interface NodeModules {
  http: NodeHttpModule;
  https: NodeHttpModule;
}

const PEM_CERT = '-----BEGIN CERTIFICATE-----';
/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

// Specifiers in variables: bundlers leave them alone, and the package type-checks without Node types.
const HTTP = 'node:http';
const HTTPS = 'node:https';

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

/** Checks the options the way a typo or a wrong type would slip through in JavaScript. */
function checkOptions(options: NodeFetchOptions): string[] | undefined {
  const { ca, insecure } = options;
  if (insecure !== undefined && insecure !== true)
    throw new TypeError('insecure accepts only the literal true (or leave it out)');
  if (insecure && ca !== undefined)
    throw new TypeError('give ca or insecure, not both: insecure turns off the verification ca is for');
  if (ca === undefined) return undefined;
  const list = typeof ca === 'string' ? [ca] : ca;
  if (!Array.isArray(list) || list.length === 0 || !list.every((c) => typeof c === 'string' && c.includes(PEM_CERT))) {
    throw new TypeError(`ca must be PEM text (${PEM_CERT}…) or an array of such texts, not a file name`);
  }
  return list;
}

/**
 * A fetch that honours `ca` / `insecure`, on Node's https module. Throws a TypeError for invalid
 * options, and outside Node (where the platform decides whom to trust).
 */
export function createNodeFetch(options: NodeFetchOptions): typeof globalThis.fetch {
  const ca = checkOptions(options);
  if (!isNode())
    throw new TypeError(
      'ca and insecure need Node (node:https); elsewhere the platform decides which certificates to trust',
    );
  const tlsOptions: Record<string, unknown> = options.insecure ? { rejectUnauthorized: false } : ca ? { ca } : {};
  let loaded: Promise<{ mods: NodeModules; httpAgent: NodeAgent; httpsAgent: NodeAgent }> | undefined;

  function load() {
    loaded ??= Promise.all([
      import(/* webpackIgnore: true */ /* @vite-ignore */ HTTP) as Promise<NodeHttpModule>,
      import(/* webpackIgnore: true */ /* @vite-ignore */ HTTPS) as Promise<NodeHttpModule>,
    ]).then(([http, https]) => {
      // Like Node's global agents: keep-alive, most recently used socket first, idle sockets closed after 5 s.
      const agent = { keepAlive: true, scheduling: 'lifo', timeout: 5_000 };
      return {
        mods: { http, https },
        httpAgent: new http.Agent(agent),
        httpsAgent: new https.Agent({ ...agent, ...tlsOptions }),
      };
    });
    return loaded;
  }

  async function nodeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = typeof input === 'object' && !(input instanceof URL) ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new TypeError(`unsupported URL scheme ${url.protocol}`);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const rawBody = init?.body ?? (request && request.body ? await request.text() : undefined);
    if (rawBody !== undefined && rawBody !== null && typeof rawBody !== 'string')
      throw new TypeError('this fetch sends string bodies only');
    const body = typeof rawBody === 'string' ? new TextEncoder().encode(rawBody) : undefined;
    // Like fetch: a length for every body, and 0 for a POST or PUT without one (not chunked).
    if (body) headers['content-length'] = String(body.byteLength);
    else if (method === 'POST' || method === 'PUT') headers['content-length'] = '0';
    const signal = init?.signal ?? request?.signal ?? undefined;
    signal?.throwIfAborted();

    const { mods, httpAgent, httpsAgent } = await load();
    signal?.throwIfAborted();
    const secure = url.protocol === 'https:';
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      // Errors the body once the response is out (until then, the promise rejects).
      let failBody: ((error: unknown) => void) | undefined;
      const finish = (error: unknown, response?: Response): void => {
        if (settled) return;
        settled = true;
        if (response && !failBody) signal?.removeEventListener('abort', onAbort);
        if (response) resolve(response);
        else reject(error);
      };
      const req = (secure ? mods.https : mods.http).request(url, {
        method,
        headers,
        agent: secure ? httpsAgent : httpAgent,
      });
      function onAbort(): void {
        const reason: unknown = signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');
        finish(reason);
        failBody?.(reason);
        req.destroy();
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (e) => finish(e));
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 599) {
          finish(new Error(`unsupported HTTP status ${status}`));
          return req.destroy();
        }
        const responseHeaders = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
          responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        // The body streams as it arrives (so that a reader can stop at a size limit); cancelling
        // it, or an abort before its end, destroys the request and so frees the connection.
        const empty = NULL_BODY.has(status) || method === 'HEAD';
        let open = !empty;
        const stream = empty
          ? null
          : new ReadableStream<Uint8Array>({
              start(controller) {
                // Ends the body once: with its last chunk, or with an error (an abort, a reset).
                const end = (error?: unknown): void => {
                  if (!open) return;
                  open = false;
                  signal?.removeEventListener('abort', onAbort);
                  if (error) controller.error(error);
                  else controller.close();
                };
                failBody = end;
                res.on('data', (chunk) => {
                  if (!open) return;
                  controller.enqueue(chunk);
                  if ((controller.desiredSize ?? 1) <= 0) res.pause();
                });
                res.on('end', () => end());
                res.on('error', end);
                res.on('close', () => end(new Error('the connection closed before the response was complete')));
              },
              pull: () => void res.resume(),
              cancel: () => {
                open = false;
                signal?.removeEventListener('abort', onAbort);
                req.destroy();
              },
            });
        if (empty) res.resume();
        try {
          finish(
            undefined,
            new Response(stream, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }),
          );
        } catch (e) {
          finish(e);
          req.destroy();
        }
      });
      req.end(body);
    });
  }
  return nodeFetch as typeof globalThis.fetch;
}

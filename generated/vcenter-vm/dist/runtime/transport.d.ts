import { VapiError, type ErrorRegistry } from './errors.js';
import { type OperationInfo, type WireStyle } from './wire.js';
export interface RequestEvent {
    operation: string;
    method: string;
    /** Full URL (the session id travels in a header and never appears here). */
    url: string;
    style: WireStyle;
    attempt: number;
}
export interface ResponseEvent extends RequestEvent {
    status: number;
    durationMs: number;
}
export interface ClientOptions {
    /** Where vCenter answers, e.g. `https://vcenter.example.com`. */
    baseUrl: string;
    /** `api` (default; vSphere 7.0U2+) or the legacy `rest` paths. */
    style?: WireStyle;
    /** An existing session id, sent as `vmware-api-session-id`. */
    sessionId?: string;
    /** Credentials for logging in (lazily, on the first call) and again when the session expires. */
    username?: string;
    password?: string;
    /** A fetch implementation (defaults to the global one); use it for proxies, TLS agents or tests. */
    fetch?: typeof globalThis.fetch;
    /**
     * PEM certificate(s) of the CA(s) that issued vCenter's certificate (e.g. the VMCA root). They
     * replace Node's default CA store for this client. Node only; not together with `fetch`.
     */
    ca?: string | string[];
    /**
     * ⚠ Turns certificate verification OFF: anyone between you and vCenter can read the password
     * and the session. Labs only; prefer `ca`. Only `true` is accepted. Node only; not with `fetch`.
     */
    insecure?: true;
    /** Milliseconds before a call fails with a timeout (default 60 000; 0 disables). */
    timeoutMs?: number;
    /** Extra headers for every request. */
    headers?: Readonly<Record<string, string>>;
    /** Retries of idempotent (GET) calls on 503 and network failures: attempts after the first (default 2) and base delay. */
    retry?: {
        attempts?: number;
        delayMs?: number;
    };
    onRequest?: (event: RequestEvent) => void;
    onResponse?: (event: ResponseEvent) => void;
}
export interface CallOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
    headers?: Readonly<Record<string, string>>;
}
export interface Transport {
    readonly style: WireStyle;
    call<T>(op: OperationInfo, args: readonly unknown[], options?: CallOptions): Promise<T>;
    /** Creates a session with the configured credentials. */
    login(): Promise<void>;
    /** Deletes the current session on the server and forgets it. */
    logout(): Promise<void>;
    /** The current session id, if any. Treat it as a secret. */
    sessionId(): string | undefined;
}
/** Creates the transport every service client of one connection shares. */
export declare function newTransport(options: ClientOptions, registry: ErrorRegistry): Transport;
export { VapiError };

/** A message of a vAPI error: an id, its English text and its arguments. */
export interface LocalizableMessage {
    id: string;
    default_message: string;
    args: string[];
    params?: Record<string, unknown>;
    localized?: string;
}
export interface VapiErrorInit {
    /** vAPI error type, e.g. `NOT_FOUND`. */
    type: string;
    status: number;
    messages: LocalizableMessage[];
    data?: unknown;
    /** Canonical id of the operation that failed. */
    operation: string;
    /** Every field of the error body (extra fields such as `challenge` of UNAUTHENTICATED). */
    fields?: Record<string, unknown>;
}
/** A vAPI error returned by the server. `type` discriminates (`NOT_FOUND`, `UNAUTHENTICATED`, …). */
export declare class VapiError<T extends string = string, D = unknown> extends Error {
    readonly type: T;
    /** HTTP status of the response. */
    readonly status: number;
    readonly messages: LocalizableMessage[];
    /** Structured details some operations attach (typed per operation where the API documents it). */
    readonly data: D | undefined;
    /** Canonical id of the operation that failed, e.g. `com.vmware.vcenter.vm.hardware.cdrom.get`. */
    readonly operation: string;
    /** Every field of the error body as received (including fields this client has no property for). */
    readonly fields: Readonly<Record<string, unknown>>;
    constructor(init: VapiErrorInit);
    toJSON(): Record<string, unknown>;
}
/** An error type this client does not know (a newer server); the raw type is kept in `type`. */
export declare class UnknownVapiError extends VapiError<string> {
}
/**
 * The call did not produce a usable HTTP response: network failure, timeout, abort, or a
 * response that is not what the protocol promises (`protocol`, e.g. a body that is not JSON).
 */
export declare class TransportError extends Error {
    readonly kind: 'timeout' | 'aborted' | 'network' | 'protocol';
    readonly operation: string;
    constructor(kind: TransportError['kind'], operation: string, message: string, cause?: unknown);
}
/** Error classes by vAPI error type; the generated `errors.ts` provides one for the whole API. */
export type ErrorRegistry = Readonly<Record<string, new (init: VapiErrorInit) => VapiError>>;
/**
 * Turns a non-2xx response into an error instance. Reads both wire shapes:
 * `/api` `{ error_type, messages, data }` and `/rest` `{ type: "com.vmware.vapi.std.errors.x", value: {…} }`;
 * an empty or non-JSON body becomes the error its HTTP status stands for.
 */
export declare function decodeError(status: number, text: string, operation: string, registry: ErrorRegistry): VapiError;

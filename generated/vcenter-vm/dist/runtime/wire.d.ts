export type WireStyle = 'api' | 'rest';
export type ParamWhere = 'path' | 'query' | 'body';
/** `[method, path template, body param]`: the path may end in `?action=x`; the body param applies to /api. */
export type BindingInfo = readonly [method: string, path: string, body?: string];
/** Static description of an operation, emitted once per operation by the generator. */
export interface OperationInfo {
    /** Canonical id, e.g. `com.vmware.vcenter.vm.hardware.serial.disconnect`. */
    readonly id: string;
    /** Parameters in call order: `[wire name, where]`. */
    readonly params: readonly (readonly [name: string, where: ParamWhere])[];
    readonly api: BindingInfo;
    readonly rest: BindingInfo | null;
    /** vAPI error types the operation documents (`NOT_FOUND`, …). */
    readonly errors?: readonly string[];
}
/** Marker for a response body that is not valid JSON. */
export declare const INVALID: unique symbol;
export interface WireRequest {
    method: string;
    /** Path and query, to be appended to the base URL. */
    path: string;
    /** JSON text, or undefined when there is no body. */
    body: string | undefined;
    style: WireStyle;
}
/** Builds the request of one call. Unset optional parameters are left out entirely. */
export declare function encodeRequest(op: OperationInfo, args: readonly unknown[], preferred: WireStyle): WireRequest;
/**
 * Reads a 2xx response body: empty means no result; /rest results arrive wrapped in `{ value }`.
 * Returns `INVALID` for a body that is not JSON (the caller reports it without echoing the body,
 * which may hold a secret such as a session id).
 */
export declare function decodeResult(text: string, style: WireStyle): unknown;

import { VapiError } from './runtime/errors.js';
import type { ErrorRegistry, VapiErrorInit } from './runtime/errors.js';
/**
 * vAPI error `com.vmware.vapi.std.errors.error` (`error_type` ERROR).
 */
export declare class VapiStdError<D = unknown> extends VapiError<'ERROR', D> {
}
/**
 * vAPI error `com.vmware.vapi.std.errors.not_found` (`error_type` NOT_FOUND).
 */
export declare class NotFoundError<D = unknown> extends VapiError<'NOT_FOUND', D> {
}
/**
 * vAPI error `com.vmware.vapi.std.errors.unauthenticated` (`error_type` UNAUTHENTICATED).
 */
export declare class UnauthenticatedError<D = unknown> extends VapiError<'UNAUTHENTICATED', D> {
    readonly challenge: string | undefined;
    constructor(init: VapiErrorInit);
}
/** Error classes by vAPI error type; the transport uses it to build typed errors. */
export declare const errorRegistry: ErrorRegistry;

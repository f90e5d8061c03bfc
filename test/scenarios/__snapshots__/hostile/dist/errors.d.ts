import { VapiError } from './runtime/errors.js';
import type { ErrorRegistry } from './runtime/errors.js';
/**
 * *\/ process.exit(1); /\*
 *
 * vAPI error `com.vmware.vapi.std.errors.not_found` (`error_type` NOT_FOUND).
 */
export declare class NotFoundError<D = unknown> extends VapiError<'NOT_FOUND', D> {
}
/** Error classes by vAPI error type; the transport uses it to build typed errors. */
export declare const errorRegistry: ErrorRegistry;

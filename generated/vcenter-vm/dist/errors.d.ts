import { VapiError } from './runtime/errors.js';
import type { ErrorRegistry, VapiErrorInit } from './runtime/errors.js';
/**
 * The entity could not be created because one with the same name or identifier already exists.
 *
 * vAPI error `com.vmware.vapi.std.errors.already_exists` (`error_type` ALREADY_EXISTS).
 */
export declare class AlreadyExistsError<D = unknown> extends VapiError<'ALREADY_EXISTS', D> {
}
/**
 * The request changed nothing because the resource was already in the requested state, e.g. starting a VM that is on.
 *
 * vAPI error `com.vmware.vapi.std.errors.already_in_desired_state` (`error_type` ALREADY_IN_DESIRED_STATE).
 */
export declare class AlreadyInDesiredStateError<D = unknown> extends VapiError<'ALREADY_IN_DESIRED_STATE', D> {
}
/**
 * Base of all standard errors, also reported on its own for failures that fit no more specific kind; show its messages to the user.
 *
 * vAPI error `com.vmware.vapi.std.errors.error` (`error_type` ERROR).
 */
export declare class VapiStdError<D = unknown> extends VapiError<'ERROR', D> {
}
/**
 * The server ran into an unexpected condition, such as an implementation returning data or errors its contract does not allow.
 *
 * vAPI error `com.vmware.vapi.std.errors.internal_server_error` (`error_type` INTERNAL_SERVER_ERROR).
 */
export declare class InternalServerErrorError<D = unknown> extends VapiError<'INTERNAL_SERVER_ERROR', D> {
}
/**
 * A parameter value was rejected: wrong type, out of range, not an allowed value, or a union field set or missing against its discriminant.
 *
 * vAPI error `com.vmware.vapi.std.errors.invalid_argument` (`error_type` INVALID_ARGUMENT).
 */
export declare class InvalidArgumentError<D = unknown> extends VapiError<'INVALID_ARGUMENT', D> {
}
/**
 * A change to an element or to a group holding it failed because of how the element is configured.
 *
 * vAPI error `com.vmware.vapi.std.errors.invalid_element_configuration` (`error_type` INVALID_ELEMENT_CONFIGURATION).
 */
export declare class InvalidElementConfigurationError<D = unknown> extends VapiError<'INVALID_ELEMENT_CONFIGURATION', D> {
}
/**
 * An element cannot become a member of the target group because of its type, e.g. a SCSI disk attached to an IDE port.
 *
 * vAPI error `com.vmware.vapi.std.errors.invalid_element_type` (`error_type` INVALID_ELEMENT_TYPE).
 */
export declare class InvalidElementTypeError<D = unknown> extends VapiError<'INVALID_ELEMENT_TYPE', D> {
}
/**
 * The request was malformed at the protocol level, so the server could not process it.
 *
 * vAPI error `com.vmware.vapi.std.errors.invalid_request` (`error_type` INVALID_REQUEST).
 */
export declare class InvalidRequestError<D = unknown> extends VapiError<'INVALID_REQUEST', D> {
}
/**
 * The resource's present state does not permit the operation, e.g. hot-adding a device that needs the VM powered off.
 *
 * vAPI error `com.vmware.vapi.std.errors.not_allowed_in_current_state` (`error_type` NOT_ALLOWED_IN_CURRENT_STATE).
 */
export declare class NotAllowedInCurrentStateError<D = unknown> extends VapiError<'NOT_ALLOWED_IN_CURRENT_STATE', D> {
}
/**
 * An element the request refers to does not exist.
 *
 * vAPI error `com.vmware.vapi.std.errors.not_found` (`error_type` NOT_FOUND).
 */
export declare class NotFoundError<D = unknown> extends VapiError<'NOT_FOUND', D> {
}
/**
 * A resource the operation needs is busy with another operation; retrying later may succeed.
 *
 * vAPI error `com.vmware.vapi.std.errors.resource_busy` (`error_type` RESOURCE_BUSY).
 */
export declare class ResourceBusyError<D = unknown> extends VapiError<'RESOURCE_BUSY', D> {
}
/**
 * A resource the operation would change or remove is in use by something else.
 *
 * vAPI error `com.vmware.vapi.std.errors.resource_in_use` (`error_type` RESOURCE_IN_USE).
 */
export declare class ResourceInUseError<D = unknown> extends VapiError<'RESOURCE_IN_USE', D> {
}
/**
 * An entity the operation needs cannot be reached, e.g. VM files on storage that is down.
 *
 * vAPI error `com.vmware.vapi.std.errors.resource_inaccessible` (`error_type` RESOURCE_INACCESSIBLE).
 */
export declare class ResourceInaccessibleError<D = unknown> extends VapiError<'RESOURCE_INACCESSIBLE', D> {
}
/**
 * The server or a service it relies on (VMware Tools, for one) cannot handle the request now, e.g. overload or maintenance.
 *
 * vAPI error `com.vmware.vapi.std.errors.service_unavailable` (`error_type` SERVICE_UNAVAILABLE).
 */
export declare class ServiceUnavailableError<D = unknown> extends VapiError<'SERVICE_UNAVAILABLE', D> {
}
/**
 * The operation did not finish within its time limit; it may still complete afterwards.
 *
 * vAPI error `com.vmware.vapi.std.errors.timed_out` (`error_type` TIMED_OUT).
 */
export declare class TimedOutError<D = unknown> extends VapiError<'TIMED_OUT', D> {
}
/**
 * A resource or license the operation needs could not be obtained, e.g. not enough licenses to power on a VM.
 *
 * vAPI error `com.vmware.vapi.std.errors.unable_to_allocate_resource` (`error_type` UNABLE_TO_ALLOCATE_RESOURCE).
 */
export declare class UnableToAllocateResourceError<D = unknown> extends VapiError<'UNABLE_TO_ALLOCATE_RESOURCE', D> {
}
/**
 * The request has no valid credentials or session; `challenge` may say which authentication schemes the server accepts.
 *
 * vAPI error `com.vmware.vapi.std.errors.unauthenticated` (`error_type` UNAUTHENTICATED).
 */
export declare class UnauthenticatedError<D = unknown> extends VapiError<'UNAUTHENTICATED', D> {
    /**
     * Authentication challenge of the server (like a WWW-Authenticate header value), telling clients which scheme to use.
     */
    readonly challenge: string | undefined;
    constructor(init: VapiErrorInit);
}
/**
 * The authenticated user lacks a privilege the operation requires; the error does not say which one.
 *
 * vAPI error `com.vmware.vapi.std.errors.unauthorized` (`error_type` UNAUTHORIZED).
 */
export declare class UnauthorizedError<D = unknown> extends VapiError<'UNAUTHORIZED', D> {
}
/**
 * The resource does not support the operation or the requested setting, e.g. CPU hot-add on a VM not configured for it.
 *
 * vAPI error `com.vmware.vapi.std.errors.unsupported` (`error_type` UNSUPPORTED).
 */
export declare class UnsupportedError<D = unknown> extends VapiError<'UNSUPPORTED', D> {
}
/**
 * A remote endpoint could not be trusted because its identity (e.g. its certificate) could not be verified; `data` may hold details to decide on trusting it.
 *
 * vAPI error `com.vmware.vapi.std.errors.unverified_peer` (`error_type` UNVERIFIED_PEER).
 */
export declare class UnverifiedPeerError<D = unknown> extends VapiError<'UNVERIFIED_PEER', D> {
}
/** Error classes by vAPI error type; the transport uses it to build typed errors. */
export declare const errorRegistry: ErrorRegistry;

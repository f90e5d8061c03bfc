import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestCustomizationInfo, GuestCustomizationSetSpec } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.customization.get`).
 */
export type GuestCustomizationGetError = NotFoundError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `set` can raise (vAPI operation `com.vmware.vcenter.vm.guest.customization.set`).
 */
export type GuestCustomizationSetError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Attach a guest customization spec to a VM and follow its progress; the guest applies it at the next power-on.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.customization`.
 */
export declare class GuestCustomizationService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly set: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestCustomizationGetError;
        readonly set: GuestCustomizationSetError;
    };
    /**
     * Get the status of the customization attached to a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/customization`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/customization`
     * Requires `System.View` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Stage and timing of the customization.
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<GuestCustomizationInfo>;
    /**
     * Attach customization settings to a powered-off VM; the guest applies them when it next powers on. New settings replace pending ones; a spec with both fields unset clears them.
     *
     * HTTP: `PUT /api/vcenter/vm/{vm}/guest/customization`
     * Legacy: `PUT /rest/vcenter/vm/{vm}/guest/customization`
     * Requires `VirtualMachine.Provisioning.Customize` on `vm`.
     * @param vm Identifier of the virtual machine; it must be powered off. (`id:VirtualMachine`)
     * @param spec Stored spec name or inline spec; leave both unset to clear pending customization. (`ref:com.vmware.vcenter.vm.guest.customization.set_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the customization settings are invalid
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM or the named customization spec does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    set(vm: VirtualMachineId, spec: GuestCustomizationSetSpec, options?: CallOptions): Promise<void>;
}

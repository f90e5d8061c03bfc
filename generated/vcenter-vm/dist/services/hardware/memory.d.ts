import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { HardwareMemoryInfo, HardwareMemoryUpdateSpec } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.memory.get`).
 */
export type HardwareMemoryGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.memory.update`).
 */
export type HardwareMemoryUpdateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Memory size and memory hot-add settings of a VM.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.memory`.
 */
export declare class HardwareMemoryService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: HardwareMemoryGetError;
        readonly update: HardwareMemoryUpdateError;
    };
    /**
     * Read the VM's memory configuration.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/memory`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/memory`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Memory size and hot-add settings, with the hot-add step and limit while the VM runs.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareMemoryInfo>;
    /**
     * Change the VM's memory size or its hot-add setting. Resizing a running VM needs hot add enabled and must respect the step and limit that `get` reports; hot add itself can be switched only while the VM is powered off.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/memory`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/memory`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Memory settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.memory.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: a setting has a disallowed value
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the memory change needs the VM powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, spec: HardwareMemoryUpdateSpec, options?: CallOptions): Promise<void>;
}

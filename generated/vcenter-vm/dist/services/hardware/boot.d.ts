import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { HardwareBootInfo, HardwareBootUpdateSpec } from '../../types.js';
import type { InvalidArgumentError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.boot.get`).
 */
export type HardwareBootGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.boot.update`).
 */
export type HardwareBootUpdateError = VapiStdError | InvalidArgumentError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Firmware type and boot-process settings of a VM (delay, retry, entering setup).
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.boot`.
 */
export declare class HardwareBootService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: HardwareBootGetError;
        readonly update: HardwareBootUpdateError;
    };
    /**
     * Read the VM's firmware type and boot-process settings.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/boot`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/boot`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Firmware type and boot-process settings.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareBootInfo>;
    /**
     * Change the VM's firmware type or boot-process settings.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/boot`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/boot`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Boot settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.boot.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: a setting has a disallowed value
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, spec: HardwareBootUpdateSpec, options?: CallOptions): Promise<void>;
}

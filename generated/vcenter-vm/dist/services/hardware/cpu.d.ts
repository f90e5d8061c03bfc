import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { HardwareCpuInfo, HardwareCpuUpdateSpec } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cpu.get`).
 */
export type HardwareCpuGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cpu.update`).
 */
export type HardwareCpuUpdateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Number of virtual CPUs, their grouping into sockets, and CPU hot-plug settings of a VM.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.cpu`.
 */
export declare class HardwareCpuService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: HardwareCpuGetError;
        readonly update: HardwareCpuUpdateError;
    };
    /**
     * Read the VM's virtual CPU configuration.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cpu`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cpu`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns CPU count, cores per socket and hot-plug flags.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareCpuInfo>;
    /**
     * Change the VM's virtual CPU configuration. A running VM gains CPUs only with hot add enabled and loses them only with hot remove enabled; the two flags themselves can be changed only while it is powered off.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/cpu`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/cpu`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec CPU settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.cpu.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: a setting has a disallowed value
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the CPU change needs the VM powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, spec: HardwareCpuUpdateSpec, options?: CallOptions): Promise<void>;
}

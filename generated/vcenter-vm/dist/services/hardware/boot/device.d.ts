import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { HardwareBootDeviceEntry } from '../../../types.js';
import type { InvalidArgumentError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.boot.device.get`).
 */
export type HardwareBootDeviceGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `set` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.boot.device.set`).
 */
export type HardwareBootDeviceSetError = VapiStdError | InvalidArgumentError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Boot order of a VM, the virtual devices the firmware tries in turn.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.boot.device`.
 */
export declare class HardwareBootDeviceService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly set: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: HardwareBootDeviceGetError;
        readonly set: HardwareBootDeviceSetError;
    };
    /**
     * Read the VM's boot order. An empty list means the default boot sequence applies.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/boot/device`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/boot/device`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Boot entries in the order they are tried; empty when the default sequence applies.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareBootDeviceEntry[]>;
    /**
     * Replace the VM's boot order. The firmware tries the entries in turn until one boots; an empty list restores the default sequence. Each device type may appear once, except `ETHERNET`, which may repeat for VMs with several network adapters.
     *
     * HTTP: `PUT /api/vcenter/vm/{vm}/hardware/boot/device`
     * Legacy: `PUT /rest/vcenter/vm/{vm}/hardware/boot/device`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param devices Boot entries, tried from first to last; empty for the default sequence. (`list<ref:com.vmware.vcenter.vm.hardware.boot.device.entry>`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: a boot device type is listed twice
     * @throws {NotFoundError} NOT_FOUND: the VM or a listed device does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    set(vm: VirtualMachineId, devices: HardwareBootDeviceEntry[], options?: CallOptions): Promise<void>;
}

import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { SataAdapterId, VirtualMachineId } from '../../../ids.js';
import type { HardwareAdapterSataCreateSpec, HardwareAdapterSataInfo, HardwareAdapterSataSummary } from '../../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.sata.create`).
 */
export type HardwareAdapterSataCreateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInUseError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.sata.delete`).
 */
export type HardwareAdapterSataDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.sata.get`).
 */
export type HardwareAdapterSataGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.sata.list`).
 */
export type HardwareAdapterSataListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Virtual SATA storage controllers of a VM.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.adapter.sata`.
 */
export declare class HardwareAdapterSataService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
        readonly delete: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: HardwareAdapterSataCreateError;
        readonly delete: HardwareAdapterSataDeleteError;
        readonly get: HardwareAdapterSataGetError;
        readonly list: HardwareAdapterSataListError;
    };
    /**
     * Give the VM a new virtual SATA adapter; fails while the VM is suspended.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/adapter/sata`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/adapter/sata`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Type, bus number and PCI slot of the new adapter; all may be left to defaults. (`ref:com.vmware.vcenter.vm.hardware.adapter.sata.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new adapter.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the bus number or PCI slot is out of range
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInUseError} RESOURCE_IN_USE: the bus number or PCI slot is taken
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: every SATA bus of the VM is used
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the guest OS is unsupported and defaults are needed
     */
    create(vm: VirtualMachineId, spec: HardwareAdapterSataCreateSpec, options?: CallOptions): Promise<SataAdapterId>;
    /**
     * Remove one of the VM's virtual SATA adapters; fails while the VM is suspended.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/adapter/sata/{adapter}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/adapter/sata/{adapter}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param adapter Identifier of the SATA adapter to remove. (`id:com.vmware.vcenter.vm.hardware.SataAdapter`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended
     * @throws {NotFoundError} NOT_FOUND: the VM or the SATA adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, adapter: SataAdapterId, options?: CallOptions): Promise<void>;
    /**
     * Read the configuration of one virtual SATA adapter.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/adapter/sata/{adapter}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/adapter/sata/{adapter}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param adapter Identifier of the SATA adapter. (`id:com.vmware.vcenter.vm.hardware.SataAdapter`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Label, type, bus number and PCI slot of the adapter.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the SATA adapter does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, adapter: SataAdapterId, options?: CallOptions): Promise<HardwareAdapterSataInfo>;
    /**
     * List the virtual SATA adapters of the VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/adapter/sata`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/adapter/sata`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per adapter, holding its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareAdapterSataSummary[]>;
}

import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { DiskId, VirtualMachineId } from '../../ids.js';
import type { HardwareDiskCreateSpec, HardwareDiskInfo, HardwareDiskSummary, HardwareDiskUpdateSpec } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.disk.create`).
 */
export type HardwareDiskCreateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInUseError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.disk.delete`).
 */
export type HardwareDiskDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.disk.get`).
 */
export type HardwareDiskGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.disk.list`).
 */
export type HardwareDiskListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.disk.update`).
 */
export type HardwareDiskUpdateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Virtual disks of a VM. A disk keeps its data in a VMDK file, which is deleted together with the VM while attached; removing the disk only detaches the file and keeps it.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.disk`.
 */
export declare class HardwareDiskService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
        readonly delete: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: HardwareDiskCreateError;
        readonly delete: HardwareDiskDeleteError;
        readonly get: HardwareDiskGetError;
        readonly list: HardwareDiskListError;
        readonly update: HardwareDiskUpdateError;
    };
    /**
     * Add a virtual disk to the VM, backed by a newly created VMDK file or by an existing one. Fails while the VM is suspended, and for an IDE disk while it is powered on.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/disk`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/disk`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Adapter, address and backing of the new disk. (`ref:com.vmware.vcenter.vm.hardware.disk.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new disk.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the storage address or storage policy is invalid
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended, or running with an IDE disk
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInUseError} RESOURCE_IN_USE: the storage address is taken
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the storage address or its adapter is unavailable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the guest OS is unsupported and defaults are needed
     */
    create(vm: VirtualMachineId, spec: HardwareDiskCreateSpec, options?: CallOptions): Promise<DiskId>;
    /**
     * Remove a virtual disk from the VM. The VMDK file is detached, not deleted, and outlives a later deletion of the VM. Fails while the VM is suspended, and for an IDE disk while it is powered on.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/disk/{disk}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/disk/{disk}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param disk Identifier of the disk to remove. (`id:com.vmware.vcenter.vm.hardware.Disk`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended, or running with an IDE disk
     * @throws {NotFoundError} NOT_FOUND: the VM or the disk does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, disk: DiskId, options?: CallOptions): Promise<void>;
    /**
     * Read the configuration of one virtual disk.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/disk/{disk}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/disk/{disk}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param disk Identifier of the disk. (`id:com.vmware.vcenter.vm.hardware.Disk`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Label, adapter, address, backing and capacity of the disk.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the disk does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, disk: DiskId, options?: CallOptions): Promise<HardwareDiskInfo>;
    /**
     * List the virtual disks of the VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/disk`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/disk`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per disk, holding its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareDiskSummary[]>;
    /**
     * Change a virtual disk, for example swap its VMDK file for another one. The backing can be changed only while the VM is not powered on.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/disk/{disk}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/disk/{disk}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param disk Identifier of the disk to change. (`id:com.vmware.vcenter.vm.hardware.Disk`)
     * @param spec Disk settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.disk.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the power or connection state forbids the change
     * @throws {NotFoundError} NOT_FOUND: the VM or the disk does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, disk: DiskId, spec: HardwareDiskUpdateSpec, options?: CallOptions): Promise<void>;
}

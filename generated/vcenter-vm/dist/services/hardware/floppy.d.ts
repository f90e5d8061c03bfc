import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { FloppyId, VirtualMachineId } from '../../ids.js';
import type { HardwareFloppyCreateSpec, HardwareFloppyInfo, HardwareFloppySummary, HardwareFloppyUpdateSpec } from '../../types.js';
import type { AlreadyInDesiredStateError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.connect`).
 */
export type HardwareFloppyConnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.create`).
 */
export type HardwareFloppyCreateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.delete`).
 */
export type HardwareFloppyDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `disconnect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.disconnect`).
 */
export type HardwareFloppyDisconnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.get`).
 */
export type HardwareFloppyGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.list`).
 */
export type HardwareFloppyListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.floppy.update`).
 */
export type HardwareFloppyUpdateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Virtual floppy drives of a VM: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.floppy`.
 */
export declare class HardwareFloppyService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly connect: OperationInfo;
        readonly create: OperationInfo;
        readonly delete: OperationInfo;
        readonly disconnect: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly connect: HardwareFloppyConnectError;
        readonly create: HardwareFloppyCreateError;
        readonly delete: HardwareFloppyDeleteError;
        readonly disconnect: HardwareFloppyDisconnectError;
        readonly get: HardwareFloppyGetError;
        readonly list: HardwareFloppyListError;
        readonly update: HardwareFloppyUpdateError;
    };
    /**
     * Connect a floppy drive of a running VM to its backing, so the guest sees the disk. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/floppy/{floppy}?action=connect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/floppy/{floppy}/connect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param floppy The floppy drive to connect. (`id:com.vmware.vcenter.vm.hardware.Floppy`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the floppy drive is connected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the floppy drive does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    connect(vm: VirtualMachineId, floppy: FloppyId, options?: CallOptions): Promise<void>;
    /**
     * Add a floppy drive to a powered-off VM. Fails once the VM has as many floppy drives as it supports.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/floppy`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/floppy`
     * @param vm The virtual machine to extend; it must be powered off. (`id:VirtualMachine`)
     * @param spec Settings of the new drive; omitted fields get defaults. (`ref:com.vmware.vcenter.vm.hardware.floppy.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new floppy drive.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the VM has the most floppy drives it supports
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    create(vm: VirtualMachineId, spec: HardwareFloppyCreateSpec, options?: CallOptions): Promise<FloppyId>;
    /**
     * Remove a floppy drive from a VM; the VM must be powered off.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * @param vm The virtual machine; it must be powered off. (`id:VirtualMachine`)
     * @param floppy The floppy drive to remove. (`id:com.vmware.vcenter.vm.hardware.Floppy`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM or the floppy drive does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, floppy: FloppyId, options?: CallOptions): Promise<void>;
    /**
     * Disconnect a floppy drive of a running VM from its backing; the drive and its backing settings stay, but the guest sees no disk. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/floppy/{floppy}?action=disconnect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/floppy/{floppy}/disconnect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param floppy The floppy drive to disconnect. (`id:com.vmware.vcenter.vm.hardware.Floppy`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the floppy drive is disconnected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the floppy drive does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    disconnect(vm: VirtualMachineId, floppy: FloppyId, options?: CallOptions): Promise<void>;
    /**
     * Read the backing and connection state of one floppy drive.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param floppy The floppy drive to read. (`id:com.vmware.vcenter.vm.hardware.Floppy`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Configuration and current state of the drive.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the floppy drive does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, floppy: FloppyId, options?: CallOptions): Promise<HardwareFloppyInfo>;
    /**
     * List the floppy drives of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/floppy`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/floppy`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per floppy drive, with its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareFloppySummary[]>;
    /**
     * Change the backing or connection settings of a floppy drive. The backing can only be replaced while the VM is off or the drive is disconnected.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/floppy/{floppy}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param floppy The floppy drive to change. (`id:com.vmware.vcenter.vm.hardware.Floppy`)
     * @param spec What to change; unset fields keep their current value. (`ref:com.vmware.vcenter.vm.hardware.floppy.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the power or connection state forbids the change
     * @throws {NotFoundError} NOT_FOUND: the VM or the floppy drive does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, floppy: FloppyId, spec: HardwareFloppyUpdateSpec, options?: CallOptions): Promise<void>;
}

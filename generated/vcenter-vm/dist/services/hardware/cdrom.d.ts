import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { CdromId, VirtualMachineId } from '../../ids.js';
import type { HardwareCdromCreateSpec, HardwareCdromInfo, HardwareCdromSummary, HardwareCdromUpdateSpec } from '../../types.js';
import type { AlreadyInDesiredStateError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.connect`).
 */
export type HardwareCdromConnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.create`).
 */
export type HardwareCdromCreateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInUseError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.delete`).
 */
export type HardwareCdromDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `disconnect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.disconnect`).
 */
export type HardwareCdromDisconnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.get`).
 */
export type HardwareCdromGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.list`).
 */
export type HardwareCdromListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.update`).
 */
export type HardwareCdromUpdateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * CD/DVD drives of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.cdrom`.
 */
export declare class HardwareCdromService {
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
        readonly connect: HardwareCdromConnectError;
        readonly create: HardwareCdromCreateError;
        readonly delete: HardwareCdromDeleteError;
        readonly disconnect: HardwareCdromDisconnectError;
        readonly get: HardwareCdromGetError;
        readonly list: HardwareCdromListError;
        readonly update: HardwareCdromUpdateError;
    };
    /**
     * Connect a CD-ROM of a running VM to its backing, so the guest sees the media. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}/connect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param cdrom The CD-ROM drive to connect. (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the CD-ROM is connected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the CD-ROM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    connect(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<void>;
    /**
     * Add a CD-ROM drive to a VM. Refused for a suspended VM, and for an IDE drive while the VM is powered on.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/cdrom`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/cdrom`
     * @param vm The virtual machine to extend. (`id:VirtualMachine`)
     * @param spec Settings of the new drive; omitted fields get defaults. (`ref:com.vmware.vcenter.vm.hardware.cdrom.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new CD-ROM drive.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the storage address is out of range
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended, or running with an IDE CD-ROM
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
    create(vm: VirtualMachineId, spec: HardwareCdromCreateSpec, options?: CallOptions): Promise<CdromId>;
    /**
     * Remove a CD-ROM drive from a VM. Refused for a suspended VM, and for an IDE drive while the VM is powered on.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param cdrom The CD-ROM drive to remove. (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended, or running with an IDE CD-ROM
     * @throws {NotFoundError} NOT_FOUND: the VM or the CD-ROM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<void>;
    /**
     * Disconnect a CD-ROM of a running VM from its backing; the drive and its backing settings stay, but the guest sees no media. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=disconnect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}/disconnect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param cdrom The CD-ROM drive to disconnect. (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the CD-ROM is disconnected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the CD-ROM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    disconnect(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<void>;
    /**
     * Read the adapter position, backing and connection state of one CD-ROM drive.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param cdrom The CD-ROM drive to read. (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Configuration and current state of the drive.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the CD-ROM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<HardwareCdromInfo>;
    /**
     * List the CD-ROM drives of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cdrom`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cdrom`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per CD-ROM drive, with its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareCdromSummary[]>;
    /**
     * Change the backing or connection settings of a CD-ROM drive. The backing can only be replaced while the VM is off or the drive is disconnected.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param cdrom The CD-ROM drive to change. (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param spec What to change; unset fields keep their current value. (`ref:com.vmware.vcenter.vm.hardware.cdrom.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the power or connection state forbids the change
     * @throws {NotFoundError} NOT_FOUND: the VM or the CD-ROM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, cdrom: CdromId, spec: HardwareCdromUpdateSpec, options?: CallOptions): Promise<void>;
}

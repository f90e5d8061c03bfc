import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { ScsiAdapterId, VirtualMachineId } from '../../../ids.js';
import type { HardwareAdapterScsiCreateSpec, HardwareAdapterScsiInfo, HardwareAdapterScsiSummary, HardwareAdapterScsiUpdateSpec } from '../../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.scsi.create`).
 */
export type HardwareAdapterScsiCreateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInUseError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.scsi.delete`).
 */
export type HardwareAdapterScsiDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.scsi.get`).
 */
export type HardwareAdapterScsiGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.scsi.list`).
 */
export type HardwareAdapterScsiListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.adapter.scsi.update`).
 */
export type HardwareAdapterScsiUpdateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Virtual SCSI storage controllers of a VM, with their model and bus sharing mode.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.adapter.scsi`.
 */
export declare class HardwareAdapterScsiService {
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
        readonly create: HardwareAdapterScsiCreateError;
        readonly delete: HardwareAdapterScsiDeleteError;
        readonly get: HardwareAdapterScsiGetError;
        readonly list: HardwareAdapterScsiListError;
        readonly update: HardwareAdapterScsiUpdateError;
    };
    /**
     * Give the VM a new virtual SCSI adapter; fails while the VM is suspended.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/adapter/scsi`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/adapter/scsi`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Model, bus number, PCI slot and sharing mode of the new adapter; all may be left to defaults. (`ref:com.vmware.vcenter.vm.hardware.adapter.scsi.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new adapter.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the bus number or PCI slot is out of range
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInUseError} RESOURCE_IN_USE: the SCSI bus number is taken
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: every SCSI bus of the VM is used
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the guest OS is unsupported and defaults are needed
     */
    create(vm: VirtualMachineId, spec: HardwareAdapterScsiCreateSpec, options?: CallOptions): Promise<ScsiAdapterId>;
    /**
     * Remove one of the VM's virtual SCSI adapters; fails while the VM is suspended.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param adapter Identifier of the SCSI adapter to remove. (`id:com.vmware.vcenter.vm.hardware.ScsiAdapter`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended
     * @throws {NotFoundError} NOT_FOUND: the VM or the SCSI adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, adapter: ScsiAdapterId, options?: CallOptions): Promise<void>;
    /**
     * Read the configuration of one virtual SCSI adapter.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param adapter Identifier of the SCSI adapter. (`id:com.vmware.vcenter.vm.hardware.ScsiAdapter`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Label, model, SCSI address, PCI slot and sharing mode of the adapter.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the SCSI adapter does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, adapter: ScsiAdapterId, options?: CallOptions): Promise<HardwareAdapterScsiInfo>;
    /**
     * List the virtual SCSI adapters of the VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/adapter/scsi`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/adapter/scsi`
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
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareAdapterScsiSummary[]>;
    /**
     * Change the bus sharing mode of a virtual SCSI adapter; allowed only while the VM is not powered on.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/adapter/scsi/{adapter}`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param adapter Identifier of the SCSI adapter to change. (`id:com.vmware.vcenter.vm.hardware.ScsiAdapter`)
     * @param spec Adapter settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.adapter.scsi.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the power or connection state forbids the change
     * @throws {NotFoundError} NOT_FOUND: the VM or the SCSI adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, adapter: ScsiAdapterId, spec: HardwareAdapterScsiUpdateSpec, options?: CallOptions): Promise<void>;
}

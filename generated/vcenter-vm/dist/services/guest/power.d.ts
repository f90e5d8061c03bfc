import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestPowerInfo } from '../../types.js';
import type { AlreadyInDesiredStateError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ServiceUnavailableError, UnauthenticatedError, UnsupportedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.power.get`).
 */
export type GuestPowerGetError = VapiStdError | NotFoundError | UnauthenticatedError;
/**
 * Errors `reboot` can raise (vAPI operation `com.vmware.vcenter.vm.guest.power.reboot`).
 */
export type GuestPowerRebootError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnsupportedError;
/**
 * Errors `shutdown` can raise (vAPI operation `com.vmware.vcenter.vm.guest.power.shutdown`).
 */
export type GuestPowerShutdownError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnsupportedError;
/**
 * Errors `standby` can raise (vAPI operation `com.vmware.vcenter.vm.guest.power.standby`).
 */
export type GuestPowerStandbyError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnsupportedError;
/**
 * Ask the guest OS, through VMware Tools, to shut down, restart or go to standby, and read its power state. For hard power changes use `com.vmware.vcenter.vm.power`.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.power`.
 */
export declare class GuestPowerService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly reboot: OperationInfo;
        readonly shutdown: OperationInfo;
        readonly standby: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestPowerGetError;
        readonly reboot: GuestPowerRebootError;
        readonly shutdown: GuestPowerShutdownError;
        readonly standby: GuestPowerStandbyError;
    };
    /**
     * Get the guest OS power state and whether it takes soft power requests.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/power`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/power`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Guest power state and readiness.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<GuestPowerInfo>;
    /**
     * Ask the guest OS to restart. Returns at once without waiting for the restart; needs a powered-on VM with VMware Tools running.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/power?action=reboot`
     * Legacy: `POST /rest/vcenter/vm/{vm}/guest/power?action=reboot`
     * @param vm Identifier of the virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnsupportedError} UNSUPPORTED: the VM is a template or FT secondary
     */
    reboot(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Ask the guest OS to shut down cleanly. Returns at once without waiting for the shutdown; needs a powered-on, not suspended VM with VMware Tools running.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/power?action=shutdown`
     * Legacy: `POST /rest/vcenter/vm/{vm}/guest/power?action=shutdown`
     * @param vm Identifier of the virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM is not powered on
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is suspended
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnsupportedError} UNSUPPORTED: the VM is a template or FT secondary
     */
    shutdown(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Ask the guest OS to suspend itself (standby). Returns at once without waiting; needs a powered-on VM with VMware Tools running.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/power?action=standby`
     * Legacy: `POST /rest/vcenter/vm/{vm}/guest/power?action=standby`
     * @param vm Identifier of the virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM is suspended already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnsupportedError} UNSUPPORTED: the VM is a template or FT secondary
     */
    standby(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
}

import type { CallOptions, Transport } from '../runtime/transport.js';
import type { OperationInfo } from '../runtime/wire.js';
import type { VirtualMachineId } from '../ids.js';
import type { PowerInfo } from '../types.js';
import type { AlreadyInDesiredStateError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.power.get`).
 */
export type PowerGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `reset` can raise (vAPI operation `com.vmware.vcenter.vm.power.reset`).
 */
export type PowerResetError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `start` can raise (vAPI operation `com.vmware.vcenter.vm.power.start`).
 */
export type PowerStartError = AlreadyInDesiredStateError | VapiStdError | NotFoundError | ResourceBusyError | ResourceInUseError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `stop` can raise (vAPI operation `com.vmware.vcenter.vm.power.stop`).
 */
export type PowerStopError = AlreadyInDesiredStateError | VapiStdError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `suspend` can raise (vAPI operation `com.vmware.vcenter.vm.power.suspend`).
 */
export type PowerSuspendError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Power state of a VM, and hard power operations (on, off, suspend, reset).
 *
 * vAPI service `com.vmware.vcenter.vm.power`.
 */
export declare class PowerService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly reset: OperationInfo;
        readonly start: OperationInfo;
        readonly stop: OperationInfo;
        readonly suspend: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: PowerGetError;
        readonly reset: PowerResetError;
        readonly start: PowerStartError;
        readonly stop: PowerStopError;
        readonly suspend: PowerSuspendError;
    };
    /**
     * Read the power state of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/power`
     * Legacy: `GET /rest/vcenter/vm/{vm}/power`
     * Requires `System.Read` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Power state, plus for a powered-off VM whether it went down cleanly.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration or runtime state is unreadable
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<PowerInfo>;
    /**
     * Hard-reset a running VM, as with a reset button; the guest OS gets no chance to shut down. Fails when the VM is off or suspended.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/power?action=reset`
     * Legacy: `POST /rest/vcenter/vm/{vm}/power/reset`
     * Requires `VirtualMachine.Interact.Reset` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is powered off or suspended
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    reset(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Power on a VM that is off, or resume a suspended one.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/power?action=start`
     * Legacy: `POST /rest/vcenter/vm/{vm}/power/start`
     * Requires `VirtualMachine.Interact.PowerOn` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM is already powered on
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInUseError} RESOURCE_IN_USE: files, disks or the host the VM needs are locked
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: storage or hosts the VM needs are unreachable
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: resources or licenses for the VM are lacking
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the VM is a template or FT secondary
     */
    start(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Power off a running or suspended VM at once, without asking the guest OS; for an orderly shutdown use `shutdown` of the guest power service.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/power?action=stop`
     * Legacy: `POST /rest/vcenter/vm/{vm}/power/stop`
     * Requires `VirtualMachine.Interact.PowerOff` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM is already powered off
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    stop(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Suspend a running VM, saving its memory to disk so that `start` can resume it later.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/power?action=suspend`
     * Legacy: `POST /rest/vcenter/vm/{vm}/power/suspend`
     * Requires `VirtualMachine.Interact.Suspend` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM is suspended already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    suspend(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
}

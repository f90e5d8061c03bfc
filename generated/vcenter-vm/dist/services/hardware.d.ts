import type { CallOptions, Transport } from '../runtime/transport.js';
import type { OperationInfo } from '../runtime/wire.js';
import type { VirtualMachineId } from '../ids.js';
import type { HardwareVersion } from '../enums.js';
import type { HardwareInfo, HardwareUpdateSpec } from '../types.js';
import type { AlreadyInDesiredStateError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.get`).
 */
export type HardwareGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.update`).
 */
export type HardwareUpdateError = AlreadyInDesiredStateError | VapiStdError | InvalidArgumentError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `upgrade` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.upgrade`).
 */
export type HardwareUpgradeError = AlreadyInDesiredStateError | VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Virtual hardware version (VM compatibility level) of a VM, and the upgrade that can be scheduled to move it to a newer version.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware`.
 */
export declare class HardwareService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly update: OperationInfo;
        readonly upgrade: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: HardwareGetError;
        readonly update: HardwareUpdateError;
        readonly upgrade: HardwareUpgradeError;
    };
    /**
     * Read the VM's hardware version and the state of its scheduled upgrade, if any.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Current version, upgrade policy and outcome of the last scheduled upgrade.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareInfo>;
    /**
     * Schedule, change or cancel a hardware upgrade that runs at a later power-on. To upgrade a powered-off VM right away, use `upgrade`.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Upgrade policy and target version to set; unset fields keep their value. (`ref:com.vmware.vcenter.vm.hardware.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM already has that hardware version
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the requested hardware version is no upgrade
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the server does not support that hardware version
     */
    update(vm: VirtualMachineId, spec: HardwareUpdateSpec, options?: CallOptions): Promise<void>;
    /**
     * Raise the hardware version of a powered-off VM now. The target must be newer than the version the VM has.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware?action=upgrade`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/action/upgrade`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param version Version to move to; unset picks the newest one the server supports. (`enum:com.vmware.vcenter.vm.hardware.version`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the VM already has that hardware version
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the target version predates the current one
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the server does not support that hardware version
     */
    upgrade(vm: VirtualMachineId, version?: HardwareVersion, options?: CallOptions): Promise<void>;
}

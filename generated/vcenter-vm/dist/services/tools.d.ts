import type { CallOptions, Transport } from '../runtime/transport.js';
import type { OperationInfo } from '../runtime/wire.js';
import type { VirtualMachineId } from '../ids.js';
import type { ToolsInfo, ToolsUpdateSpec } from '../types.js';
import type { AlreadyInDesiredStateError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ServiceUnavailableError, UnauthenticatedError, VapiStdError } from '../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.tools.get`).
 */
export type ToolsGetError = VapiStdError | NotFoundError | UnauthenticatedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.tools.update`).
 */
export type ToolsUpdateError = VapiStdError | InvalidArgumentError | NotFoundError | UnauthenticatedError;
/**
 * Errors `upgrade` can raise (vAPI operation `com.vmware.vcenter.vm.tools.upgrade`).
 */
export type ToolsUpgradeError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ServiceUnavailableError | UnauthenticatedError;
/**
 * VMware Tools in the guest of a VM - its state, its upgrade policy, and upgrades.
 *
 * vAPI service `com.vmware.vcenter.vm.tools`.
 */
export declare class ToolsService {
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
        readonly get: ToolsGetError;
        readonly update: ToolsUpdateError;
        readonly upgrade: ToolsUpgradeError;
    };
    /**
     * Read the VMware Tools state and upgrade policy of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/tools`
     * Legacy: `GET /rest/vcenter/vm/{vm}/tools`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Tools version, status and settings.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<ToolsInfo>;
    /**
     * Change the VMware Tools settings of a VM (the upgrade policy).
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/tools`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/tools`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Settings to change; unset fields keep their value. (`ref:com.vmware.vcenter.vm.tools.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the upgrade policy value is unsupported
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    update(vm: VirtualMachineId, spec: ToolsUpdateSpec, options?: CallOptions): Promise<void>;
    /**
     * Start upgrading VMware Tools in a running VM whose Tools is running. The call returns once the upgrade has begun; poll `get` and watch `version_status` and `run_state` to follow it.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/tools?action=upgrade`
     * Legacy: `POST /rest/vcenter/vm/{vm}/tools?action=upgrade`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param commandLineOptions Extra options handed to the Tools installer; unset for none. (`string`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: a Tools upgrade is underway already
     * @throws {VapiStdError} ERROR: the Tools upgrade fails inside the guest
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    upgrade(vm: VirtualMachineId, commandLineOptions?: string, options?: CallOptions): Promise<void>;
}

import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { ToolsInstallerInfo } from '../../types.js';
import type { AlreadyInDesiredStateError, NotAllowedInCurrentStateError, NotFoundError, UnauthenticatedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.tools.installer.connect`).
 */
export type ToolsInstallerConnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | UnauthenticatedError;
/**
 * Errors `disconnect` can raise (vAPI operation `com.vmware.vcenter.vm.tools.installer.disconnect`).
 */
export type ToolsInstallerDisconnectError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | UnauthenticatedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.tools.installer.get`).
 */
export type ToolsInstallerGetError = VapiStdError | NotFoundError | UnauthenticatedError;
/**
 * The VMware Tools installer image, mounted in the virtual CD-ROM drive of a VM.
 *
 * vAPI service `com.vmware.vcenter.vm.tools.installer`.
 */
export declare class ToolsInstallerService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly connect: OperationInfo;
        readonly disconnect: OperationInfo;
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly connect: ToolsInstallerConnectError;
        readonly disconnect: ToolsInstallerDisconnectError;
        readonly get: ToolsInstallerGetError;
    };
    /**
     * Mount the VMware Tools installer image as a CD-ROM in a running VM. Windows guests with autorun launch the installer, which then waits for user input; on other guests someone has to start it (on Linux, unpack the archive and run the installer). Follow the installation with `get` of the Tools service.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/tools/installer?action=connect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/tools/installer?action=connect`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the Tools installer image is already mounted
     * @throws {VapiStdError} ERROR: the Tools install fails inside the guest
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    connect(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Unmount the VMware Tools installer image from a running VM.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/tools/installer?action=disconnect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/tools/installer?action=disconnect`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    disconnect(vm: VirtualMachineId, options?: CallOptions): Promise<void>;
    /**
     * Report whether the VMware Tools installer image is mounted in a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/tools/installer`
     * Legacy: `GET /rest/vcenter/vm/{vm}/tools/installer`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Mount state of the installer image.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<ToolsInstallerInfo>;
}

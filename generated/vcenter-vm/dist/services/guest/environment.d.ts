import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestCredentials } from '../../types.js';
import type { NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, UnsupportedError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.environment.get`).
 */
export type GuestEnvironmentGetError = NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.guest.environment.list`).
 */
export type GuestEnvironmentListError = NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Read environment variables inside the guest operating system; needs running VMware Tools and guest credentials.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.environment`.
 */
export declare class GuestEnvironmentService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestEnvironmentGetError;
        readonly list: GuestEnvironmentListError;
    };
    /**
     * Read one environment variable in the guest. With `interactive_session` set in the credentials the desktop user's environment is read, otherwise the system user's.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/environment/{name}?action=get`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the read. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param name Name of the variable. (`string`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Value of the variable.
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the variable does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    get(vm: VirtualMachineId, credentials: GuestCredentials, name: string, options?: CallOptions): Promise<string>;
    /**
     * Read several environment variables in the guest at once, or all of them. Whose environment is read depends on `interactive_session`, as for `get`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/environment?action=list`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the read. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param names Variables to read; an empty set reads every variable. (`set<string>`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Values keyed by variable name; requested variables that are not set are left out.
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    list(vm: VirtualMachineId, credentials: GuestCredentials, names: string[], options?: CallOptions): Promise<Record<string, string>>;
}

import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestCredentials, GuestProcessesCreateSpec, GuestProcessesInfo, GuestProcessesProcessErrorDetails, GuestProcessesSummary } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError } from '../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.create`).
 */
export type GuestProcessesCreateError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.delete`).
 */
export type GuestProcessesDeleteError = NotAllowedInCurrentStateError | NotFoundError<GuestProcessesProcessErrorDetails> | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.get`).
 */
export type GuestProcessesGetError = NotAllowedInCurrentStateError | NotFoundError<GuestProcessesProcessErrorDetails> | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.list`).
 */
export type GuestProcessesListError = NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Start, inspect and end programs inside the guest operating system; needs running VMware Tools and guest credentials.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.processes`.
 */
export declare class GuestProcessesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
        readonly delete: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: GuestProcessesCreateError;
        readonly delete: GuestProcessesDeleteError;
        readonly get: GuestProcessesGetError;
        readonly list: GuestProcessesListError;
    };
    /**
     * Start a program in the guest and return its process ID. Follow it with `get` or `list`; its exit status and finish time stay readable for 5 minutes after it ends.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes?action=create`
     * Requires `VirtualMachine.GuestOperations.Execute` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; the program runs as this user. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param spec Program, arguments, working directory and environment. (`ref:com.vmware.vcenter.vm.guest.processes.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Process ID of the program, or of its shell on Solaris guests without `/bin/bash`.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: bad program path or working directory, or misused start_minimized
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the program does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the program cannot be started
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot run the program
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    create(vm: VirtualMachineId, credentials: GuestCredentials, spec: GuestProcessesCreateSpec, options?: CallOptions): Promise<number>;
    /**
     * End a process in the guest. POSIX guests send SIGTERM, then SIGKILL if it keeps running; a hung process may still survive.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete`
     * Requires `VirtualMachine.GuestOperations.Execute` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to end the process. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param pid ID of the process to end. (`long`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the process does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot end the process
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    delete(vm: VirtualMachineId, credentials: GuestCredentials, pid: number, options?: CallOptions): Promise<void>;
    /**
     * Get the state of one guest process, including one started with `create` that ended in the last 5 minutes.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes/{pid}?action=get`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the query. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param pid ID of the process to look up. (`long`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns State of the process.
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the process does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    get(vm: VirtualMachineId, credentials: GuestCredentials, pid: number, options?: CallOptions): Promise<GuestProcessesInfo>;
    /**
     * List the guest's running processes, plus those started with `create` that ended in the last 5 minutes.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes?action=list`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the query. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per process.
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    list(vm: VirtualMachineId, credentials: GuestCredentials, options?: CallOptions): Promise<GuestProcessesSummary[]>;
}

import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestCredentials, GuestProcessesCreateSpec, GuestProcessesProcessErrorDetails } from '../../types.js';
import type { NotFoundError, UnauthenticatedError } from '../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.create`).
 */
export type GuestProcessesCreateError = NotFoundError<GuestProcessesProcessErrorDetails> | UnauthenticatedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.guest.processes.delete`).
 */
export type GuestProcessesDeleteError = NotFoundError<GuestProcessesProcessErrorDetails>;
/**
 * Processes in the guest operating system.
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
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: GuestProcessesCreateError;
        readonly delete: GuestProcessesDeleteError;
    };
    /**
     * Start a program in the guest.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes?action=create`
     * Requires `VirtualMachine.GuestOperations.Execute` on `vm`.
     * @param vm (`id:VirtualMachine`)
     * @param credentials (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param spec (`ref:com.vmware.vcenter.vm.guest.processes.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns The process id.
     * @throws {NotFoundError} NOT_FOUND: the VM or the program does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED
     */
    create(vm: VirtualMachineId, credentials: GuestCredentials, spec: GuestProcessesCreateSpec, options?: CallOptions): Promise<number>;
    /**
     * Terminate a process.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete`
     * Legacy: `POST /rest/vcenter/vm/{vm}/guest/processes/{pid}?action=delete`
     * @param vm (`id:VirtualMachine`)
     * @param credentials (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param pid (`long`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {NotFoundError} NOT_FOUND
     * @since 7.0.0
     */
    delete(vm: VirtualMachineId, credentials: GuestCredentials, pid: number, options?: CallOptions): Promise<void>;
}

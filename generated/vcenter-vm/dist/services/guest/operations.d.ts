import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestOperationsInfo } from '../../types.js';
import type { NotFoundError, ServiceUnavailableError, UnauthorizedError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.operations.get`).
 */
export type GuestOperationsGetError = NotFoundError | ServiceUnavailableError | UnauthorizedError;
/**
 * Whether a VM can take guest operations (processes, files, environment) right now.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.operations`.
 */
export declare class GuestOperationsService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestOperationsGetError;
    };
    /**
     * Check whether VMware Tools in the guest is ready for guest operations, plain and interactive.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/operations`
     * Requires `System.Read` on `vm`.
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Readiness flags.
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: the VMware Tools state is unknown
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<GuestOperationsInfo>;
}

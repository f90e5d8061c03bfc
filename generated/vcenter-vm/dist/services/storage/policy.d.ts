import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { StoragePolicyInfo, StoragePolicyUpdateSpec } from '../../types.js';
import type { InvalidArgumentError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.storage.policy.get`).
 */
export type StoragePolicyGetError = VapiStdError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.storage.policy.update`).
 */
export type StoragePolicyUpdateError = VapiStdError | InvalidArgumentError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Storage (SPBM) policies assigned to the home files and the virtual disks of a VM.
 *
 * vAPI service `com.vmware.vcenter.vm.storage.policy`.
 */
export declare class StoragePolicyService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: StoragePolicyGetError;
        readonly update: StoragePolicyUpdateError;
    };
    /**
     * Read which storage policies are assigned to the VM home and to each virtual disk.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/storage/policy`
     * Legacy: `GET /rest/vcenter/vm/{vm}/storage/policy`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Assigned policies of the VM home and of its disks.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<StoragePolicyInfo>;
    /**
     * Assign storage policies to the VM home, to some virtual disks, or both; parts left unset in `spec` keep their policy.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/storage/policy`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/storage/policy`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param spec Policies to assign. (`ref:com.vmware.vcenter.vm.storage.policy.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the given storage policy is invalid
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM or a disk is busy
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM or disk configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, spec: StoragePolicyUpdateSpec, options?: CallOptions): Promise<void>;
}

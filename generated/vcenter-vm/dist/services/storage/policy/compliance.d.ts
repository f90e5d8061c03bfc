import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { StoragePolicyComplianceCheckSpec, StoragePolicyComplianceInfo } from '../../../types.js';
import type { ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `check` can raise (vAPI operation `com.vmware.vcenter.vm.storage.policy.compliance.check`).
 */
export type StoragePolicyComplianceCheckError = VapiStdError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.storage.policy.compliance.get`).
 */
export type StoragePolicyComplianceGetError = VapiStdError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Whether the home files and the virtual disks of a VM meet their storage policies.
 *
 * vAPI service `com.vmware.vcenter.vm.storage.policy.compliance`.
 */
export declare class StoragePolicyComplianceService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly check: OperationInfo;
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly check: StoragePolicyComplianceCheckError;
        readonly get: StoragePolicyComplianceGetError;
    };
    /**
     * Recompute storage policy compliance of a VM now and return the fresh result.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/storage/policy/compliance?action=check`
     * Legacy: `POST /rest/vcenter/vm/{vm}/storage/policy/compliance?action=check`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param checkSpec Parts of the VM to check; unset checks the VM home and every disk. (`ref:com.vmware.vcenter.vm.storage.policy.compliance.check_spec`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns The new result; unset when neither the VM home nor any disk has a storage policy.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    check(vm: VirtualMachineId, checkSpec?: StoragePolicyComplianceCheckSpec, options?: CallOptions): Promise<StoragePolicyComplianceInfo | undefined>;
    /**
     * Return the last computed storage policy compliance of a VM without checking again; call `check` for a fresh result.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/storage/policy/compliance`
     * Legacy: `GET /rest/vcenter/vm/{vm}/storage/policy/compliance`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns The cached result; unset when neither the VM home nor any disk has a storage policy.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<StoragePolicyComplianceInfo | undefined>;
}

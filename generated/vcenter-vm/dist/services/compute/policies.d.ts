import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { ComputePolicyId, VirtualMachineId } from '../../ids.js';
import type { ComputePoliciesInfo } from '../../types.js';
import type { NotFoundError, UnauthorizedError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.compute.policies.get`).
 */
export type ComputePoliciesGetError = NotFoundError | UnauthorizedError;
/**
 * Compliance of a VM with the compute policies of vCenter (read only).
 *
 * vAPI service `com.vmware.vcenter.vm.compute.policies`.
 */
export declare class ComputePoliciesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: ComputePoliciesGetError;
    };
    /**
     * Report whether a VM currently satisfies one compute policy.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/compute/policies/{policy}`
     * @param vm The VM to evaluate. (`id:VirtualMachine`)
     * @param policy Identifier of the compute policy, a `com.vmware.vcenter.compute.Resources.COMPUTE_POLICY` id. (`id:com.vmware.vcenter.compute.Resources.COMPUTE_POLICY`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Compliance state of the VM for that policy.
     * @throws {NotFoundError} NOT_FOUND: the VM or the policy does not exist
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, policy: ComputePolicyId, options?: CallOptions): Promise<ComputePoliciesInfo>;
}

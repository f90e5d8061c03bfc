import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestIdentityInfo } from '../../types.js';
import type { NotFoundError, ServiceUnavailableError, UnauthenticatedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.identity.get`).
 */
export type GuestIdentityGetError = VapiStdError | NotFoundError | ServiceUnavailableError | UnauthenticatedError;
/**
 * Which operating system runs in a VM, as VMware Tools reports it.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.identity`.
 */
export declare class GuestIdentityService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestIdentityGetError;
    };
    /**
     * Get the guest OS identity; fails with `service_unavailable` while VMware Tools is not running or has not reported yet.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/identity`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/identity`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Guest OS identity.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running or has sent no data
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<GuestIdentityInfo>;
}

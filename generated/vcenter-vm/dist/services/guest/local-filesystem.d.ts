import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestLocalFilesystemInfo } from '../../types.js';
import type { NotFoundError, ServiceUnavailableError, UnauthenticatedError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.local_filesystem.get`).
 */
export type GuestLocalFilesystemGetError = VapiStdError | NotFoundError | ServiceUnavailableError | UnauthenticatedError;
/**
 * Size and free space of the file systems mounted in the guest, as VMware Tools reports them.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.local_filesystem`.
 */
export declare class GuestLocalFilesystemService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestLocalFilesystemGetError;
    };
    /**
     * List the guest's local file systems with size and free space; fails with `service_unavailable` while VMware Tools is not running or has not reported yet.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/local-filesystem`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/local-filesystem`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per file system, keyed by where it is mounted in the guest (for example `/` or `C:\`).
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running or has sent no data
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<Record<string, GuestLocalFilesystemInfo>>;
}

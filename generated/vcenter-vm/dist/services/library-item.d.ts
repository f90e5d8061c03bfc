import type { CallOptions, Transport } from '../runtime/transport.js';
import type { OperationInfo } from '../runtime/wire.js';
import type { VirtualMachineId } from '../ids.js';
import type { LibraryItemInfo } from '../types.js';
import type { NotFoundError, UnauthenticatedError, UnauthorizedError } from '../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.library_item.get`).
 */
export type LibraryItemGetError = NotFoundError | UnauthenticatedError | UnauthorizedError;
/**
 * The content library item a VM is linked to.
 *
 * vAPI service `com.vmware.vcenter.vm.library_item`.
 */
export declare class LibraryItemService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: LibraryItemGetError;
    };
    /**
     * Find the content library item a VM is linked to, such as the VM template it was checked out from.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/library-item`
     * Legacy: `GET /rest/vcenter/vm/{vm}/library-item`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Library item link of the VM.
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<LibraryItemInfo>;
}

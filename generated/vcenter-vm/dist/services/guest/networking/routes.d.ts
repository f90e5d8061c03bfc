import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { GuestNetworkingRoutesInfo } from '../../../types.js';
import type { NotFoundError, ServiceUnavailableError, UnauthenticatedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.guest.networking.routes.list`).
 */
export type GuestNetworkingRoutesListError = VapiStdError | NotFoundError | ServiceUnavailableError | UnauthenticatedError;
/**
 * IP routing table of the guest, as VMware Tools reports it.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.networking.routes`.
 */
export declare class GuestNetworkingRoutesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly list: GuestNetworkingRoutesListError;
    };
    /**
     * List the routes in the guest's routing table.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/networking/routes`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/networking/routes`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Routes of the guest.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<GuestNetworkingRoutesInfo[]>;
}

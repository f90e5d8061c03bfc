import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { GuestNetworkingInterfacesInfo } from '../../../types.js';
import type { NotFoundError, ServiceUnavailableError, UnauthenticatedError, VapiStdError } from '../../../errors.js';
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.guest.networking.interfaces.list`).
 */
export type GuestNetworkingInterfacesListError = VapiStdError | NotFoundError | ServiceUnavailableError | UnauthenticatedError;
/**
 * Network interfaces as seen from inside the guest, with their addresses and DNS settings, as VMware Tools reports them.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.networking.interfaces`.
 */
export declare class GuestNetworkingInterfacesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly list: GuestNetworkingInterfacesListError;
    };
    /**
     * List the guest's network interfaces with addresses and DNS data, as VMware Tools reports them.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/networking/interfaces`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/networking/interfaces`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Interfaces in an order the guest OS chooses; `routes` refer to them by position.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<GuestNetworkingInterfacesInfo[]>;
}

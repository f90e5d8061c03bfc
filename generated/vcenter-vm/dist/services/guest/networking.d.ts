import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { GuestNetworkingInfo } from '../../types.js';
import type { NotFoundError, ServiceUnavailableError, VapiStdError } from '../../errors.js';
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.networking.get`).
 */
export type GuestNetworkingGetError = VapiStdError | NotFoundError | ServiceUnavailableError;
/**
 * Guest-wide network settings as VMware Tools reports them; per-adapter data comes from `interfaces`, routing from `routes`.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.networking`.
 */
export declare class GuestNetworkingService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly get: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly get: GuestNetworkingGetError;
    };
    /**
     * Get the guest-wide DNS settings reported by VMware Tools.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/guest/networking`
     * Legacy: `GET /rest/vcenter/vm/{vm}/guest/networking`
     * @param vm Identifier of the virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Guest-wide network settings.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     */
    get(vm: VirtualMachineId, options?: CallOptions): Promise<GuestNetworkingInfo>;
}

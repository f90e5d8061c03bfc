import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { VirtualMachineId } from '../../ids.js';
import type { ConsoleTicketsCreateSpec, ConsoleTicketsSummary } from '../../types.js';
import type { InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceInaccessibleError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.console.tickets.create`).
 */
export type ConsoleTicketsCreateError = VapiStdError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Single-use URLs that open the console of a VM in a remote console client or a browser.
 *
 * vAPI service `com.vmware.vcenter.vm.console.tickets`.
 */
export declare class ConsoleTicketsService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: ConsoleTicketsCreateError;
    };
    /**
     * Issue a console ticket for a VM. The URL works once and expires 30 minutes after it is issued. A `WEBMKS` ticket needs a powered-on VM; a `VMRC` ticket can also be had for a VM that is off.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/console/tickets`
     * Legacy: `POST /rest/vcenter/vm/{vm}/console/tickets`
     * @param vm Identifier of the virtual machine whose console to open. (`id:VirtualMachine`)
     * @param spec Kind of ticket to issue. (`ref:com.vmware.vcenter.vm.console.tickets.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns The new ticket.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the ticket type is unsupported by the server
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: a WEBMKS ticket is requested while the VM is off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration or runtime state is unreadable
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    create(vm: VirtualMachineId, spec: ConsoleTicketsCreateSpec, options?: CallOptions): Promise<ConsoleTicketsSummary>;
}

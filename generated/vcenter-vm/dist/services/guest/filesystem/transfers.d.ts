import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { GuestCredentials, GuestFilesystemTransfersCreateSpec } from '../../../types.js';
import type { AlreadyExistsError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError } from '../../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.transfers.create`).
 */
export type GuestFilesystemTransfersCreateError = AlreadyExistsError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Get one-time URLs to upload a file into the guest or download one from it; needs running VMware Tools and guest credentials.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.filesystem.transfers`.
 */
export declare class GuestFilesystemTransfersService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: GuestFilesystemTransfersCreateError;
    };
    /**
     * Prepare a file transfer and get its URL: send the content with HTTP PUT to upload into the guest, use HTTP GET to download. A power state change or migration of the VM aborts the transfer. The URL points at the ESXi host running the VM; verify that host's TLS certificate.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem?action=create`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used to read or write the file. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param spec Guest file and direction of the transfer. (`ref:com.vmware.vcenter.vm.guest.filesystem.transfers.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns URL for one successful request, valid for 10 minutes and void once the VM powers off, suspends, is unregistered or migrates. A host part of `*` stands for the server you called; put its name in.
     * @throws {AlreadyExistsError} ALREADY_EXISTS: the guest file exists and overwrite is off
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the guest path is not a file or too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the guest file does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the guest lacks space for the file
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot reach the file
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    create(vm: VirtualMachineId, credentials: GuestCredentials, spec: GuestFilesystemTransfersCreateSpec, options?: CallOptions): Promise<string>;
}

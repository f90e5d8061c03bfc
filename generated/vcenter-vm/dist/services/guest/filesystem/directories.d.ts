import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { GuestCredentials } from '../../../types.js';
import type { AlreadyExistsError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInUseError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, UnsupportedError } from '../../../errors.js';
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.directories.create`).
 */
export type GuestFilesystemDirectoriesCreateError = AlreadyExistsError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `createTemporary` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.directories.create_temporary`).
 */
export type GuestFilesystemDirectoriesCreateTemporaryError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.directories.delete`).
 */
export type GuestFilesystemDirectoriesDeleteError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInUseError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `move` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.directories.move`).
 */
export type GuestFilesystemDirectoriesMoveError = AlreadyExistsError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Create, delete and rename directories inside the guest operating system; needs running VMware Tools and guest credentials.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.filesystem.directories`.
 */
export declare class GuestFilesystemDirectoriesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly create: OperationInfo;
        readonly createTemporary: OperationInfo;
        readonly delete: OperationInfo;
        readonly move: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly create: GuestFilesystemDirectoriesCreateError;
        readonly createTemporary: GuestFilesystemDirectoriesCreateTemporaryError;
        readonly delete: GuestFilesystemDirectoriesDeleteError;
        readonly move: GuestFilesystemDirectoriesMoveError;
    };
    /**
     * Create a directory in the guest.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/directories?action=create`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; the directory is created as this user. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the new directory. (`string`)
     * @param createParents Also create missing parent directories; after a failure some of them may remain. False when unset. (`boolean`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyExistsError} ALREADY_EXISTS: a directory with that path already exists
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the parent directory does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot create the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    create(vm: VirtualMachineId, credentials: GuestCredentials, path: string, createParents?: boolean, options?: CallOptions): Promise<void>;
    /**
     * Create a new, uniquely named directory for scratch use and return its path; the name joins `prefix`, a guest-generated part and `suffix`. In the default location the guest may clean it up after a while; otherwise delete it when done.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/directories?action=createTemporary`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; the directory is created as this user. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param prefix Text at the start of the directory name. (`string`)
     * @param suffix Text at the end of the directory name. (`string`)
     * @param parentPath Full guest path of the directory to create it in; unset uses the guest's default location. (`string`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Absolute guest path of the new directory.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the parent path is not a directory or too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the parent path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot create there
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    createTemporary(vm: VirtualMachineId, credentials: GuestCredentials, prefix: string, suffix: string, parentPath?: string, options?: CallOptions): Promise<string>;
    /**
     * Delete a directory in the guest.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/directories?action=delete`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to delete the directory. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the directory. (`string`)
     * @param recursive Also delete everything inside. When false or unset the directory must be empty, or the call fails with `resource_in_use`. (`boolean`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is not a directory or too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInUseError} RESOURCE_IN_USE: the directory is not empty and recursive is unset
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot delete the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    delete(vm: VirtualMachineId, credentials: GuestCredentials, path: string, recursive?: boolean, options?: CallOptions): Promise<void>;
    /**
     * Rename or move a directory in the guest; where the file system needs it, the contents are copied and the originals deleted.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/directories?action=move`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to move the directory. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the directory to move. (`string`)
     * @param newPath Full guest path it moves to; must not name an existing file or directory. (`string`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyExistsError} ALREADY_EXISTS: the destination path is already taken
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: source is not a directory, or a path too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM, source path, or target folder does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot move the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    move(vm: VirtualMachineId, credentials: GuestCredentials, path: string, newPath: string, options?: CallOptions): Promise<void>;
}

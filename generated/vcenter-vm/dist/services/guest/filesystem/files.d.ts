import type { CallOptions, Transport } from '../../../runtime/transport.js';
import type { OperationInfo } from '../../../runtime/wire.js';
import type { VirtualMachineId } from '../../../ids.js';
import type { GuestCredentials, GuestFilesystemFilesFileAttributesUpdateSpec, GuestFilesystemFilesFilterSpec, GuestFilesystemFilesInfo, GuestFilesystemFilesIterationSpec, GuestFilesystemFilesListResult } from '../../../types.js';
import type { AlreadyExistsError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ServiceUnavailableError, UnauthenticatedError, UnauthorizedError, UnsupportedError } from '../../../errors.js';
/**
 * Errors `createTemporary` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.create_temporary`).
 */
export type GuestFilesystemFilesCreateTemporaryError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.delete`).
 */
export type GuestFilesystemFilesDeleteError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.get`).
 */
export type GuestFilesystemFilesGetError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.list`).
 */
export type GuestFilesystemFilesListError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `move` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.move`).
 */
export type GuestFilesystemFilesMoveError = AlreadyExistsError | InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.guest.filesystem.files.update`).
 */
export type GuestFilesystemFilesUpdateError = InvalidArgumentError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Query, rename, delete and change files and directories inside the guest operating system; needs running VMware Tools and guest credentials. File contents move through `transfers`.
 *
 * vAPI service `com.vmware.vcenter.vm.guest.filesystem.files`.
 */
export declare class GuestFilesystemFilesService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly createTemporary: OperationInfo;
        readonly delete: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
        readonly move: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly createTemporary: GuestFilesystemFilesCreateTemporaryError;
        readonly delete: GuestFilesystemFilesDeleteError;
        readonly get: GuestFilesystemFilesGetError;
        readonly list: GuestFilesystemFilesListError;
        readonly move: GuestFilesystemFilesMoveError;
        readonly update: GuestFilesystemFilesUpdateError;
    };
    /**
     * Create a new, uniquely named empty file for scratch use and return its path; the name joins `prefix`, a guest-generated part and `suffix`. Delete it when done.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files?action=createTemporary`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; the file is created as this user. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param prefix Text at the start of the file name. (`string`)
     * @param suffix Text at the end of the file name. (`string`)
     * @param parentPath Full guest path of the directory to create it in; unset uses the guest's default location. (`string`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Absolute guest path of the new file.
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
     * Delete a file or symbolic link in the guest; for directories use `directories.delete`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=delete`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to delete the file. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the file or link. (`string`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is not a file or too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot delete the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    delete(vm: VirtualMachineId, credentials: GuestCredentials, path: string, options?: CallOptions): Promise<void>;
    /**
     * Get the type, size and attributes of a file, directory or link in the guest.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files/{path}?action=get`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the query. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the entry. (`string`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Details of the entry.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot read the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    get(vm: VirtualMachineId, credentials: GuestCredentials, path: string, options?: CallOptions): Promise<GuestFilesystemFilesInfo>;
    /**
     * List a guest directory (or a single file) page by page, optionally filtered by name. Entries come in the guest's own (inode) order, so changes between calls can skip or repeat entries.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files?action=list`
     * Requires `VirtualMachine.GuestOperations.Query` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login used for the query. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the directory or file to list. (`string`)
     * @param iteration Page to fetch; unset fetches the first page. (`ref:com.vmware.vcenter.vm.guest.filesystem.files.iteration_spec`, optional)
     * @param filter Name filter; unset returns every entry. (`ref:com.vmware.vcenter.vm.guest.filesystem.files.filter_spec`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One page of entries with paging details.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot read the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    list(vm: VirtualMachineId, credentials: GuestCredentials, path: string, iteration?: GuestFilesystemFilesIterationSpec, filter?: GuestFilesystemFilesFilterSpec, options?: CallOptions): Promise<GuestFilesystemFilesListResult>;
    /**
     * Rename or move a file or symbolic link in the guest.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files?action=move`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to move the file. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path of the file or link to move. (`string`)
     * @param newPath Full guest path it moves to; must not be an existing directory. (`string`)
     * @param overwrite Replace an existing file at `new_path`; false when unset. (`boolean`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyExistsError} ALREADY_EXISTS: the destination exists and overwrite is off
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: source is not a file, or a path too long
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM, source path, or target folder does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot move the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    move(vm: VirtualMachineId, credentials: GuestCredentials, path: string, newPath: string, overwrite?: boolean, options?: CallOptions): Promise<void>;
    /**
     * Change timestamps and OS-specific attributes of a guest file or directory; for a symbolic link the target is changed.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/guest/filesystem/files?action=update`
     * Requires `VirtualMachine.GuestOperations.Modify` on `vm`.
     * @param vm Identifier of the virtual machine; it must be running. (`id:VirtualMachine`)
     * @param credentials Guest login; it must be allowed to change the file. (`ref:com.vmware.vcenter.vm.guest.credentials`)
     * @param path Full guest path; a symbolic link is followed. (`string`)
     * @param fileAttributes Attributes to change; unset fields stay as they are. (`ref:com.vmware.vcenter.vm.guest.filesystem.files.file_attributes_update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: the path is bad or the attributes do not fit
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not running
     * @throws {NotFoundError} NOT_FOUND: the VM or the path does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: VMware Tools is not running
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the guest credentials are rejected
     * @throws {UnauthorizedError} UNAUTHORIZED: missing privileges, or the guest user cannot change the path
     * @throws {UnsupportedError} UNSUPPORTED: VMware Tools lacks or disables the operation
     */
    update(vm: VirtualMachineId, credentials: GuestCredentials, path: string, fileAttributes: GuestFilesystemFilesFileAttributesUpdateSpec, options?: CallOptions): Promise<void>;
}

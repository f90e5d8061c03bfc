import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { CdromId, VirtualMachineId } from '../../ids.js';
import type { HardwareCdromFilterSpec, HardwareCdromInfo, HardwareCdromSummary, HardwareCdromUpdateSpec } from '../../types.js';
import type { NotFoundError, UnauthenticatedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.connect`).
 */
export type HardwareCdromConnectError = VapiStdError | NotFoundError;
/**
 * Errors `find` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.find`).
 */
export type HardwareCdromFindError = NotFoundError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.get`).
 */
export type HardwareCdromGetError = NotFoundError | UnauthenticatedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.list`).
 */
export type HardwareCdromListError = NotFoundError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.cdrom.update`).
 */
export type HardwareCdromUpdateError = NotFoundError;
/**
 * CD-ROM devices of a virtual machine.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.cdrom`.
 */
export declare class HardwareCdromService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly connect: OperationInfo;
        readonly find: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly connect: HardwareCdromConnectError;
        readonly find: HardwareCdromFindError;
        readonly get: HardwareCdromGetError;
        readonly list: HardwareCdromListError;
        readonly update: HardwareCdromUpdateError;
    };
    /**
     * Connect a CD-ROM.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect`
     * @param vm (`id:VirtualMachine`)
     * @param cdrom (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR
     * @throws {NotFoundError} NOT_FOUND
     */
    connect(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<void>;
    /**
     * Find CD-ROMs by label (query parameters).
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cdrom?action=find`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cdrom/find`
     * @param vm (`id:VirtualMachine`)
     * @param labels (`set<string>`, optional)
     * @param filter (`ref:com.vmware.vcenter.vm.hardware.cdrom.filter_spec`, optional)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns `optional<ref:com.vmware.vcenter.vm.hardware.cdrom.summary>`
     * @throws {NotFoundError} NOT_FOUND
     */
    find(vm: VirtualMachineId, labels?: string[], filter?: HardwareCdromFilterSpec, options?: CallOptions): Promise<HardwareCdromSummary | undefined>;
    /**
     * Read one CD-ROM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * @param vm (`id:VirtualMachine`)
     * @param cdrom (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns `ref:com.vmware.vcenter.vm.hardware.cdrom.info`
     * @throws {NotFoundError} NOT_FOUND
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the session is not valid
     */
    get(vm: VirtualMachineId, cdrom: CdromId, options?: CallOptions): Promise<HardwareCdromInfo>;
    /**
     * List the CD-ROMs of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/cdrom`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/cdrom`
     * @param vm (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns `list<ref:com.vmware.vcenter.vm.hardware.cdrom.summary>`
     * @throws {NotFoundError} NOT_FOUND
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareCdromSummary[]>;
    /**
     * Change a CD-ROM.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}`
     * @param vm (`id:VirtualMachine`)
     * @param cdrom (`id:com.vmware.vcenter.vm.hardware.Cdrom`)
     * @param spec (`ref:com.vmware.vcenter.vm.hardware.cdrom.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {NotFoundError} NOT_FOUND
     */
    update(vm: VirtualMachineId, cdrom: CdromId, spec: HardwareCdromUpdateSpec, options?: CallOptions): Promise<void>;
}

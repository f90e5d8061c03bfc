import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { EthernetId, VirtualMachineId } from '../../ids.js';
import type { HardwareEthernetCreateSpec, HardwareEthernetInfo, HardwareEthernetSummary, HardwareEthernetUpdateSpec } from '../../types.js';
import type { AlreadyInDesiredStateError, InvalidArgumentError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, UnsupportedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.connect`).
 */
export type HardwareEthernetConnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.create`).
 */
export type HardwareEthernetCreateError = VapiStdError | InvalidArgumentError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError | UnsupportedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.delete`).
 */
export type HardwareEthernetDeleteError = VapiStdError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `disconnect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.disconnect`).
 */
export type HardwareEthernetDisconnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.get`).
 */
export type HardwareEthernetGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.list`).
 */
export type HardwareEthernetListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.ethernet.update`).
 */
export type HardwareEthernetUpdateError = VapiStdError | InvalidArgumentError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Virtual network adapters (NICs) of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.ethernet`.
 */
export declare class HardwareEthernetService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly connect: OperationInfo;
        readonly create: OperationInfo;
        readonly delete: OperationInfo;
        readonly disconnect: OperationInfo;
        readonly get: OperationInfo;
        readonly list: OperationInfo;
        readonly update: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly connect: HardwareEthernetConnectError;
        readonly create: HardwareEthernetCreateError;
        readonly delete: HardwareEthernetDeleteError;
        readonly disconnect: HardwareEthernetDisconnectError;
        readonly get: HardwareEthernetGetError;
        readonly list: HardwareEthernetListError;
        readonly update: HardwareEthernetUpdateError;
    };
    /**
     * Connect a network adapter of a running VM to its network, like plugging in the cable. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/ethernet/{nic}?action=connect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/ethernet/{nic}/connect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param nic The network adapter to connect. (`id:com.vmware.vcenter.vm.hardware.Ethernet`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the network adapter is connected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the network adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    connect(vm: VirtualMachineId, nic: EthernetId, options?: CallOptions): Promise<void>;
    /**
     * Add a network adapter to a VM. Fails once the VM has as many adapters as it supports, for a `HOST_DEVICE` backing, for a PCI slot out of range, or when no backing is given and none can be found.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/ethernet`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/ethernet`
     * @param vm The virtual machine to extend. (`id:VirtualMachine`)
     * @param spec Settings of the new adapter; omitted fields get defaults. (`ref:com.vmware.vcenter.vm.hardware.ethernet.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new network adapter.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: bad PCI slot, HOST_DEVICE type, or no default backing
     * @throws {NotFoundError} NOT_FOUND: the VM or the backing network does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the VM has the most network adapters it supports
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     * @throws {UnsupportedError} UNSUPPORTED: the guest OS is unsupported and defaults are needed
     */
    create(vm: VirtualMachineId, spec: HardwareEthernetCreateSpec, options?: CallOptions): Promise<EthernetId>;
    /**
     * Remove a network adapter from a VM.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param nic The network adapter to remove. (`id:com.vmware.vcenter.vm.hardware.Ethernet`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the network adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, nic: EthernetId, options?: CallOptions): Promise<void>;
    /**
     * Disconnect a network adapter of a running VM from its network, like pulling the cable; the adapter and its backing settings stay. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/ethernet/{nic}?action=disconnect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/ethernet/{nic}/disconnect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param nic The network adapter to disconnect. (`id:com.vmware.vcenter.vm.hardware.Ethernet`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the network adapter is disconnected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the network adapter does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    disconnect(vm: VirtualMachineId, nic: EthernetId, options?: CallOptions): Promise<void>;
    /**
     * Read the model, MAC address, network backing and connection state of one adapter.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param nic The network adapter to read. (`id:com.vmware.vcenter.vm.hardware.Ethernet`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Configuration and current state of the adapter.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the network adapter does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, nic: EthernetId, options?: CallOptions): Promise<HardwareEthernetInfo>;
    /**
     * List the network adapters of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/ethernet`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/ethernet`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per network adapter, with its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareEthernetSummary[]>;
    /**
     * Change the settings of a network adapter. MAC, UPT, wake-on-LAN and backing changes take effect at the next power-on; a `HOST_DEVICE` backing is rejected.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/ethernet/{nic}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param nic The network adapter to change. (`id:com.vmware.vcenter.vm.hardware.Ethernet`)
     * @param spec What to change; unset fields keep their current value. (`ref:com.vmware.vcenter.vm.hardware.ethernet.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {InvalidArgumentError} INVALID_ARGUMENT: HOST_DEVICE was given as the backing type
     * @throws {NotFoundError} NOT_FOUND: the VM, the adapter, or its network does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, nic: EthernetId, spec: HardwareEthernetUpdateSpec, options?: CallOptions): Promise<void>;
}

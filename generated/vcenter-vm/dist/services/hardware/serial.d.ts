import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
import type { SerialPortId, VirtualMachineId } from '../../ids.js';
import type { HardwareSerialCreateSpec, HardwareSerialInfo, HardwareSerialSummary, HardwareSerialUpdateSpec } from '../../types.js';
import type { AlreadyInDesiredStateError, NotAllowedInCurrentStateError, NotFoundError, ResourceBusyError, ResourceInaccessibleError, ServiceUnavailableError, UnableToAllocateResourceError, UnauthenticatedError, UnauthorizedError, VapiStdError } from '../../errors.js';
/**
 * Errors `connect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.connect`).
 */
export type HardwareSerialConnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `create` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.create`).
 */
export type HardwareSerialCreateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnableToAllocateResourceError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.delete`).
 */
export type HardwareSerialDeleteError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `disconnect` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.disconnect`).
 */
export type HardwareSerialDisconnectError = AlreadyInDesiredStateError | VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `get` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.get`).
 */
export type HardwareSerialGetError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.list`).
 */
export type HardwareSerialListError = VapiStdError | NotFoundError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Errors `update` can raise (vAPI operation `com.vmware.vcenter.vm.hardware.serial.update`).
 */
export type HardwareSerialUpdateError = VapiStdError | NotAllowedInCurrentStateError | NotFoundError | ResourceBusyError | ResourceInaccessibleError | ServiceUnavailableError | UnauthenticatedError | UnauthorizedError;
/**
 * Serial (COM) ports of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
 *
 * vAPI service `com.vmware.vcenter.vm.hardware.serial`.
 */
export declare class HardwareSerialService {
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
        readonly connect: HardwareSerialConnectError;
        readonly create: HardwareSerialCreateError;
        readonly delete: HardwareSerialDeleteError;
        readonly disconnect: HardwareSerialDisconnectError;
        readonly get: HardwareSerialGetError;
        readonly list: HardwareSerialListError;
        readonly update: HardwareSerialUpdateError;
    };
    /**
     * Connect a serial port of a running VM to its backing, so the guest can use it. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/serial/{port}?action=connect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/serial/{port}/connect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param port The serial port to connect. (`id:com.vmware.vcenter.vm.hardware.SerialPort`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the serial port is connected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the serial port does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    connect(vm: VirtualMachineId, port: SerialPortId, options?: CallOptions): Promise<void>;
    /**
     * Add a serial port to a powered-off VM. Fails once the VM has as many serial ports as it supports.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/serial`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/serial`
     * @param vm The virtual machine to extend; it must be powered off. (`id:VirtualMachine`)
     * @param spec Settings of the new port; omitted fields get defaults. (`ref:com.vmware.vcenter.vm.hardware.serial.create_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Identifier of the new serial port.
     * @throws {VapiStdError} ERROR: the server fails, or the new id cannot be determined
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnableToAllocateResourceError} UNABLE_TO_ALLOCATE_RESOURCE: the VM has the most serial ports it supports
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    create(vm: VirtualMachineId, spec: HardwareSerialCreateSpec, options?: CallOptions): Promise<SerialPortId>;
    /**
     * Remove a serial port from a VM; the VM must be powered off.
     *
     * HTTP: `DELETE /api/vcenter/vm/{vm}/hardware/serial/{port}`
     * Legacy: `DELETE /rest/vcenter/vm/{vm}/hardware/serial/{port}`
     * @param vm The virtual machine; it must be powered off. (`id:VirtualMachine`)
     * @param port The serial port to remove. (`id:com.vmware.vcenter.vm.hardware.SerialPort`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered off
     * @throws {NotFoundError} NOT_FOUND: the VM or the serial port does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    delete(vm: VirtualMachineId, port: SerialPortId, options?: CallOptions): Promise<void>;
    /**
     * Disconnect a serial port of a running VM from its backing; the port and its backing settings stay, but the guest loses the connection. For a powered-off VM use `update` with `start_connected`.
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect`
     * Legacy: `POST /rest/vcenter/vm/{vm}/hardware/serial/{port}/disconnect`
     * @param vm The virtual machine; it must be powered on. (`id:VirtualMachine`)
     * @param port The serial port to disconnect. (`id:com.vmware.vcenter.vm.hardware.SerialPort`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {AlreadyInDesiredStateError} ALREADY_IN_DESIRED_STATE: the serial port is disconnected already
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the VM is not powered on
     * @throws {NotFoundError} NOT_FOUND: the VM or the serial port does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    disconnect(vm: VirtualMachineId, port: SerialPortId, options?: CallOptions): Promise<void>;
    /**
     * Read the backing, polling behaviour and connection state of one serial port.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/serial/{port}`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/serial/{port}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param port The serial port to read. (`id:com.vmware.vcenter.vm.hardware.SerialPort`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns Configuration and current state of the port.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM or the serial port does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    get(vm: VirtualMachineId, port: SerialPortId, options?: CallOptions): Promise<HardwareSerialInfo>;
    /**
     * List the serial ports of a VM.
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/hardware/serial`
     * Legacy: `GET /rest/vcenter/vm/{vm}/hardware/serial`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns One entry per serial port, with its identifier.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotFoundError} NOT_FOUND: the VM does not exist
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    list(vm: VirtualMachineId, options?: CallOptions): Promise<HardwareSerialSummary[]>;
    /**
     * Change the settings of a serial port. The backing can only be replaced while the VM is off or the port is disconnected; `yield_on_poll` can change at any time.
     *
     * HTTP: `PATCH /api/vcenter/vm/{vm}/hardware/serial/{port}`
     * Legacy: `PATCH /rest/vcenter/vm/{vm}/hardware/serial/{port}`
     * @param vm The virtual machine. (`id:VirtualMachine`)
     * @param port The serial port to change. (`id:com.vmware.vcenter.vm.hardware.SerialPort`)
     * @param spec What to change; unset fields keep their current value. (`ref:com.vmware.vcenter.vm.hardware.serial.update_spec`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {VapiStdError} ERROR: the server fails internally
     * @throws {NotAllowedInCurrentStateError} NOT_ALLOWED_IN_CURRENT_STATE: the power or connection state forbids the change
     * @throws {NotFoundError} NOT_FOUND: the VM or the serial port does not exist
     * @throws {ResourceBusyError} RESOURCE_BUSY: the VM is busy with another operation
     * @throws {ResourceInaccessibleError} RESOURCE_INACCESSIBLE: the VM configuration cannot be read
     * @throws {ServiceUnavailableError} SERVICE_UNAVAILABLE: a service it depends on is unreachable
     * @throws {UnauthenticatedError} UNAUTHENTICATED: the caller is not authenticated
     * @throws {UnauthorizedError} UNAUTHORIZED: the caller lacks the required privileges
     */
    update(vm: VirtualMachineId, port: SerialPortId, spec: HardwareSerialUpdateSpec, options?: CallOptions): Promise<void>;
}

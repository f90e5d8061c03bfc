/**
 * Typed client for com.vmware.vcenter.vm (vSphere API 7.0.3).
 *
 * @packageDocumentation
 */
export * from './client.js';
export * from './types.js';
export * from './enums.js';
export * from './ids.js';
export * from './errors.js';
export * from './services/compute/policies.js';
export * from './services/console/tickets.js';
export * from './services/guest/customization.js';
export * from './services/guest/environment.js';
export * from './services/guest/filesystem/directories.js';
export * from './services/guest/filesystem/files.js';
export * from './services/guest/filesystem/transfers.js';
export * from './services/guest/identity.js';
export * from './services/guest/local-filesystem.js';
export * from './services/guest/networking.js';
export * from './services/guest/networking/interfaces.js';
export * from './services/guest/networking/routes.js';
export * from './services/guest/operations.js';
export * from './services/guest/power.js';
export * from './services/guest/processes.js';
export * from './services/hardware.js';
export * from './services/hardware/adapter/nvme.js';
export * from './services/hardware/adapter/sata.js';
export * from './services/hardware/adapter/scsi.js';
export * from './services/hardware/boot.js';
export * from './services/hardware/boot/device.js';
export * from './services/hardware/cdrom.js';
export * from './services/hardware/cpu.js';
export * from './services/hardware/disk.js';
export * from './services/hardware/ethernet.js';
export * from './services/hardware/floppy.js';
export * from './services/hardware/memory.js';
export * from './services/hardware/parallel.js';
export * from './services/hardware/serial.js';
export * from './services/library-item.js';
export * from './services/power.js';
export * from './services/storage/policy.js';
export * from './services/storage/policy/compliance.js';
export * from './services/tools.js';
export * from './services/tools/installer.js';
export { TransportError, UnknownVapiError, VapiError } from './runtime/errors.js';
export type { ErrorRegistry, LocalizableMessage, VapiErrorInit } from './runtime/errors.js';
export { id, isCase } from './runtime/types.js';
export type { Binary, DateTime, Id, KnownTags, Open, Secret, Uri } from './runtime/types.js';
export { isErrorOf, resultStyle } from './runtime/result.js';
export type { CallResult, ErrorOf, ResultStyle, ServiceShape } from './runtime/result.js';
export type { CallOptions, ClientOptions, RequestEvent, ResponseEvent, Transport } from './runtime/transport.js';
export type { OperationInfo, WireStyle } from './runtime/wire.js';

import type { Id } from './runtime/types.js';
/**
 * Identifier of a `Network` (a plain string on the wire).
 */
export type NetworkId = Id<'Network'>;
/**
 * Identifier of a `VirtualMachine` (a plain string on the wire).
 */
export type VirtualMachineId = Id<'VirtualMachine'>;
/**
 * Identifier of a `com.vmware.content.library.Item` (a plain string on the wire).
 */
export type ItemId = Id<'com.vmware.content.library.Item'>;
/**
 * Identifier of a `com.vmware.vcenter.StoragePolicy` (a plain string on the wire).
 */
export type StoragePolicyId = Id<'com.vmware.vcenter.StoragePolicy'>;
/**
 * Identifier of a `com.vmware.vcenter.compute.Resources.COMPUTE_POLICY` (a plain string on the wire).
 */
export type ComputePolicyId = Id<'com.vmware.vcenter.compute.Resources.COMPUTE_POLICY'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.Cdrom` (a plain string on the wire).
 */
export type CdromId = Id<'com.vmware.vcenter.vm.hardware.Cdrom'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.Disk` (a plain string on the wire).
 */
export type DiskId = Id<'com.vmware.vcenter.vm.hardware.Disk'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.Ethernet` (a plain string on the wire).
 */
export type EthernetId = Id<'com.vmware.vcenter.vm.hardware.Ethernet'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.Floppy` (a plain string on the wire).
 */
export type FloppyId = Id<'com.vmware.vcenter.vm.hardware.Floppy'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.NvmeAdapter` (a plain string on the wire).
 */
export type NvmeAdapterId = Id<'com.vmware.vcenter.vm.hardware.NvmeAdapter'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.ParallelPort` (a plain string on the wire).
 */
export type ParallelPortId = Id<'com.vmware.vcenter.vm.hardware.ParallelPort'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.SataAdapter` (a plain string on the wire).
 */
export type SataAdapterId = Id<'com.vmware.vcenter.vm.hardware.SataAdapter'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.ScsiAdapter` (a plain string on the wire).
 */
export type ScsiAdapterId = Id<'com.vmware.vcenter.vm.hardware.ScsiAdapter'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.SerialPort` (a plain string on the wire).
 */
export type SerialPortId = Id<'com.vmware.vcenter.vm.hardware.SerialPort'>;

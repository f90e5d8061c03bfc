import type { Id } from './runtime/types.js';
/**
 * Identifier of a `VirtualMachine` (a plain string on the wire).
 */
export type VirtualMachineId = Id<'VirtualMachine'>;
/**
 * Identifier of a `com.vmware.vcenter.vm.hardware.Cdrom` (a plain string on the wire).
 */
export type CdromId = Id<'com.vmware.vcenter.vm.hardware.Cdrom'>;

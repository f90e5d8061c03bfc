import type { Id } from './runtime/types.js';
/**
 * Identifier of a `VirtualMachine` (a plain string on the wire).
 */
export type VirtualMachineId = Id<'VirtualMachine'>;
/**
 * Identifier of a `Weird*\/Resource` (a plain string on the wire).
 */
export type WeirdResourceId = Id<'Weird*/Resource'>;

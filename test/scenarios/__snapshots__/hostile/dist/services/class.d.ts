import type { CallOptions, Transport } from '../runtime/transport.js';
import type { OperationInfo } from '../runtime/wire.js';
import type { VirtualMachineId, WeirdResourceId } from '../ids.js';
import type { ClassConstructor, ClassGetFoo, ClassGetFoo2 } from '../types.js';
import type { NotFoundError } from '../errors.js';
/**
 * Errors `constructor_` can raise (vAPI operation `com.vmware.vcenter.vm.class.constructor`).
 */
export type ClassConstructorError = never;
/**
 * Errors `delete` can raise (vAPI operation `com.vmware.vcenter.vm.class.delete`).
 */
export type ClassDeleteError = NotFoundError;
/**
 * Errors `getFoo` can raise (vAPI operation `com.vmware.vcenter.vm.class.getFoo`).
 */
export type ClassGetFooError = never;
/**
 * Errors `getFoo2` can raise (vAPI operation `com.vmware.vcenter.vm.class.get_foo`).
 */
export type ClassGetFoo2Error = never;
/**
 * Errors `then_` can raise (vAPI operation `com.vmware.vcenter.vm.class.then`).
 */
export type ClassThenError = never;
/**
 * Ends a comment *\/ console.log('pwned'); /\* and starts one
 *
 * vAPI service `com.vmware.vcenter.vm.class`.
 */
export declare class ClassService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly constructor_: OperationInfo;
        readonly delete: OperationInfo;
        readonly getFoo: OperationInfo;
        readonly getFoo2: OperationInfo;
        readonly then_: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly constructor_: ClassConstructorError;
        readonly delete: ClassDeleteError;
        readonly getFoo: ClassGetFooError;
        readonly getFoo2: ClassGetFoo2Error;
        readonly then_: ClassThenError;
    };
    /**
     * an operation named constructor
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/class/c`
     * @param vm (`id:Weird*\/Resource`)
     * @param options Per-call options: abort signal, timeout, headers.
     */
    constructor_(vm: WeirdResourceId, options?: CallOptions): Promise<void>;
    /**
     * A reserved word as operation name. *\/ evil() /\*
     *
     * HTTP: `POST /api/vcenter/vm/{vm}/class?action=delete`
     * @param vm (`id:VirtualMachine`)
     * @param class_ reserved word as parameter (`string`, optional)
     * @param new_ (`ref:com.vmware.vcenter.vm.class.constructor`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @throws {NotFoundError} NOT_FOUND
     */
    delete(vm: VirtualMachineId, class_: string | undefined, new_: ClassConstructor, options?: CallOptions): Promise<void>;
    /**
     * Second of the clash
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/class/b`
     * @param vm (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns `ref:com.vmware.vcenter.vm.class.getFoo`
     */
    getFoo(vm: VirtualMachineId, options?: CallOptions): Promise<ClassGetFoo>;
    /**
     * First of a clash after camelCasing
     *
     * HTTP: `GET /api/vcenter/vm/{vm}/class/a`
     * @param vm (`id:VirtualMachine`)
     * @param options Per-call options: abort signal, timeout, headers.
     * @returns `ref:com.vmware.vcenter.vm.class.get_foo`
     */
    getFoo2(vm: VirtualMachineId, options?: CallOptions): Promise<ClassGetFoo2>;
    /**
     * an operation named then, which must not make the service thenable
     *
     * HTTP: `GET /api/vcenter/vm/class/then`
     * @param options Per-call options: abort signal, timeout, headers.
     */
    then_(options?: CallOptions): Promise<void>;
}

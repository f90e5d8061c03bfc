import type { CallOptions, Transport } from '../../runtime/transport.js';
import type { OperationInfo } from '../../runtime/wire.js';
/**
 * Errors `list` can raise (vAPI operation `com.vmware.vcenter.vm.class.then.list`).
 */
export type ClassThenListError = never;
/**
 * a child service named then (accessor must not be `then`)
 *
 * vAPI service `com.vmware.vcenter.vm.class.then`.
 */
export declare class ClassThenService {
    #private;
    constructor(transport: Transport);
    /** The operations of this service as data (used by the result style and `isErrorOf`). */
    static readonly operations: {
        readonly list: OperationInfo;
    };
    /** Type-only: the error union of each operation, by method. */
    readonly '~errors': {
        readonly list: ClassThenListError;
    };
    /**
     * HTTP: `GET /api/vcenter/vm/class/children`
     * @param options Per-call options: abort signal, timeout, headers.
     */
    list(options?: CallOptions): Promise<void>;
}

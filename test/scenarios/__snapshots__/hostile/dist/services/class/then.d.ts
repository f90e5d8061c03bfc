import type { CallOptions, Transport } from '../../runtime/transport.js';
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
    /**
     * HTTP: `GET /api/vcenter/vm/class/children`
     * @param options Per-call options: abort signal, timeout, headers.
     */
    list(options?: CallOptions): Promise<void>;
}

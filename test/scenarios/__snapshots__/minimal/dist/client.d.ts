import type { ClientOptions, Transport } from './runtime/transport.js';
import type { ResultStyle } from './runtime/result.js';
import { GuestProcessesService } from './services/guest/processes.js';
import { HardwareCdromService } from './services/hardware/cdrom.js';
/** A client for the services below `com.vmware.vcenter.vm` (vSphere API 7.0.3). */
export interface VcenterVmClient {
    readonly guest: {
        /**
         * Processes in the guest operating system.
         */
        readonly processes: GuestProcessesService;
    };
    readonly hardware: {
        /**
         * CD-ROM devices of a virtual machine.
         */
        readonly cdrom: HardwareCdromService;
    };
    /** The connection every service of this client shares. */
    readonly transport: Transport;
    /** Logs in with the configured credentials (calls do this lazily when needed). */
    login(): Promise<void>;
    /** Ends the session on the server. */
    logout(): Promise<void>;
    /**
     * The same client in the result style: calls return `{ ok: true, value }` or
     * `{ ok: false, expected, error }` instead of throwing (`expected` errors are typed by the
     * operation's error union).
     */
    withResult(): ResultStyle<VcenterVmClient>;
}
/** Creates the connection on its own, for importing single services (smaller bundles). */
export declare function createTransport(options: ClientOptions): Transport;
/**
 * Creates a client. Pass `sessionId`, or `username` and `password` (the client logs in on the
 * first call and again when the session expires).
 */
export declare function createClient(options: ClientOptions): VcenterVmClient;

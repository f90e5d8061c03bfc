export interface NodeFetchOptions {
    /**
     * PEM certificate(s) of the CA(s) to trust. They replace Node's default CA store for this
     * client (the server's chain must lead to one of them), like `curl --cacert`.
     */
    ca?: string | string[];
    /** Turns certificate verification off. Labs only: anyone on the path can read the session. */
    insecure?: true;
}
/**
 * A fetch that honours `ca` / `insecure`, on Node's https module. Throws a TypeError for invalid
 * options, and outside Node (where the platform decides whom to trust).
 */
export declare function createNodeFetch(options: NodeFetchOptions): typeof globalThis.fetch;
/**
 * Wraps a fetch so that a certificate failure says so ("TLS certificate verification failed: …")
 * instead of fetch's bare "fetch failed". Other errors pass through unchanged.
 */
export declare function explainTlsErrors(fetchFn: typeof globalThis.fetch): typeof globalThis.fetch;

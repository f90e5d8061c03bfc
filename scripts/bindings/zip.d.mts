// Types of zip.mjs (a plain JavaScript module run by Node without a build step).
export declare class ZipError extends Error {}
/** The members of a zip archive: name → bytes (directories left out). */
export declare function readZip(bytes: Uint8Array, where?: string): Map<string, Buffer>;

import { TransportError, VapiError } from './errors.js';
/**
 * Outcome of a call in the result style. A failure is `expected` when its vAPI error type is one
 * the operation documents (then `error` is typed as the operation's union); anything else
 * (an undocumented error type, a transport failure) arrives with `expected: false`.
 */
export type CallResult<T, E> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly expected: true;
    readonly error: E;
} | {
    readonly ok: false;
    readonly expected: false;
    readonly error: VapiError | TransportError;
};
/** What every generated service class declares: its operations, and (as a type) their error unions. */
export interface ServiceShape {
    readonly '~errors': object;
}
/** The error union of method `M` of service `S`. */
export type ErrorOf<S, M extends PropertyKey> = S extends {
    readonly '~errors': infer E;
} ? M extends keyof E ? E[M] : never : never;
/** A client (or service) whose methods return CallResult instead of throwing. */
export type ResultStyle<T> = {
    readonly [K in Exclude<keyof T, 'transport' | 'login' | 'logout' | 'withResult' | '~errors'>]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<CallResult<R, ErrorOf<T, K>>> : T[K] extends object ? ResultStyle<T[K]> : T[K];
};
/**
 * True when `error` is one of the errors the operation `service[method]` documents, raised by
 * that operation: `if (isErrorOf(e, client.hardware.cdrom, 'get')) switch (e.type) { … }`.
 */
export declare function isErrorOf<S extends ServiceShape, M extends keyof S['~errors'] & string>(error: unknown, service: S, method: M): error is ErrorOf<S, M>;
/** Wraps a client or service so that its methods return CallResult. */
export declare function resultStyle<T extends object>(target: T): ResultStyle<T>;

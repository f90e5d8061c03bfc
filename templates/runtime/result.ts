// The result style: the same client, but calls return `{ ok, value }` / `{ ok, error }` instead of
// throwing, with the error typed as the operation's own error union. Also the type guard that
// narrows a caught error to an operation's union. Emitted verbatim into the package.
import { TransportError, VapiError } from './errors.js';
import type { OperationInfo } from './wire.js';

/**
 * Outcome of a call in the result style. A failure is `expected` when its vAPI error type is one
 * the operation documents (then `error` is typed as the operation's union); anything else
 * (an undocumented error type, a transport failure) arrives with `expected: false`.
 */
export type CallResult<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expected: true; readonly error: E }
  | { readonly ok: false; readonly expected: false; readonly error: VapiError | TransportError };

/** What every generated service class declares: its operations, and (as a type) their error unions. */
export interface ServiceShape {
  readonly '~errors': object;
}

/** The error union of method `M` of service `S`. */
export type ErrorOf<S, M extends PropertyKey> = S extends { readonly '~errors': infer E }
  ? M extends keyof E
    ? E[M]
    : never
  : never;

type Fn = (...args: never[]) => Promise<unknown>;

/** What a call resolves to in the result style: a task handle becomes its result-style form. */
type Settled<R> = R extends { '~result'(documented: readonly string[]): infer W } ? W : R;

/** A client (or service) whose methods return CallResult instead of throwing. */
export type ResultStyle<T> = {
  readonly [K in Exclude<keyof T, 'transport' | 'login' | 'logout' | 'withResult' | '~errors'>]: T[K] extends (
    ...args: infer A
  ) => Promise<infer R>
    ? (...args: A) => Promise<CallResult<Settled<R>, ErrorOf<T, K>>>
    : T[K] extends object
      ? ResultStyle<T[K]>
      : T[K];
};

interface ServiceClass {
  operations?: Readonly<Record<PropertyKey, OperationInfo>>;
  errors?: Readonly<Record<PropertyKey, readonly string[]>>;
}

/** The operation behind `service[method]` and the error types it documents. */
function operationOf(service: object, method: PropertyKey): [OperationInfo, readonly string[]] | undefined {
  const { operations, errors } = service.constructor as ServiceClass;
  return operations && Object.hasOwn(operations, method)
    ? [operations[method as string]!, (errors && Object.hasOwn(errors, method) && errors[method as string]) || []]
    : undefined;
}

function documented(e: unknown, op: [OperationInfo, readonly string[]] | undefined): boolean {
  return e instanceof VapiError && op !== undefined && e.operation === op[0].id && op[1].includes(e.type);
}

/**
 * Runs `run` in the result style: its value as `{ ok: true, value }` (a task handle in its
 * result-style form), a VapiError or TransportError as `{ ok: false, expected, error }`, where
 * `expected` says whether operation `op` raised it and documents its type.
 * @internal
 */
export async function settle(
  run: () => Promise<unknown>,
  op: OperationInfo,
  types: readonly string[],
): Promise<CallResult<any, any>> {
  try {
    const value = (await run()) as { '~result'?: (documented: readonly string[]) => unknown } | undefined;
    return { ok: true, value: typeof value?.['~result'] == 'function' ? value['~result'](types) : value };
  } catch (error) {
    if (error instanceof VapiError || error instanceof TransportError)
      return { ok: false, expected: documented(error, [op, types]), error };
    throw error;
  }
}

/**
 * True when `error` is one of the errors the operation `service[method]` documents, raised by
 * that operation: `if (isErrorOf(e, client.hardware.cdrom, 'get')) switch (e.type) { … }`.
 */
export function isErrorOf<S extends ServiceShape, M extends keyof S['~errors'] & string>(
  error: unknown,
  service: S,
  method: M,
): error is ErrorOf<S, M> {
  return documented(error, operationOf(service, method));
}

const cache = new WeakMap<object, object>();

/** Wraps a client or service so that its methods return CallResult. */
export function resultStyle<T extends object>(target: T): ResultStyle<T> {
  const hit = cache.get(target);
  if (hit) return hit as ResultStyle<T>;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value === 'function') {
        const op = operationOf(obj, prop);
        if (!op) return value;
        return (...args: unknown[]) => settle(() => (value as Fn).apply(obj, args as never[]), ...op);
      }
      return value !== null && typeof value === 'object' ? resultStyle(value) : value;
    },
  });
  cache.set(target, proxy);
  return proxy as ResultStyle<T>;
}

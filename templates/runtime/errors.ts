// Errors of the generated client: one class hierarchy for every failure a call can end in.
// Emitted verbatim into the package (src/runtime/). The class of each vAPI error type is made on
// first use (errorClass), so a bundle carries only the classes its code names.
import type { Id } from './types.js';

/** A message of a vAPI error: an id, its English text and its arguments. */
export interface LocalizableMessage {
  id: string;
  default_message: string;
  args: string[];
  params?: Record<string, unknown>;
  localized?: string;
}

export interface VapiErrorInit {
  /** vAPI error type, e.g. `NOT_FOUND`. */
  type: string;
  status: number;
  messages: LocalizableMessage[];
  data?: unknown;
  /** Canonical id of the operation that failed. */
  operation: string;
  /** Every field of the error body (extra fields such as `challenge` of UNAUTHENTICATED). */
  fields?: Record<string, unknown>;
}

/**
 * A vAPI error returned by the server. `type` discriminates (`NOT_FOUND`, `UNAUTHENTICATED`, …).
 * Extra fields of the error body (such as `challenge`) are also properties of the error.
 */
export class VapiError<T extends string = string, D = unknown> extends Error {
  declare readonly type: T;
  /** HTTP status of the response. */
  declare readonly status: number;
  declare readonly messages: LocalizableMessage[];
  /** Structured details some operations attach (typed per operation where the API documents it). */
  declare readonly data: D | undefined;
  /** Canonical id of the operation that failed, e.g. `com.vmware.vcenter.vm.hardware.cdrom.get`. */
  declare readonly operation: string;
  /** Every field of the error body as received (including fields this client has no property for). */
  declare readonly fields: Readonly<Record<string, unknown>>;
  /**
   * The task whose failure this is, for the error a task's `wait()` rejects with (the task
   * FAILED); `status` is then the one a direct call answers this error type with.
   */
  declare readonly task?: Id<'com.vmware.cis.task'>;

  constructor(init: VapiErrorInit) {
    const { type, status, messages, operation, fields = {} } = init;
    const first = messages[0]?.default_message;
    super(`${type}${first ? `: ${first}` : ''} (HTTP ${status}, ${operation})`);
    this.name = new.target.name;
    // Extra fields of the body first, never over a member of the error itself.
    for (const k in fields) if (!(k in this) && k != 'error_type') (this as Record<string, unknown>)[k] = fields[k];
    Object.assign(this, init, { fields });
  }

  /** The error without `fields` (the raw body, which its own properties already show). */
  toJSON(): Record<string, unknown> {
    const { fields, ...json } = this;
    return json;
  }
}

/** The class of the errors of one vAPI error type (what `instanceof` checks against). */
export interface VapiErrorClass<E extends VapiError = VapiError> {
  new (init: VapiErrorInit): E;
  readonly prototype: E;
}

const classes = new Map<string, VapiErrorClass>();

/**
 * The class of vAPI error type `type`, made on first use and the same one ever after, whether
 * the package's `errors.ts` or a failed call asks first.
 * @internal
 */
export function errorClass<E extends VapiError>(type: string, name?: string): VapiErrorClass<E> {
  let made = classes.get(type);
  if (!made) {
    classes.set(type, (made = class extends VapiError {}));
    // `NOT_FOUND` → NotFoundError (and ERROR, which would clash with Error, → VapiStdError)
    name ??=
      type == 'ERROR'
        ? 'VapiStdError'
        : type.toLowerCase().replace(/(^|_)(.)/g, (_, __, c: string) => c.toUpperCase()) + 'Error';
  }
  if (name) Object.defineProperty(made, 'name', { value: name });
  return made as VapiErrorClass<E>;
}

/**
 * `instanceof` this class is true for errors of a type the package has no class for (a newer
 * server's), given the package's known types (errors.ts makes the package's UnknownVapiError).
 * @internal
 */
export function unknownErrorClass(known: string): VapiErrorClass {
  return class UnknownVapiError extends VapiError {
    static override [Symbol.hasInstance](e: unknown): boolean {
      return e instanceof VapiError && !` ${known} `.includes(` ${e.type} `);
    }
  };
}

/**
 * The call did not produce a usable answer: network failure, timeout, abort, a body over the
 * size limit (`too-large`), an endpoint the server does not have (`endpoint`, see
 * EndpointNotFoundError), or a response that is not what the protocol promises (`protocol`, e.g.
 * a body that is not JSON, or no result where the operation has one).
 */
export class TransportError extends Error {
  declare readonly kind: 'timeout' | 'aborted' | 'network' | 'protocol' | 'too-large' | 'endpoint';
  declare readonly operation: string;
  constructor(kind: TransportError['kind'], operation: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'TransportError';
    Object.assign(this, { kind, operation });
  }
}

/**
 * A 404 whose body is not a vAPI error: the server has no such endpoint (a server without `/api`,
 * before vSphere 7.0U2; a path of a newer API version; a proxy in the way), as opposed to a
 * vAPI `NOT_FOUND` (NotFoundError: the endpoint exists, the resource does not). Kind `endpoint`.
 */
export class EndpointNotFoundError extends TransportError {
  /** Always 404. */
  declare readonly status: number;
  declare readonly method: string;
  /** Path and query of the request (without the base URL). */
  declare readonly path: string;
  /** The wire style the request was sent in. */
  declare readonly style: 'api' | 'rest';
  constructor(operation: string, message: string, request: { method: string; path: string; style: 'api' | 'rest' }) {
    super('endpoint', operation, message);
    this.name = 'EndpointNotFoundError';
    Object.assign(this, { status: 404 }, request);
  }
}

/** The vAPI error types the package has classes for, separated by spaces. */
export type ErrorRegistry = string;

const STATUS_TYPES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'UNAUTHORIZED',
  409: 'CONCURRENT_CHANGE',
  500: 'ERROR',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMED_OUT',
};

/**
 * The object `v` is, if it is a plain object.
 * @internal
 */
export function asObject(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v == 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Reads the type and fields of an error body of another shape than /api's (see rest.ts).
 * @internal
 */
export type ErrorShape = (
  body: Record<string, unknown>,
) => [type: string, fields: Record<string, unknown>] | undefined | false;

/**
 * Turns a non-2xx response into an error instance: the /api shape `{ error_type, messages, data }`
 * (or another, read by `shape`); an empty or non-JSON body becomes the error its HTTP status
 * stands for, except a 404 (undefined: not a vAPI error, the endpoint was not found). Every
 * string of the body goes through `redact`, which takes the secrets out.
 * @internal
 */
export function decodeError(
  status: number,
  text: string,
  operation: string,
  redact: (text: string) => string,
  shape?: ErrorShape,
): VapiError | undefined {
  let body: Record<string, unknown> | undefined;
  try {
    body = asObject(JSON.parse(text, (_, v: unknown) => (typeof v == 'string' ? redact(v) : v)));
  } catch {
    // not JSON: the status says what it is
  }
  const [read, fields] = (body && shape?.(body)) || [body?.error_type, body];
  let type = read as string;
  const messages = Array.isArray(fields?.messages) ? (fields.messages as LocalizableMessage[]) : [];
  if (typeof type != 'string') {
    if (status == 404) return undefined;
    type = STATUS_TYPES[status] ?? (status > 499 ? 'ERROR' : 'INVALID_REQUEST');
    if (text && !body)
      messages.push({ id: 'vcgen.unexpected_body', default_message: redact(text).slice(0, 200), args: [] });
  }
  return new (errorClass(type))({ type, status, messages, data: fields?.data, operation, fields });
}

/**
 * What a failed request says, with the reason fetch keeps in `cause` and the error code:
 * "fetch failed (self-signed certificate in certificate chain) [SELF_SIGNED_CERT_IN_CHAIN]".
 * @internal
 */
export function networkMessage(error: unknown): string {
  type Failure = { message?: string; code?: string; cause?: Failure };
  const { message = 'network error', cause, code = cause?.code } = (error ?? {}) as Failure;
  return `${message}${cause?.message ? ` (${cause.message})` : ''}${code ? ` [${code}]` : ''}`;
}

// Errors of the generated client: one class hierarchy for every failure a call can end in.
// Emitted verbatim into the package (src/runtime/).

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

/** A vAPI error returned by the server. `type` discriminates (`NOT_FOUND`, `UNAUTHENTICATED`, …). */
export class VapiError<T extends string = string, D = unknown> extends Error {
  readonly type: T;
  /** HTTP status of the response. */
  readonly status: number;
  readonly messages: LocalizableMessage[];
  /** Structured details some operations attach (typed per operation where the API documents it). */
  readonly data: D | undefined;
  /** Canonical id of the operation that failed, e.g. `com.vmware.vcenter.vm.hardware.cdrom.get`. */
  readonly operation: string;
  /** Every field of the error body as received (including fields this client has no property for). */
  readonly fields: Readonly<Record<string, unknown>>;

  constructor(init: VapiErrorInit) {
    const first = init.messages[0]?.default_message;
    super(`${init.type}${first ? `: ${first}` : ''} (HTTP ${init.status}, ${init.operation})`);
    this.name = new.target.name;
    this.type = init.type as T;
    this.status = init.status;
    this.messages = init.messages;
    this.data = init.data as D | undefined;
    this.operation = init.operation;
    this.fields = init.fields ?? {};
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      type: this.type,
      status: this.status,
      operation: this.operation,
      messages: this.messages,
      data: this.data,
    };
  }
}

/** An error type this client does not know (a newer server); the raw type is kept in `type`. */
export class UnknownVapiError extends VapiError<string> {}

/**
 * The call did not produce a usable HTTP response: network failure, timeout, abort, or a
 * response that is not what the protocol promises (`protocol`, e.g. a body that is not JSON).
 */
export class TransportError extends Error {
  readonly kind: 'timeout' | 'aborted' | 'network' | 'protocol';
  readonly operation: string;
  constructor(kind: TransportError['kind'], operation: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'TransportError';
    this.kind = kind;
    this.operation = operation;
  }
}

/** Error classes by vAPI error type; the generated `errors.ts` provides one for the whole API. */
export type ErrorRegistry = Readonly<Record<string, new (init: VapiErrorInit) => VapiError>>;

const STATUS_TYPES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  500: 'ERROR',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMED_OUT',
};

const REST_PREFIX = 'com.vmware.vapi.std.errors.';

/** `com.vmware.vapi.std.errors.not_found` → `NOT_FOUND`. */
function restTypeToErrorType(restType: string): string {
  const last = restType.startsWith(REST_PREFIX)
    ? restType.slice(REST_PREFIX.length)
    : restType.slice(restType.lastIndexOf('.') + 1);
  return last.toUpperCase();
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Turns a non-2xx response into an error instance. Reads both wire shapes:
 * `/api` `{ error_type, messages, data }` and `/rest` `{ type: "com.vmware.vapi.std.errors.x", value: {…} }`;
 * an empty or non-JSON body becomes the error its HTTP status stands for.
 */
export function decodeError(status: number, text: string, operation: string, registry: ErrorRegistry): VapiError {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const body = asObject(parsed);
  let type: string | undefined;
  let fields: Record<string, unknown> | undefined;
  if (body && typeof body.error_type === 'string') {
    type = body.error_type;
    fields = body;
  } else if (body && typeof body.type === 'string' && asObject(body.value)) {
    type = restTypeToErrorType(body.type);
    fields = asObject(body.value);
  }
  const messages = Array.isArray(fields?.messages) ? (fields.messages as LocalizableMessage[]) : [];
  if (!type) {
    type = STATUS_TYPES[status] ?? (status >= 500 ? 'ERROR' : 'INVALID_REQUEST');
    const snippet = text && !body ? text.slice(0, 200) : '';
    if (snippet) messages.push({ id: 'vcgen.client.unexpected_body', default_message: snippet, args: [] });
  }
  const init: VapiErrorInit = { type, status, messages, data: fields?.data, operation, fields };
  const Known = registry[type];
  return Known ? new Known(init) : new UnknownVapiError(init);
}

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|INVALID_CA|HOSTNAME_MISMATCH|ALTNAME/;

/**
 * What a failed request says: a certificate failure is spelled out ("TLS certificate verification
 * failed: …", with what to do) instead of fetch's bare "fetch failed"; other errors keep their text.
 */
export function networkMessage(error: unknown): string {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && TLS_CODE.test(code)) {
      const advice = /ALTNAME|HOSTNAME/.test(code)
        ? 'use the host name the certificate was issued for in baseUrl'
        : "trust the server's CA with the ca option";
      return `TLS certificate verification failed: ${(e as Error).message ?? code} (${code}); ${advice}`;
    }
  }
  return (error as Error | undefined)?.message ?? 'network error';
}

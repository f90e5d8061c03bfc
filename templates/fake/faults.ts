// A vAPI error as the fake raises it, and the rule that keeps the fake honest: an operation fails
// only with an error type it documents, or with one of the generic errors every operation can get
// from the server's front (authentication, authorization, input validation). Emitted verbatim.

export interface Message {
  id: string;
  default_message: string;
  args: string[];
}

/** Errors any operation can answer, whatever it documents: the server raises them before it runs. */
export const GENERIC_ERRORS: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'UNAUTHORIZED',
  'INVALID_ARGUMENT',
  'INVALID_REQUEST',
]);

/** A vAPI error on its way to the wire. */
export class Fault extends Error {
  readonly type: string;
  readonly messages: Message[];
  readonly data: unknown;
  /** Extra fields of the error body (`challenge` of UNAUTHENTICATED). */
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(type: string, message: string, data?: unknown, extra?: Record<string, unknown>, args: string[] = []) {
    super(`${type}: ${message}`);
    this.name = 'Fault';
    this.type = type;
    this.messages = [{ id: `vcgen.fake.${type.toLowerCase()}`, default_message: message, args }];
    this.data = data;
    this.extra = extra;
  }
}

/** The result of the fake's own mistake (a result that does not satisfy its type): a 500 to see. */
export class Defect extends Error {
  constructor(message: string) {
    super(`fake defect: ${message}`);
    this.name = 'Defect';
  }
}

/**
 * The first of `preferred` that `documented` lists (the operation's own error list), so that a
 * modelled rule answers with the error the operation documents for it. Generic errors always fit.
 */
export function pickError(documented: readonly string[], preferred: readonly string[]): string | undefined {
  return preferred.find((t) => GENERIC_ERRORS.has(t) || documented.includes(t));
}

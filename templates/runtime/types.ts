// Shared value types of the generated client. Emitted verbatim into the package (src/runtime/).

declare const resourceBrand: unique symbol;

/**
 * Identifier of a vSphere resource of type `R` (for example `Id<'VirtualMachine'>`).
 * A plain string on the wire; the type keeps a VM id from being passed where a disk id goes.
 */
export type Id<R extends string> = string & { readonly [resourceBrand]: R };

/** Marks a string you obtained elsewhere as an identifier of resource type `resourceType`. */
export function id<R extends string>(resourceType: R, value: string): Id<R> {
  void resourceType;
  return value as Id<R>;
}

/**
 * An enum value read from the server. vAPI enums may gain values in newer servers, so data read
 * from the server can carry values this client does not know; they arrive unchanged.
 */
export type Open<T extends string> = T | (string & {});

/** ISO 8601 timestamp as sent on the wire, e.g. `2024-05-01T10:00:00.000Z`. */
export type DateTime = string;
/** A secret (password, token); never logged by the client. */
export type Secret = string;
/** Base64 text. */
export type Binary = string;
export type Uri = string;

declare const caseBrand: unique symbol;

/**
 * The type of a field of a tagged union that belongs to other cases: `OnlyWhen<'type', 'HOST_DEVICE'>`
 * may be set only when `type` is `HOST_DEVICE`. Nothing but `undefined` fits it, so setting it in
 * another case is a compile error that names the case it belongs to.
 */
export interface OnlyWhen<Discriminant extends string, Cases extends string> {
  readonly [caseBrand]: readonly [Discriminant, Cases];
}

/** The case values a tagged union knows for its discriminant `K` (without the open `string`). */
export type KnownTags<T, K extends keyof T> = T extends unknown ? (string extends T[K] ? never : T[K]) : never;

/**
 * Narrows a tagged union to one case: `isCase(backing, 'type', 'ISO_FILE')` gives the ISO case,
 * with its required fields, even for data read from the server (which may hold unknown cases).
 * The tag must be one the union knows, so a typo is a compile error.
 */
export function isCase<T extends object, K extends keyof T & string, V extends KnownTags<T, K> & string>(
  value: T,
  key: K,
  tag: V,
): value is Extract<T, { readonly [P in K]: V }> {
  return (value as Record<string, unknown>)[key] === tag;
}

// openapi.d.ts: TypeScript types of openapi.json by openapi-typescript (`paths`, `components`,
// `operations`), the input openapi-fetch expects. Plain openapi-typescript output, no post-
// processing, so it is what users get from its CLI on openapi.json.
//
// Open enums (data read from the server, `anyOf: [E, string]` in the document) come out as
// `E | string`, which TypeScript reduces to `string`: honest, without editor suggestions. The
// package's `Open<E>` (`E | (string & {})`) keeps them, but that form cannot be used here:
// openapi-fetch (0.17) passes response types through `Readable<T>`, which maps every object-like
// type, `string & {}` included, into an object of String's members.
//
// openapi-typescript (and the TypeScript compiler and Redocly it drives) load on the first call
// only, so a generation that does not need the types does not pay for them. Its CommonJS build is
// loaded with require where Node can: half the time of an ESM import, which makes Node
// scan the 9 MB compiler for its export names.
import { createRequire } from 'node:module';
import type { OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';

/**
 * openapi-typescript's options, spelled out (all its defaults but `silent`): string-literal
 * unions rather than TS enums (`enum: false`: the package's enums are literal unions too, and
 * plain strings stay assignable), interfaces (`exportType: false`), no index signatures where the
 * document has none (`additionalProperties: false`), the document's own (sorted) order, mutable
 * types, no `$Read`/`$Write` markers (the document uses writeOnly only on input-only secrets),
 * path keys as plain strings (`pathParamsAsTypes: false`), which openapi-fetch matches on.
 */
export const OPENAPI_TS_OPTIONS: Readonly<OpenAPITSOptions> = {
  enum: false,
  enumValues: false,
  exportType: false,
  additionalProperties: false,
  emptyObjectsUnknown: false,
  alphabetize: false,
  immutable: false,
  readWriteMarkers: false,
  pathParamsAsTypes: false,
  rootTypes: false,
  arrayLength: false,
  excludeDeprecated: false,
  silent: true,
};

type OpenapiTs = typeof import('openapi-typescript');
let loaded: Promise<OpenapiTs> | undefined;

/**
 * Loads openapi-typescript (idempotent; its worker calls it ahead of the first request). Where
 * Node cannot require the ESM-only packages its CommonJS build requires (require(esm) switched
 * off), it is imported as ESM instead.
 */
export function loadOpenapiTs(): Promise<OpenapiTs> {
  return (loaded ??= (async () => {
    try {
      return createRequire(import.meta.url)('openapi-typescript') as OpenapiTs;
    } catch (e) {
      if ((e as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw e;
      return import('openapi-typescript');
    }
  })());
}

export async function openapiTypes(doc: object): Promise<string> {
  const { default: openapiTS, astToString, COMMENT_HEADER } = await loadOpenapiTs();
  // openapi-typescript annotates the document it is given (discriminator values): give it a copy.
  const ast = await openapiTS(structuredClone(doc) as OpenAPI3, { ...OPENAPI_TS_OPTIONS });
  // Raw control characters can only come from descriptions in doc comments (the printer escapes
  // them in literals): drop them, so the file stays text.
  const text = astToString(ast).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  return `${COMMENT_HEADER.trimEnd()}\n// Types of openapi.json; use them with openapi-fetch: createClient<paths>(…).\n\n${text}`;
}

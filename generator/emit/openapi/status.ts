// The HTTP status of each vAPI standard error, per wire style. The one table the OpenAPI export
// uses (README.md, section "OpenAPI", documents it).
//
// Sources, strongest first:
// - `/api`: VMware's 7.0.3 Swagger (one error schema per status per operation, 499 paths) shows
//   ALREADY_EXISTS, ALREADY_IN_DESIRED_STATE, INVALID_ARGUMENT, INVALID_ELEMENT_CONFIGURATION,
//   NOT_ALLOWED_IN_CURRENT_STATE, RESOURCE_IN_USE, UNSUPPORTED, UNVERIFIED_PEER at 400,
//   UNAUTHENTICATED 401, UNAUTHORIZED 403, NOT_FOUND 404, ERROR, INTERNAL_SERVER_ERROR,
//   RESOURCE_BUSY, RESOURCE_INACCESSIBLE, UNABLE_TO_ALLOCATE_RESOURCE at 500,
//   SERVICE_UNAVAILABLE 503; VMware's API reference pages (the project's seeds) agree.
//   Not seen there, from the vAPI REST convention: INVALID_ELEMENT_TYPE, INVALID_REQUEST,
//   UNEXPECTED_INPUT, FEATURE_IN_USE 400; OPERATION_NOT_FOUND 404; CONCURRENT_CHANGE 409 (as
//   VMware's vAPI bindings of other products declare it); TIMED_OUT 504; CANCELED 500 (a guess:
//   the request was accepted and ended by the server).
// - `/rest` (legacy): the same Swagger's /rest paths put every error at 400 except
//   UNAUTHENTICATED 401, UNAUTHORIZED 403, NOT_FOUND and OPERATION_NOT_FOUND 404,
//   INTERNAL_SERVER_ERROR 500, SERVICE_UNAVAILABLE 503 and TIMED_OUT 504. (VMware's reference
//   pages for two /rest operations show RESOURCE_BUSY and ERROR at 500: they render the /api table.)
//
// The generated client relies on the status only for a response without a vAPI error body: the
// runtime (zero dependencies, so it keeps a copy: STATUS_TYPES in templates/runtime/errors.ts)
// reads the status as the error type that stands for it; test/generator/runtime-names.test.ts
// holds that copy in agreement with this table. Otherwise it reads `error_type` (/api) or `type`
// (/rest).
import type { WireStyle } from './context.js';

export interface ErrorStatus {
  api: number;
  rest: number;
}

const S = (api: number, rest: number): ErrorStatus => ({ api, rest });

export const ERROR_STATUS: Readonly<Record<string, ErrorStatus>> = {
  ALREADY_EXISTS: S(400, 400),
  ALREADY_IN_DESIRED_STATE: S(400, 400),
  CANCELED: S(500, 400),
  CONCURRENT_CHANGE: S(409, 400),
  ERROR: S(500, 400),
  FEATURE_IN_USE: S(400, 400),
  INTERNAL_SERVER_ERROR: S(500, 500),
  INVALID_ARGUMENT: S(400, 400),
  INVALID_ELEMENT_CONFIGURATION: S(400, 400),
  INVALID_ELEMENT_TYPE: S(400, 400),
  INVALID_REQUEST: S(400, 400),
  NOT_ALLOWED_IN_CURRENT_STATE: S(400, 400),
  NOT_FOUND: S(404, 404),
  OPERATION_NOT_FOUND: S(404, 404),
  RESOURCE_BUSY: S(500, 400),
  RESOURCE_IN_USE: S(400, 400),
  RESOURCE_INACCESSIBLE: S(500, 400),
  SERVICE_UNAVAILABLE: S(503, 503),
  TIMED_OUT: S(504, 504),
  UNABLE_TO_ALLOCATE_RESOURCE: S(500, 400),
  UNAUTHENTICATED: S(401, 401),
  UNAUTHORIZED: S(403, 403),
  UNEXPECTED_INPUT: S(400, 400),
  UNSUPPORTED: S(400, 400),
  UNVERIFIED_PEER: S(400, 400),
};

/** An error type outside the standard set (a spec may declare its own): the server's generic 500. */
export const UNKNOWN_ERROR_STATUS: ErrorStatus = S(500, 500);

export function errorStatus(errorType: string, style: WireStyle): number {
  return (ERROR_STATUS[errorType] ?? UNKNOWN_ERROR_STATUS)[style];
}

/**
 * Typed client for Minimal fixture (vSphere API 7.0.3).
 *
 * @packageDocumentation
 */
export * from './client.js';
export * from './types.js';
export * from './enums.js';
export * from './ids.js';
export * from './errors.js';
export * from './services/guest/processes.js';
export * from './services/hardware/cdrom.js';
export { TransportError, UnknownVapiError, VapiError } from './runtime/errors.js';
export type { ErrorRegistry, LocalizableMessage, VapiErrorInit } from './runtime/errors.js';
export { id, isCase } from './runtime/types.js';
export type { Binary, DateTime, Id, KnownTags, Open, Secret, Uri } from './runtime/types.js';
export { isErrorOf, resultStyle } from './runtime/result.js';
export type { CallResult, ErrorOf, ResultStyle, ServiceShape } from './runtime/result.js';
export type { CallOptions, ClientOptions, RequestEvent, ResponseEvent, Transport } from './runtime/transport.js';
export type { OperationInfo, WireStyle } from './runtime/wire.js';

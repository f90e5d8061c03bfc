// Reads the published API file (JSON or YAML) and tells Swagger 2.0 from OpenAPI 3.0/3.1.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isSchema, type Schema } from '../schema/types.js';

export interface ApiSource {
  path: string;
  format: 'swagger2' | 'openapi3';
  doc: Schema;
}

export class SourceError extends Error {}

export function readSource(path: string): ApiSource {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new SourceError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseSource(path, text);
}

export function parseSource(path: string, text: string): ApiSource {
  let doc: unknown;
  const trimmed = text.trimStart();
  try {
    doc = trimmed.startsWith('{') ? JSON.parse(text) : parse(text, { maxAliasCount: -1, uniqueKeys: false });
  } catch (e) {
    throw new SourceError(`${path} is neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isSchema(doc)) throw new SourceError(`${path}: the document is not an object`);
  if (doc.swagger === '2.0') return { path, format: 'swagger2', doc };
  if (typeof doc.openapi === 'string' && /^3\.[01]\./.test(doc.openapi)) return { path, format: 'openapi3', doc };
  const what = doc.swagger ?? doc.openapi;
  throw new SourceError(
    `${path}: not a Swagger 2.0 or OpenAPI 3.0/3.1 document${what !== undefined ? ` (found version ${String(what)})` : ''}`,
  );
}

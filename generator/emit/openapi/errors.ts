// vAPI errors: one component schema per error type (named like the package's error class), and
// the error responses of an operation: per HTTP status a `oneOf` over every error type that
// shares it, discriminated by `error_type` (/api) or `type` (/rest). An operation that documents
// the error's `data` gets a variant `<Error>.<DataType>` with `data` typed.
import type { IrErrorType, IrOpError, IrOperation } from '../../ir/model.js';
import type { VapiType } from '../../model/types.js';
import { typeToString } from '../../model/parse.js';
import {
  addSchema,
  docFields,
  ref,
  type Json,
  type JsonObject,
  type OpenApiContext,
  type WireStyle,
} from './context.js';
import { objectSchema, READ, typeSchema } from './schemas.js';
import { restContext } from './rest.js';
import { errorStatus } from './status.js';

const LOCALIZABLE_MESSAGE = 'com.vmware.vapi.std.localizable_message';

/** The error's own fields (messages, data, extra fields), with `data` typed when given. */
function errorFields(e: IrErrorType, ctx: OpenApiContext, data: VapiType | undefined): [string, Json, boolean][] {
  const message = ctx.rest?.structureName(LOCALIZABLE_MESSAGE, false) ?? ctx.structureName.get(LOCALIZABLE_MESSAGE);
  return [
    [
      'messages',
      {
        type: 'array',
        items: message ? ref(message) : {},
        description: 'What went wrong, most specific first, as localizable messages.',
      },
      true,
    ],
    [
      'data',
      {
        ...(data ? typeSchema(data, ctx, READ) : {}),
        description: data
          ? 'Details this operation documents for the error.'
          : 'Details some operations attach (any JSON).',
      },
      false,
    ],
    ...e.extraFields.map((f): [string, Json, boolean] => [
      f.name,
      { ...typeSchema(f.type, ctx, READ), ...docFields(f) },
      !f.optional,
    ]),
  ];
}

function apiSchema(e: IrErrorType, ctx: OpenApiContext, data: VapiType | undefined): JsonObject {
  return objectSchema(
    docFields(e),
    [
      [
        'error_type',
        { type: 'string', const: e.errorType, description: 'The kind of error (the discriminator).' },
        true,
      ],
      ...errorFields(e, ctx, data),
    ],
    { 'x-vmw-vapi-id': e.id },
  );
}

/** The legacy /rest shape: `{ "type": "<canonical id>", "value": { messages, data, … } }`. */
function restSchema(e: IrErrorType, ctx: OpenApiContext, data: VapiType | undefined): JsonObject {
  return objectSchema(
    docFields(e),
    [
      [
        'type',
        { type: 'string', const: e.id, description: 'Canonical id of the error type (the discriminator).' },
        true,
      ],
      // Its messages' params (a map) are lists of { key, value } on /rest too.
      ['value', objectSchema({}, errorFields(e, restContext(ctx), data)), true],
    ],
    { 'x-vmw-vapi-id': e.id },
  );
}

/** The component schemas every error type has (data untyped). */
export function errorSchemas(ctx: OpenApiContext): void {
  for (const e of ctx.ir.errors) {
    if (ctx.styles.includes('api')) addSchema(ctx, e.className, apiSchema(e, ctx, undefined));
    if (ctx.styles.includes('rest')) addSchema(ctx, `${e.className}.Rest`, restSchema(e, ctx, undefined));
  }
}

function dataKey(t: VapiType, ctx: OpenApiContext): string {
  if (t.kind === 'ref') return ctx.structureName.get(t.id)!;
  return typeToString(t).replace(/[^A-Za-z0-9]+/g, '_');
}

/** Name of the schema for one error of an operation, created on first use for typed data. */
function errorSchemaName(err: IrOpError, style: WireStyle, ctx: OpenApiContext): string {
  const e = ctx.ir.errors.find((x) => x.id === err.id)!;
  const base = err.data ? `${e.className}.${dataKey(err.data, ctx)}` : e.className;
  const name = style === 'rest' ? `${base}.Rest` : base;
  if (!ctx.schemas.has(name))
    addSchema(ctx, name, style === 'rest' ? restSchema(e, ctx, err.data) : apiSchema(e, ctx, err.data));
  return name;
}

/** `responses` entries for the operation's errors, by HTTP status (ascending). */
export function errorResponses(op: IrOperation, style: WireStyle, ctx: OpenApiContext): [string, JsonObject][] {
  const byStatus = new Map<number, { names: string[]; tags: string[]; lines: string[] }>();
  for (const err of op.errors) {
    const status = errorStatus(err.errorType, style);
    let group = byStatus.get(status);
    if (!group) byStatus.set(status, (group = { names: [], tags: [], lines: [] }));
    group.names.push(errorSchemaName(err, style, ctx));
    group.tags.push(style === 'api' ? err.errorType : err.id);
    group.lines.push(`\`${err.errorType}\`${err.when ? `: ${err.when}` : ''}`);
  }
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, g]) => {
      const schema: JsonObject =
        g.names.length === 1
          ? ref(g.names[0]!)
          : {
              oneOf: g.names.map(ref),
              discriminator: {
                propertyName: style === 'api' ? 'error_type' : 'type',
                mapping: Object.fromEntries(g.tags.map((t, i) => [t, `#/components/schemas/${g.names[i]}`])),
              },
            };
      const description = g.lines.length === 1 ? g.lines[0]! : g.lines.map((l) => `- ${l}`).join('\n');
      return [String(status), { description, content: { 'application/json': { schema } } }];
    });
}

// (2, continued) The mapping on the extras fixture (test/openapi/fixtures/extras): errors sharing
// a status, deprecations, two discriminants, enum-keyed maps, every primitive, the /rest family.
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../generator/emit/openapi.js';
import { docOf, ref, schemasOf, SPECS, type Loose } from './helpers.js';

const ext = docOf(SPECS.extras, { styles: ['api', 'rest'] }) as Loose;
const extSchemas = schemasOf(ext);
const W = '/api/vcenter/vm/{vm}/hardware/widget';
const R = '/rest/vcenter/vm/{vm}/hardware/widget';
const INT = { type: 'integer', format: 'int64' };
/** A map on /rest: a list of { key, value }. */
const entries = (key: unknown, value: unknown) => ({
  type: 'array',
  items: { type: 'object', properties: { key, value }, required: ['key', 'value'] },
});

describe('extras fixture → OpenAPI (both styles)', () => {
  const rows: [what: string, actual: () => unknown, expected: unknown][] = [
    [
      'errors sharing a status → oneOf discriminated by error_type',
      () => ext.paths[`${W}/{widget}`].put.responses['500'].content['application/json'].schema,
      {
        oneOf: [ref('VapiStdError'), ref('ResourceBusyError')],
        discriminator: {
          propertyName: 'error_type',
          mapping: {
            ERROR: '#/components/schemas/VapiStdError',
            RESOURCE_BUSY: '#/components/schemas/ResourceBusyError',
          },
        },
      },
    ],
    [
      'the response lists every error of the status',
      () => ext.paths[`${W}/{widget}`].put.responses['500'].description,
      '- `ERROR`\n- `RESOURCE_BUSY`: the VM is busy',
    ],
    [
      'CONCURRENT_CHANGE → 409',
      () => Object.keys(ext.paths[`${W}/{widget}`].put.responses),
      ['204', '404', '409', '500'],
    ],
    [
      '/rest: errors by the legacy status, discriminated by type (canonical id)',
      () => ext.paths[`${R}/{widget}`].put.responses['400'].content['application/json'].schema.discriminator,
      {
        propertyName: 'type',
        mapping: {
          'com.vmware.vapi.std.errors.error': '#/components/schemas/VapiStdError.Rest',
          'com.vmware.vapi.std.errors.resource_busy': '#/components/schemas/ResourceBusyError.Rest',
          'com.vmware.vapi.std.errors.concurrent_change': '#/components/schemas/ConcurrentChangeError.Rest',
        },
      },
    ],
    [
      '/rest error shape: { type, value }',
      () => [extSchemas['NotFoundError.Rest'].properties.type.const, extSchemas['NotFoundError.Rest'].required],
      ['com.vmware.vapi.std.errors.not_found', ['type', 'value']],
    ],
    [
      'deprecated operation',
      () => [ext.paths[`${W}/{widget}`].put.deprecated, ext.paths[`${W}/{widget}`].put['x-vmw-deprecation']],
      [true, { since: '7.0.3', description: 'use update' }],
    ],
    [
      'deprecated field',
      () => [
        extSchemas.HardwareWidgetSpecCommon.properties.note.deprecated,
        extSchemas.HardwareWidgetSpecCommon.properties.note['x-vmw-deprecation'],
      ],
      [true, { since: '7.0.3', replacement: 'com.vmware.vcenter.vm.hardware.widget.spec.label' }],
    ],
    ['deprecated structure', () => extSchemas.HardwareWidgetInfo.deprecated, true],
    [
      'two discriminants → allOf of the common fields and one oneOf per discriminant',
      () => extSchemas.HardwareWidgetSpec.allOf.map((p: Loose) => p.$ref ?? p.oneOf[0].discriminator.propertyName),
      ['#/components/schemas/HardwareWidgetSpecCommon', 'mode', 'level'],
    ],
    [
      'enum-keyed map sent → the known keys, each optional',
      () => extSchemas.HardwareWidgetSpecCommon.properties.colors,
      {
        type: 'object',
        properties: { RED: { type: 'string' }, BLUE: { type: 'string' } },
        additionalProperties: false,
        propertyNames: ref('HardwareWidgetColor'),
      },
    ],
    [
      'enum-keyed map read → any key',
      () => extSchemas.HardwareWidgetInfo.properties.colors,
      {
        type: 'object',
        additionalProperties: { type: 'integer', format: 'int64' },
        propertyNames: { anyOf: [ref('HardwareWidgetColor'), { type: 'string' }], 'x-vmw-open-enum': true },
      },
    ],
    [
      'id- and long-keyed maps',
      () => [
        extSchemas.HardwareWidgetInfo.properties.owners.propertyNames,
        extSchemas.HardwareWidgetInfo.properties.counts.propertyNames,
      ],
      [
        { type: 'string', 'x-vmw-resource-type': 'VirtualMachine' },
        { type: 'string', pattern: '^-?[0-9]+$' },
      ],
    ],
    [
      'datetime, binary, uri, opaque, double, set, plain id',
      () =>
        ['created', 'blob', 'home', 'extra', 'tags', 'any_id']
          .map((f) => extSchemas.HardwareWidgetInfo.properties[f])
          .concat(extSchemas.HardwareWidgetSpecLevelCapped.properties.limit),
      [
        { type: 'string', format: 'date-time' },
        { type: 'string', contentEncoding: 'base64' },
        { type: 'string', format: 'uri' },
        {},
        { type: 'array', items: { type: 'string' }, uniqueItems: true },
        { type: 'string' },
        { type: 'number', format: 'double' },
      ],
    ],
    [
      'enum default and value notes',
      () => [extSchemas.HardwareWidgetMode.default, extSchemas.HardwareWidgetLevel['x-enum-descriptions']],
      ['AUTO', ['Limited.', 'Since 7.0.3.']],
    ],
    [
      '/rest: the body parameter is wrapped too',
      () => ext.paths[`${R}/{widget}`].put.requestBody.content['application/json'].schema,
      { type: 'object', properties: { spec: ref('HardwareWidgetSpec.Rest') }, required: ['spec'] },
    ],
    [
      '/rest: the result is wrapped in { value }',
      () => ext.paths[`${R}/{widget}`].get.responses['200'].content['application/json'].schema,
      { type: 'object', properties: { value: ref('HardwareWidgetInfo.Rest') }, required: ['value'] },
    ],
    [
      '/rest: maps are lists of { key, value } (enum, id and long keys), in the /rest form of their structure',
      () => ['colors', 'owners', 'counts'].map((f) => extSchemas['HardwareWidgetInfo.Rest'].properties[f]),
      [
        entries({ anyOf: [ref('HardwareWidgetColor'), { type: 'string' }], 'x-vmw-open-enum': true }, INT),
        entries({ type: 'string', 'x-vmw-resource-type': 'VirtualMachine' }, { type: 'string' }),
        entries(INT, { type: 'boolean' }),
      ],
    ],
    [
      '/rest: a union that reaches a map has /rest forms of its parts (the enum key sent: closed)',
      () => [
        extSchemas['HardwareWidgetSpec.Rest'].allOf[0],
        extSchemas['HardwareWidgetSpecCommon.Rest'].properties.colors,
        extSchemas['HardwareWidgetSpec.Rest'].allOf[1].oneOf[0].oneOf.map((c: Loose) => c.$ref),
      ],
      [
        ref('HardwareWidgetSpecCommon.Rest'),
        entries(ref('HardwareWidgetColor'), { type: 'string' }),
        [ref('HardwareWidgetSpecModeFixed.Rest').$ref, ref('HardwareWidgetSpecModeAuto.Rest').$ref],
      ],
    ],
    [
      '/rest: structures without maps are shared with /api, which keeps its objects',
      () => [
        Object.keys(extSchemas).filter((k) => k.startsWith('HardwareWidgetFilter')),
        extSchemas.HardwareWidgetInfo.properties.owners.type,
      ],
      [['HardwareWidgetFilter'], 'object'],
    ],
    [
      '/rest: no result → 200 without content',
      () => ext.paths[`${R}?action=reset`].post.responses['200'],
      { description: 'Done.' },
    ],
    [
      '/rest: query structure fields prefixed with the parameter name',
      () => ext.paths[`${R}/search`].get.parameters.map((p: Loose) => p.name),
      ['vm', 'filter.modes', 'filter.named', 'limit'],
    ],
    [
      '/api: only optional body parameters → body not required',
      () => ext.paths[`${W}?action=reset`].post.requestBody.required,
      false,
    ],
    [
      'operationIds: /rest ones end in $Rest',
      () => [ext.paths[`${W}/{widget}`].put.operationId, ext.paths[`${R}/{widget}`].put.operationId],
      ['Vcenter.Vm.Hardware.Widget_set', 'Vcenter.Vm.Hardware.Widget_set$Rest'],
    ],
  ];
  it.each(rows)('%s', (_, actual, expected) => expect(actual()).toEqual(expected));

  it('/rest: messages of errors and results carry their params (a map, nested in themselves) as lists', () => {
    const real = schemasOf(docOf(SPECS.real, { styles: ['api', 'rest'] }) as Loose);
    expect(real['NotFoundError.Rest'].properties.value.properties.messages.items).toEqual(
      ref('VapiStdLocalizableMessage.Rest'),
    );
    expect(real['VapiStdLocalizableMessage.Rest'].properties.params).toMatchObject(
      entries({ type: 'string' }, ref('VapiStdLocalizationParam.Rest')),
    );
    expect(real['VapiStdLocalizationParam.Rest'].properties.l).toMatchObject(
      ref('VapiStdNestedLocalizableMessage.Rest'),
    );
    expect(real['VapiStdNestedLocalizableMessage.Rest'].properties.params.items.properties.value).toEqual(
      ref('VapiStdLocalizationParam.Rest'),
    );
    // /api: the message and the error are as they were.
    expect(real.VapiStdLocalizableMessage.properties.params.type).toBe('object');
    expect(real.NotFoundError.properties.messages.items).toEqual(ref('VapiStdLocalizableMessage'));
  });

  it('has one status per standard error type in the table, and unique operationIds', () => {
    const sorted = (a: string[]) => [...a].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect(sorted(Object.keys(ERROR_STATUS))).toEqual(
      sorted((docOf(SPECS.real) as Loose).components.schemas.VapiStdErrorsErrorType.enum),
    );
    const ids = Object.values(ext.paths).flatMap((item: Loose) =>
      Object.values(item).map((op: Loose) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// (2) How the IR maps to OpenAPI, table-driven, on the minimal fixture (the cases the package's
// own tests use). mapping-extras.test.ts covers what it lacks; accepts.test.ts validates payloads.
import { describe, expect, it } from 'vitest';
import { docOf, ref, schemasOf, SPECS, type Loose } from './helpers.js';

const min = docOf(SPECS.minimal) as Loose;
const minSchemas = schemasOf(min);
const minPaths = min.paths;
const CDROM = '/api/vcenter/vm/{vm}/hardware/cdrom';

describe('minimal fixture → OpenAPI', () => {
  const rows: [what: string, actual: () => unknown, expected: unknown][] = [
    [
      'document: OpenAPI 3.1.0, package version, vSphere version',
      () => [min.openapi, min.info.version, min.info['x-vmw-api-version']],
      ['3.1.0', '1.0.0', '7.0.3'],
    ],
    [
      'document: one server with a {host} variable',
      () => [min.servers.length, min.servers[0].url, Object.keys(min.servers[0].variables)],
      [1, 'https://{host}', ['host']],
    ],
    [
      'document: session header security',
      () => [min.security, min.components.securitySchemes.session_id.name],
      [[{ session_id: [] }], 'vmware-api-session-id'],
    ],
    [
      'document: /api paths only by default, ?action= kept in the key',
      () => Object.keys(minPaths),
      [
        '/api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete',
        '/api/vcenter/vm/{vm}/guest/processes?action=create',
        CDROM,
        `${CDROM}/{cdrom}`,
        `${CDROM}/{cdrom}?action=connect`,
        // a task-only operation: its task form only
        `${CDROM}/{cdrom}?action=eject&vmw-task=true`,
        `${CDROM}?action=find`,
      ],
    ],
    [
      'input union → oneOf + discriminator over its cases',
      () => minSchemas.HardwareCdromBackingSpec,
      {
        oneOf: [
          ref('HardwareCdromBackingSpecIsoFile'),
          ref('HardwareCdromBackingSpecHostDevice'),
          ref('HardwareCdromBackingSpecClientDevice'),
        ],
        discriminator: {
          propertyName: 'type',
          mapping: {
            ISO_FILE: '#/components/schemas/HardwareCdromBackingSpecIsoFile',
            HOST_DEVICE: '#/components/schemas/HardwareCdromBackingSpecHostDevice',
            CLIENT_DEVICE: '#/components/schemas/HardwareCdromBackingSpecClientDevice',
          },
        },
        'x-vmw-vapi-id': 'com.vmware.vcenter.vm.hardware.cdrom.backing_spec',
      },
    ],
    [
      'union read from the server → known cases (discriminated) or the unknown case',
      () => [
        minSchemas.HardwareCdromBackingInfo.oneOf.length,
        minSchemas.HardwareCdromBackingInfo.oneOf[0].discriminator.propertyName,
        minSchemas.HardwareCdromBackingInfo.oneOf[1],
      ],
      [2, 'type', ref('HardwareCdromBackingInfoOther')],
    ],
    [
      "case: tag as const, own fields required, other cases' fields forbidden",
      () => minSchemas.HardwareCdromBackingInfoIsoFile,
      {
        type: 'object',
        description: 'HardwareCdromBackingInfo when `type` is `ISO_FILE`.',
        properties: {
          type: { type: 'string', const: 'ISO_FILE' },
          iso_file: { type: 'string', description: 'Path of the ISO image.' },
          host_device: { type: 'string' },
          auto_detect: false,
        },
        required: ['type', 'iso_file'],
        'x-vmw-vapi-id': 'com.vmware.vcenter.vm.hardware.cdrom.backing_info',
      },
    ],
    [
      'unknown case: any tag but the known ones (open enum), case fields optional',
      () => [
        minSchemas.HardwareCdromBackingInfoOther.properties.type,
        minSchemas.HardwareCdromBackingInfoOther.required,
      ],
      [
        {
          anyOf: [ref('HardwareCdromBackingType'), { type: 'string' }],
          'x-vmw-open-enum': true,
          not: { enum: ['ISO_FILE', 'HOST_DEVICE', 'CLIENT_DEVICE'] },
        },
        ['type'],
      ],
    ],
    [
      'id → string + x-vmw-resource-type',
      () => minSchemas.HardwareCdromSummary.properties.cdrom,
      { type: 'string', 'x-vmw-resource-type': 'com.vmware.vcenter.vm.hardware.Cdrom' },
    ],
    [
      'id path parameter',
      () => minPaths[`${CDROM}/{cdrom}`].get.parameters[0],
      { name: 'vm', in: 'path', required: true, schema: { type: 'string', 'x-vmw-resource-type': 'VirtualMachine' } },
    ],
    [
      'enum → enum list, value descriptions',
      () => minSchemas.HardwareCdromBackingType,
      {
        type: 'string',
        description: 'Kinds of backing.',
        enum: ['ISO_FILE', 'HOST_DEVICE', 'CLIENT_DEVICE'],
        'x-enum-descriptions': ['An ISO image.', '', ''],
        'x-vmw-vapi-id': 'com.vmware.vcenter.vm.hardware.cdrom.backing_type',
      },
    ],
    [
      'enum read from the server → open: any string, x-vmw-open-enum',
      () => minSchemas.HardwareCdromInfo.properties.state,
      { anyOf: [ref('HardwareCdromConnectionState'), { type: 'string' }], 'x-vmw-open-enum': true },
    ],
    [
      'enum sent to the server → closed',
      () => minSchemas.HardwareCdromFilterSpec.properties.types,
      { type: 'array', items: ref('HardwareCdromBackingType') },
    ],
    ['optional → not required', () => minSchemas.HardwareCdromInfo.required, ['label', 'backing', 'state']],
    [
      'long → integer int64',
      () => minSchemas.HardwareCdromInfo.properties.size_MiB,
      { type: 'integer', format: 'int64' },
    ],
    [
      'secret in input-only data → password, writeOnly',
      () => minSchemas.GuestCredentialsUsernamePassword.properties.password,
      { type: 'string', format: 'password', writeOnly: true },
    ],
    [
      'map → object with additionalProperties',
      () => minSchemas.GuestProcessesCreateSpec.properties.environment_variables,
      { type: 'object', additionalProperties: { type: 'string' } },
    ],
    [
      'error → error_type const, messages, data; required',
      () => [
        minSchemas.NotFoundError.properties.error_type.const,
        minSchemas.NotFoundError.required,
        minSchemas.NotFoundError.properties.data.$ref,
      ],
      ['NOT_FOUND', ['error_type', 'messages'], undefined],
    ],
    [
      'error with a documented data type → a typed variant',
      () => minSchemas['NotFoundError.GuestProcessesProcessErrorDetails'].properties.data.$ref,
      '#/components/schemas/GuestProcessesProcessErrorDetails',
    ],
    ['error extra field', () => minSchemas.UnauthenticatedError.properties.challenge.type, 'string'],
    [
      'operation: id, tag, vAPI id, all errors',
      () => {
        const op = minPaths[`${CDROM}/{cdrom}`].get;
        return [op.operationId, op.tags, op['x-vmw-vapi-id'], op['x-vmw-vapi-errors'], Object.keys(op.responses)];
      },
      [
        'Vcenter.Vm.Hardware.Cdrom_get',
        ['Vcenter.Vm.Hardware.Cdrom'],
        'com.vmware.vcenter.vm.hardware.cdrom.get',
        ['com.vmware.vapi.std.errors.not_found', 'com.vmware.vapi.std.errors.unauthenticated'],
        ['200', '401', '404'],
      ],
    ],
    [
      'result → 200 with its schema',
      () => minPaths[`${CDROM}/{cdrom}`].get.responses['200'].content['application/json'].schema,
      ref('HardwareCdromInfo'),
    ],
    [
      'optional result → nullable',
      () => minPaths[`${CDROM}?action=find`].get.responses['200'].content['application/json'].schema,
      { anyOf: [ref('HardwareCdromSummary'), { type: 'null' }] },
    ],
    [
      'no result → 204 without content',
      () => minPaths[`${CDROM}/{cdrom}?action=connect`].post.responses['204'],
      { description: 'Done; no content.' },
    ],
    [
      'error response: its status, the error schema, the documented condition',
      () => minPaths[`${CDROM}/{cdrom}`].get.responses['401'],
      {
        description: '`UNAUTHENTICATED`: the session is not valid',
        content: { 'application/json': { schema: ref('UnauthenticatedError') } },
      },
    ],
    [
      '/api body parameter → the whole body',
      () => minPaths[`${CDROM}/{cdrom}`].patch.requestBody,
      { required: true, content: { 'application/json': { schema: ref('HardwareCdromUpdateSpec') } } },
    ],
    [
      '/api other body parameters → object keyed by wire names',
      () =>
        minPaths['/api/vcenter/vm/{vm}/guest/processes?action=create'].post.requestBody.content['application/json']
          .schema,
      {
        type: 'object',
        properties: { credentials: ref('GuestCredentials'), spec: ref('GuestProcessesCreateSpec') },
        required: ['credentials', 'spec'],
      },
    ],
    [
      'query: a structure travels as its fields; set → uniqueItems',
      () =>
        minPaths[`${CDROM}?action=find`].get.parameters.map((p: Loose) => [
          p.name,
          p.required,
          p.schema.uniqueItems ?? false,
        ]),
      [
        ['vm', true, false],
        ['labels', false, true],
        ['connected', false, false],
        ['types', false, false],
      ],
    ],
    [
      'privileges and since as extensions',
      () => [
        minPaths['/api/vcenter/vm/{vm}/guest/processes?action=create'].post['x-vmw-privileges'],
        minPaths['/api/vcenter/vm/{vm}/guest/processes/{pid}?action=delete'].post['x-vmw-since'],
      ],
      [[{ param: 'vm', resource: 'VirtualMachine', require: ['VirtualMachine.GuestOperations.Execute'] }], '7.0.0'],
    ],
  ];
  it.each(rows)('%s', (_, actual, expected) => expect(actual()).toEqual(expected));
});

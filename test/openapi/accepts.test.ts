// (2, continued) What the schemas accept and reject, checked with a JSON Schema 2020-12 validator:
// complete and incomplete cases, forbidden fields, unknown cases and enum values from newer
// servers, errors by status.
import { describe, expect, it } from 'vitest';
import { docOf, jsonSchemas, SPECS, type Loose } from './helpers.js';

const min = docOf(SPECS.minimal) as Loose;
const ext = docOf(SPECS.extras, { styles: ['api', 'rest'] }) as Loose;
const W = '/api/vcenter/vm/{vm}/hardware/widget';

describe('what the schemas accept', () => {
  const m = jsonSchemas(min);
  const e = jsonSchemas(ext);
  const putErrors = ext.paths[`${W}/{widget}`].put.responses['500'].content['application/json'].schema;
  const rows: [
    what: string,
    valid: boolean,
    check: (schema: string | object, value: unknown) => boolean,
    schema: string | object,
    value: unknown,
  ][] = [
    ['a complete case', true, m.check, 'HardwareCdromBackingSpec', { type: 'ISO_FILE', iso_file: 'x.iso' }],
    ['a case without its required field', false, m.check, 'HardwareCdromBackingSpec', { type: 'ISO_FILE' }],
    ['a field of another case', false, m.check, 'HardwareCdromBackingSpec', { type: 'HOST_DEVICE', iso_file: 'x.iso' }],
    ['an unknown case sent to the server', false, m.check, 'HardwareCdromBackingSpec', { type: 'FUTURE' }],
    [
      'a known case read from the server (exactly one branch)',
      true,
      m.check,
      'HardwareCdromBackingInfo',
      { type: 'ISO_FILE', iso_file: 'x.iso' },
    ],
    ['an incomplete known case read from the server', false, m.check, 'HardwareCdromBackingInfo', { type: 'ISO_FILE' }],
    [
      'an unknown case read from the server',
      true,
      m.check,
      'HardwareCdromBackingInfo',
      { type: 'FUTURE', iso_file: 'x.iso' },
    ],
    [
      'an unknown enum value read from the server',
      true,
      m.check,
      'HardwareCdromInfo',
      { label: 'cd', backing: { type: 'CLIENT_DEVICE' }, state: 'FUTURE' },
    ],
    ['an unknown enum value sent to the server', false, m.check, 'HardwareCdromFilterSpec', { types: ['FUTURE'] }],
    [
      'a secret-bearing case',
      true,
      m.check,
      'GuestCredentials',
      { interactive_session: false, type: 'SAML_BEARER_TOKEN', saml_token: 't' },
    ],
    ['an error', true, m.check, 'NotFoundError', { error_type: 'NOT_FOUND', messages: [] }],
    ['an error without error_type', false, m.check, 'NotFoundError', { messages: [] }],
    ['optional discriminants unset, no case field', true, e.check, 'HardwareNicCreateSpec', { label: 'x' }],
    ['an optional discriminant unset, a field of its case set', false, e.check, 'HardwareNicCreateSpec', { upt: true }],
    [
      'two unions, each in a case',
      true,
      e.check,
      'HardwareNicCreateSpec',
      { type: 'VMXNET3', upt: true, mac_type: 'MANUAL', mac_address: 'm' },
    ],
    ['a case of the second union without its field', false, e.check, 'HardwareNicCreateSpec', { mac_type: 'MANUAL' }],
    ['an optional case field in another case', false, e.check, 'HardwareNicCreateSpec', { type: 'E1000', upt: true }],
    [
      'a vAPI error as data',
      true,
      e.check,
      'HardwareNicInfo',
      { type: 'E1000', error: { error_type: 'NOT_FOUND', messages: [{ id: 'x', default_message: 'gone', args: [] }] } },
    ],
    [
      'an unknown case sent where the structure is also read',
      false,
      e.check,
      'HardwareNicEntryKnown',
      { type: 'FUTURE' },
    ],
    ['an unknown case read', true, e.check, 'HardwareNicEntry', { type: 'FUTURE' }],
    ['an error of the status', true, e.check, putErrors, { error_type: 'RESOURCE_BUSY', messages: [] }],
    ['an error of another status', false, e.check, putErrors, { error_type: 'NOT_FOUND', messages: [] }],
    [
      'two discriminants, both complete',
      true,
      e.check,
      'HardwareWidgetSpec',
      { mode: 'FIXED', size: 1, level: 'CAPPED', limit: 2.5 },
    ],
    ['two discriminants, one incomplete', false, e.check, 'HardwareWidgetSpec', { mode: 'FIXED', level: 'FREE' }],
    [
      'two discriminants, a forbidden field',
      false,
      e.check,
      'HardwareWidgetSpec',
      { mode: 'AUTO', size: 1, level: 'FREE' },
    ],
    [
      'an enum-keyed map with an unknown key, sent',
      false,
      e.check,
      'HardwareWidgetSpecCommon',
      { colors: { GREEN: 'x' } },
    ],
    [
      '/rest: a map sent as a list of { key, value }',
      true,
      e.check,
      'HardwareWidgetSpec.Rest',
      { mode: 'AUTO', level: 'FREE', colors: [{ key: 'RED', value: 'x' }] },
    ],
    [
      '/rest: a map sent as an object (the /api form)',
      false,
      e.check,
      'HardwareWidgetSpec.Rest',
      { mode: 'AUTO', level: 'FREE', colors: { RED: 'x' } },
    ],
    [
      '/rest: an entry with an unknown enum key, sent',
      false,
      e.check,
      'HardwareWidgetSpec.Rest',
      { mode: 'AUTO', level: 'FREE', colors: [{ key: 'GREEN', value: 'x' }] },
    ],
    ['/api: a map sent as a list (the /rest form)', false, e.check, 'HardwareWidgetSpecCommon', { colors: [] }],
  ];
  it.each(rows)('%s → %s', (_, valid, check, schema, value) => expect(check(schema, value)).toBe(valid));
});

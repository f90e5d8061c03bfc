// JSON Schema → vAPI type expressions, with the facts the prose adds (table-driven).
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../generator/import/shared/draft.js';
import { schemaType, type SchemaReader } from '../../generator/import/schema/types.js';

function reader(): SchemaReader {
  return { log: new ImportLog(), refType: (ref) => `com.vmware.x.${ref.split('/').pop()!.toLowerCase()}` };
}

const ID =
  'When clients pass a value of this structure as a parameter, the field must be an identifier for the resource type: VirtualMachine.';
const IDS =
  'When clients pass a value of this structure as a parameter, the field must contain identifiers for the resource type: vcenter.vm.hardware.Disk.';

describe('schemaType', () => {
  it.each<[string, unknown, string | undefined, string]>([
    ['int64', { type: 'integer', format: 'int64' }, undefined, 'long'],
    ['number', { type: 'number', format: 'double' }, undefined, 'double'],
    ['boolean', { type: 'boolean' }, undefined, 'boolean'],
    ['date-time', { type: 'string', format: 'date-time' }, undefined, 'datetime'],
    ['password', { type: 'string', format: 'password' }, undefined, 'secret'],
    ['uri', { type: 'string', format: 'uri' }, undefined, 'uri'],
    ['binary', { type: 'string', format: 'binary' }, undefined, 'binary'],
    ['byte', { type: 'string', format: 'byte' }, undefined, 'binary'],
    ['array', { type: 'array', items: { type: 'string' } }, undefined, 'list<string>'],
    ['uniqueItems', { type: 'array', uniqueItems: true, items: { type: 'string' } }, undefined, 'set<string>'],
    [
      'additionalProperties',
      { type: 'object', additionalProperties: { type: 'integer' } },
      undefined,
      'map<string,long>',
    ],
    [
      '/rest key-value pairs',
      {
        type: 'array',
        items: { type: 'object', properties: { key: { type: 'string' }, value: { $ref: '#/definitions/Info' } } },
      },
      undefined,
      'map<string,com.vmware.x.info>',
    ],
    ['object without properties', { type: 'object' }, undefined, 'opaque'],
    ['untyped', {}, undefined, 'opaque'],
    ['$ref', { $ref: '#/definitions/Info' }, undefined, 'com.vmware.x.info'],
    ['allOf [$ref]', { allOf: [{ $ref: '#/components/schemas/Info' }] }, undefined, 'com.vmware.x.info'],
    ['id', { type: 'string' }, ID, 'id:VirtualMachine'],
    ['list of ids', { type: 'array', items: { type: 'string' } }, IDS, 'list<id:com.vmware.vcenter.vm.hardware.Disk>'],
    [
      'map keyed by ids',
      { type: 'object', additionalProperties: { type: 'string' } },
      'the key in the field map must be an identifier for the resource type: vcenter.vm.hardware.Disk.',
      'map<id:com.vmware.vcenter.vm.hardware.Disk,string>',
    ],
  ])('%s', (_name, schema, desc, want) => {
    expect(schemaType(schema, { desc, pointer: '/x' }, reader())).toBe(want);
  });

  it('warns, with the pointer, about what it cannot read', () => {
    const r = reader();
    expect(schemaType({ type: 'string', enum: ['A', 'B'] }, { pointer: '/definitions/X/properties/y' }, r)).toBe(
      'string',
    );
    expect(
      schemaType(
        { type: 'object', properties: { a: { type: 'string' } } },
        { pointer: '/definitions/X/properties/z' },
        r,
      ),
    ).toBe('opaque');
    expect(schemaType({ type: 'integer' }, { desc: ID, pointer: '/definitions/X/properties/n' }, r)).toBe('long');
    expect(r.log.list.map((d) => [d.rule, d.pointer])).toEqual([
      ['inline-enum', '/definitions/X/properties/y'],
      ['anonymous-structure', '/definitions/X/properties/z'],
      ['resource-type-unused', '/definitions/X/properties/n'],
    ]);
  });
});

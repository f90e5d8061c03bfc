// Naming rules of ir/names.ts, table-driven, and the list of names the generated package's own
// runtime takes (spec types must never be named like them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accessorPath,
  camel,
  commentText,
  errorClassName,
  identifier,
  NameRegistry,
  objectKey,
  pascal,
  propertyKey,
  resourceIdName,
  serviceModule,
  stringLiteral,
  TAKEN_GLOBALS,
  typeNameFor,
} from '../../generator/ir/names.js';
import { ROOT } from '../setup/generate.js';

const VM = 'com.vmware.vcenter.vm';

describe('names', () => {
  it.each([
    ['backing_info', 'BackingInfo'],
    ['ISO_FILE', 'IsoFile'],
    ['getFoo', 'GetFoo'],
    ['get_foo', 'GetFoo'],
    ['IP_settings', 'IpSettings'],
    ['size_MiB', 'SizeMiB'],
    ['a*/b', 'AB'],
  ])('pascal(%j) = %j', (input, out) => expect(pascal(input)).toBe(out));

  it.each([
    ['create_temporary', 'createTemporary'],
    ['local_filesystem', 'localFilesystem'],
  ])('camel(%j) = %j', (input, out) => expect(camel(input)).toBe(out));

  it.each([
    ['class', 'class_'],
    ['123abc', '_123abc'],
    ['', 'value'],
    ['a-b', 'ab'],
    ['default', 'default_'],
  ])('identifier(%j) = %j', (input, out) => expect(identifier(input)).toBe(out));

  it('types, errors, ids, accessors and modules', () => {
    expect(typeNameFor(`${VM}.hardware.cdrom.backing_info`, VM)).toBe('HardwareCdromBackingInfo');
    expect(typeNameFor('com.vmware.vapi.std.localizable_message', VM)).toBe('VapiStdLocalizableMessage');
    expect(errorClassName('com.vmware.vapi.std.errors.not_found')).toBe('NotFoundError');
    expect(errorClassName('com.vmware.vapi.std.errors.error')).toBe('VapiStdError');
    expect(resourceIdName('com.vmware.vcenter.vm.hardware.SerialPort')).toBe('SerialPortId');
    expect(resourceIdName('com.vmware.vcenter.compute.Resources.COMPUTE_POLICY')).toBe('ComputePolicyId');
    expect(accessorPath(`${VM}.guest.local_filesystem`, VM)).toEqual(['guest', 'localFilesystem']);
    expect(accessorPath(`${VM}.class.then`, VM)).toEqual(['class', 'then_']);
    expect(serviceModule(`${VM}.guest.local_filesystem`, VM)).toBe('services/guest/local-filesystem');
  });

  it('quotes what is not an identifier, and keeps __proto__ from setting a prototype', () => {
    expect(propertyKey('size_MiB')).toBe('size_MiB');
    expect(propertyKey('a-b')).toBe('"a-b"');
    expect(propertyKey('__proto__')).toBe('"__proto__"');
    expect(objectKey('__proto__')).toBe('["__proto__"]');
    expect(stringLiteral('a\u2028b</script>')).toBe('"a\\u2028b<\\/script>"');
    expect(commentText('x */ y /* z\u2029w\0')).toBe('x *\\/ y /\\* z\nw');
  });

  it('hands out unique names, in the order asked', () => {
    const r = new NameRegistry(['Taken']);
    expect([r.claim('Taken'), r.claim('A'), r.claim('A'), r.claim('A')]).toEqual(['Taken2', 'A', 'A2', 'A3']);
  });
});

describe('TAKEN_GLOBALS', () => {
  it('holds every name the runtime exports, so no spec type shadows one', () => {
    const dir = join(ROOT, 'templates/runtime');
    const exported = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [
          ...readFileSync(join(dir, f), 'utf8').matchAll(
            /^export (?:declare )?(?:async )?(?:function|class|const|type|interface) ([A-Za-z_$][\w$]*)/gm,
          ),
        ].map((m) => m[1]!),
      );
    const internal = new Set([
      'newTransport',
      'encodeRequest',
      'decodeResult',
      'decodeError',
      'networkMessage',
      'INVALID',
      'createNodeFetch',
      'NodeFetchOptions',
      'BindingInfo',
      'ParamWhere',
      'WireRequest',
      'OpenScope',
      'openScope',
      'within',
      'sleep',
      'backoff',
      'sendable',
    ]);
    const missing = exported.filter((n) => !internal.has(n) && !TAKEN_GLOBALS.includes(n));
    expect(missing).toEqual([]);
  });
});
